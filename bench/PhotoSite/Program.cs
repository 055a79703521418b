using System.Globalization;
using SkiaSharp;

// Writes a site of talks that each show a phone-sized photo, for bench/photo-build.sh:
//
//   dotnet run --project bench/PhotoSite -c Release -- --out DIR [--photos 40] [--seed 42]
//
// Each photo is a 4000 by 3000 JPEG (12 megapixels, as phones take them) at quality 90, of
// overlapping discs on a plain ground, so it has edges to keep; every fourth is saved turned a
// quarter with an Exif orientation, as phones save photos taken upright. Each talk names its photo
// as its image and in its body, so a build makes two smaller copies of each (480 and 960 wide).
var output = Option("--out") ?? throw new ArgumentException("--out DIR: where the site root goes");
var count = int.Parse(Option("--photos") ?? "40", CultureInfo.InvariantCulture);
var random = new Random(int.Parse(Option("--seed") ?? "42", CultureInfo.InvariantCulture));

var talks = Path.Combine(output, "content", "conferences", "photos-2025", "talks");
Directory.CreateDirectory(talks);
File.WriteAllText(Path.Combine(output, "content", "site.yml"), "title: Photos\nbase_url: https://photos.example.org/\n");
File.WriteAllText(Path.Combine(output, "content", "conferences", "photos-2025", "index.md"), "---\nname: Photos 2025\nstart: 2025-05-02\n---\n");
for (var i = 0; i < count; i++)
{
    var name = string.Create(CultureInfo.InvariantCulture, $"photo-{i:000}.jpg");
    var turned = i % 4 == 3;
    File.WriteAllBytes(Path.Combine(talks, name), Photo(turned ? 3000 : 4000, turned ? 4000 : 3000, turned));
    File.WriteAllText(
        Path.Combine(talks, string.Create(CultureInfo.InvariantCulture, $"talk-{i:000}.md")),
        string.Create(CultureInfo.InvariantCulture, $"---\ntitle: Talk {i}\nimage: {name}\nalt: The stage\n---\nThe room.\n\n![The room]({name})\n"));
}

Console.WriteLine($"{count} photos in {output}");
return 0;

byte[] Photo(int width, int height, bool turned)
{
    using var bitmap = new SKBitmap(width, height);
    using (var canvas = new SKCanvas(bitmap))
    {
        canvas.Clear(Colour());
        using var paint = new SKPaint { IsAntialias = true };
        for (var k = 0; k < 300; k++)
        {
            paint.Color = Colour();
            canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(20, 400), paint);
        }
    }

    using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
    var jpeg = data.ToArray();
    return turned ? WithOrientation(jpeg, 6) : jpeg;
}

SKColor Colour() => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

// An Exif APP1 segment after SOI: a little-endian TIFF header and one directory entry, the orientation.
static byte[] WithOrientation(byte[] jpeg, byte orientation)
{
    byte[] exif = [.. "Exif\0\0"u8, (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0];
    byte[] app1 = [0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)(exif.Length + 2), .. exif];
    return [.. jpeg[..2], .. app1, .. jpeg[2..]];
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
