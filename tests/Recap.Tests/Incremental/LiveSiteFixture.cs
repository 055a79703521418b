using Recap.Incremental;
using Recap.Tests.Support;

namespace Recap.Tests.Incremental;

/// <summary>
/// A test site built by a <see cref="LiveSite"/>, as <c>recap serve</c> builds it: once whole,
/// then again after each change, which a test compares with a clean build of the same files.
/// </summary>
internal sealed class LiveSiteFixture : IDisposable
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private readonly TestSite _site;
    private readonly int _sitemapUrls;

    /// <param name="deferCards">Build as <c>recap serve</c> does: cards not in the cache are left for <see cref="LiveSite.DrawPendingCards"/>.</param>
    /// <param name="prepare">Writes what a multi-file string cannot hold (images) into the site root before the first build.</param>
    /// <param name="sitemapUrls">The most URLs a sitemap file lists, for a site of sitemap parts.</param>
    public LiveSiteFixture(string files, bool deferCards = false, Action<string>? prepare = null, int sitemapUrls = Recap.Sharing.Sitemap.MaxUrls)
    {
        _site = TestSite.Create(files);
        _sitemapUrls = sitemapUrls;
        prepare?.Invoke(_site.Root);
        Live = new LiveSite(new SiteOptions { Source = _site.Root, Output = Output, Today = Today, DeferCards = deferCards, SitemapUrls = sitemapUrls });
        First = Live.Build();
        Assert.That(First.Result.Succeeded, Is.True, string.Join('\n', First.Diagnostics.Sorted()));
    }

    public LiveSite Live { get; }

    /// <summary>The first build: the whole site.</summary>
    public LiveBuild First { get; }

    public string Root => _site.Root;

    public string Output => Path.Combine(_site.Root, "_site");

    /// <summary>Writes files (a multi-file string, as <see cref="TestSite"/> takes).</summary>
    public void Write(string files) => _site.Write(files);

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    public void Rename(string from, string to) => File.Move(Path.Combine(Root, from), Path.Combine(Root, to));

    /// <summary>Rebuilds after the given files changed; the build must succeed.</summary>
    public LiveBuild Rebuild(params string[] changed)
    {
        var build = Live.Build(changed);
        Assert.That(build.Result.Succeeded, Is.True, string.Join('\n', build.Diagnostics.Sorted()));
        return build;
    }

    /// <summary>Every file of the live output is, byte for byte, what a clean build of the same files writes.</summary>
    public void AssertSameAsCleanBuild()
    {
        var clean = Path.Combine(Root, "_clean");
        var result = Site.Load(new SiteOptions { Source = Root, Output = clean, Today = Today, SitemapUrls = _sitemapUrls }, new Recap.Diagnostics.DiagnosticBag()).Build();
        Assert.That(result.Succeeded, Is.True);
        var expected = Folder.Files(clean);
        Assert.That(Folder.Files(Output), Is.EqualTo(expected), "the same files");
        Assert.Multiple(() =>
        {
            foreach (var file in expected)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(Output, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(clean, file))), file);
            }
        });
        Directory.Delete(clean, recursive: true);
    }

    public void Dispose() => _site.Dispose();
}
