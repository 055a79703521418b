using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Recap;
using Recap.Cards;
using Recap.Diagnostics;
using Recap.Model;
using Recap.Sharing;
using SkiaSharp;

// Social card cost: average CPU milliseconds and kilobytes per card drawn cold, over N cards of a
// site (every k-th card of the build, so talks, conferences, speakers and topics all count).
//
//   dotnet run --project bench/CardBench -c Release -- --source DIR [--cards N] [--compare [--only TEXT]]
//
// --compare times the drawing alone and each encoding the painter could use (PNG and JPEG from
// Skia, palette PNG at several zlib levels), and keeps the first cards of each in a folder to look at.
// One thread, so CPU time is the time a card costs; run it on an idle machine.
var source = Option("--source") ?? throw new ArgumentException("--source DIR: a site root, e.g. one made by bench/gen_corpus.py");
var count = int.Parse(Option("--cards") ?? "1000", CultureInfo.InvariantCulture);

var diagnostics = new DiagnosticBag();
var site = Site.Load(new SiteOptions { Source = source, Output = Path.Combine(Path.GetTempPath(), "recap-card-bench", "_site") }, diagnostics);
if (site.Model is null)
{
    Console.Error.WriteLine($"{source} does not load: {diagnostics.Count} problems");
    return 1;
}

var all = site.Model.Outputs.Entries.OfType<CardOutput>().Select(c => c.Card).ToList();
var stride = Math.Max(1, all.Count / count);
var cards = all.Where((_, i) => i % stride == 0).Take(count).ToList();
Console.WriteLine($"{cards.Count} of the {all.Count} cards of {source}");

// Fonts, JIT and Skia's caches warm up on cards that are not timed.
foreach (var card in all.Take(40))
{
    CardPainter.Paint(card);
}

if (args.Contains("--compare"))
{
    Compare();
    return 0;
}

Report("paint (layout, draw, encode)", () => cards.Sum(c => (long)CardPainter.Paint(c).Length));

var folder = Path.Combine(Path.GetTempPath(), "recap-card-bench", Guid.NewGuid().ToString("N"), "cards");
try
{
    var cache = new CardCache(folder);
    Report("cold cache (paint, hash, write)", () => cards.Sum(c => new FileInfo(cache.GetOrPaint(c, out _)).Length));
}
finally
{
    Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
}

return 0;

void Compare()
{
    Report("layout only", () =>
    {
        foreach (var card in cards)
        {
            CardPainter.Layout(card, new CardText());
        }

        return 0;
    });

    foreach (var colorType in new[] { SKColorType.Rgba8888, SKColorType.Bgra8888 })
    {
        using var bitmap = new SKBitmap(new SKImageInfo(CardPainter.Width, CardPainter.Height, colorType, SKAlphaType.Opaque));
        Report($"draw only, {colorType}", () =>
        {
            foreach (var card in cards)
            {
                CardPainter.Draw(bitmap, card);
            }

            return 0;
        });
    }

    Report("paint (draw + palette png, zlib 2)", () => cards.Sum(c => (long)CardPainter.Paint(c).Length));

    using (var bitmap = new SKBitmap(new SKImageInfo(CardPainter.Width, CardPainter.Height, SKColorType.Bgra8888, SKAlphaType.Opaque)))
    {
        var rows = new byte[(CardPainter.Width + 1) * CardPainter.Height];
        Report("draw + palette scanlines, no deflate", () =>
        {
            foreach (var card in cards)
            {
                CardPainter.Draw(bitmap, card);
                IndexedPng.Scanlines(bitmap, CardPainter.Ramps(card.Colors, card.BadgeColors), rows, out _, out _);
            }

            return 0;
        });
    }

    var look = Path.Combine(Path.GetTempPath(), "recap-card-bench", "look");
    Directory.CreateDirectory(look);
    var encoders = new List<(string Name, string Extension, Func<SKBitmap, SocialCard, byte[]?> Encode)>
    {
        ("skia png default (all filters, zlib 6)", "png", (b, _) => Skia(b, SKPngEncoderOptions.Default)),
        ("skia png sub, zlib 4", "png", (b, _) => Skia(b, new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 4))),
        ("skia png none, zlib 1", "png", (b, _) => Skia(b, new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 1))),
        ("skia jpeg q80 4:2:0", "jpg", (b, _) => Skia(b, new SKJpegEncoderOptions(80, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))),
        ("skia jpeg q90 4:2:0", "jpg", (b, _) => Skia(b, new SKJpegEncoderOptions(90, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))),
        ("skia jpeg q90 4:4:4", "jpg", (b, _) => Skia(b, new SKJpegEncoderOptions(90, SKJpegEncoderDownsample.Downsample444, SKJpegEncoderAlphaOption.Ignore))),
    };
    foreach (var level in new[] { 1, 3, 4, 5, 9 })
    {
        encoders.Add(($"palette png, zlib {level}", "png", (b, c) => IndexedPng.Encode(b, CardPainter.Ramps(c.Colors, c.BadgeColors), new ZLibCompressionOptions { CompressionLevel = level })));
    }

    encoders.Add(("palette png, zlib 2 rle", "png", (b, c) => IndexedPng.Encode(b, CardPainter.Ramps(c.Colors, c.BadgeColors), new ZLibCompressionOptions { CompressionLevel = 2, CompressionStrategy = ZLibCompressionStrategy.RunLengthEncoding })));

    var only = Option("--only");
    using var drawn = new SKBitmap(new SKImageInfo(CardPainter.Width, CardPainter.Height, SKColorType.Bgra8888, SKAlphaType.Opaque));
    foreach (var (name, extension, encode) in encoders.Where(e => only is null || e.Name.Contains(only, StringComparison.Ordinal)))
    {
        foreach (var card in all.Take(40))
        {
            CardPainter.Draw(drawn, card);
            encode(drawn, card);
        }

        var misses = 0;
        Report("draw + " + name, () =>
        {
            long bytes = 0;
            foreach (var card in cards)
            {
                CardPainter.Draw(drawn, card);
                var data = encode(drawn, card);
                misses += data is null ? 1 : 0;
                bytes += data?.Length ?? 0;
            }

            return bytes;
        });
        for (var i = 0; i < Math.Min(3, cards.Count); i++)
        {
            CardPainter.Draw(drawn, cards[i]);
            File.WriteAllBytes(Path.Combine(look, $"{i}-{string.Concat(name.Where(char.IsLetterOrDigit))}.{extension}"), encode(drawn, cards[i]) ?? []);
        }

        if (misses > 0)
        {
            Console.WriteLine($"  {misses} cards not encoded");
        }
    }

    Console.WriteLine($"first cards of each encoding in {look}");
}

static byte[] Skia(SKBitmap bitmap, object options)
{
    using var pixmap = bitmap.PeekPixels();
    using var data = options switch
    {
        SKPngEncoderOptions png => pixmap.Encode(png),
        SKJpegEncoderOptions jpeg => pixmap.Encode(jpeg),
        _ => throw new ArgumentException("PNG or JPEG options", nameof(options)),
    };
    return data?.ToArray() ?? throw new InvalidOperationException("Skia could not encode the card.");
}

void Report(string what, Func<long> run)
{
    GC.Collect();
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var bytes = run();
    wall.Stop();
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    process.Refresh();
    var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / cards.Count;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-48} {cpuMs,6:0.00} ms CPU/card  {wall.Elapsed.TotalMilliseconds / cards.Count,6:0.00} ms wall/card  {bytes / 1024.0 / cards.Count,6:0.0} KB/card  {allocated / 1024.0 / cards.Count,6:0.0} KB allocated/card"));
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
