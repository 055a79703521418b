using System.Diagnostics;
using System.Globalization;
using Recap;
using Recap.Cards;
using Recap.Diagnostics;
using Recap.Sharing;

// Social card cost: average CPU milliseconds and kilobytes per card drawn cold, over N cards of a
// site (every k-th card of the build, so talks, conferences, speakers and topics all count).
//
//   dotnet run --project bench/CardBench -c Release -- --source DIR [--cards N]
//
// One thread, so CPU time is the time a card costs; run it on an idle machine.
var source = Option("--source") ?? throw new ArgumentException("--source DIR: a site root, e.g. one made by bench/gen_corpus.py");
var count = int.Parse(Option("--cards") ?? "1000", CultureInfo.InvariantCulture);

var diagnostics = new DiagnosticBag();
var site = Site.Load(new SiteOptions { Source = source, Output = Path.Combine(Path.GetTempPath(), "recap-card-bench", "_site") }, diagnostics);
if (site.Model is null || site.Theme is null)
{
    Console.Error.WriteLine($"{source} does not load: {diagnostics.Count} problems");
    return 1;
}

var all = new SocialCards(site.Model, site.Theme.Config.CardColors).All().Select(c => c.Card).ToList();
var stride = Math.Max(1, all.Count / count);
var cards = all.Where((_, i) => i % stride == 0).Take(count).ToList();
Console.WriteLine($"{cards.Count} of the {all.Count} cards of {source}");

// Fonts, JIT and Skia's caches warm up on cards that are not timed.
foreach (var card in all.Take(20))
{
    CardPainter.Paint(card);
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

void Report(string what, Func<long> run)
{
    GC.Collect();
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    var bytes = run();
    wall.Stop();
    process.Refresh();
    var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / cards.Count;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-34} {cpuMs,6:0.00} ms CPU/card  {wall.Elapsed.TotalMilliseconds / cards.Count,6:0.00} ms wall/card  {bytes / 1024.0 / cards.Count,6:0.0} KB/card"));
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
