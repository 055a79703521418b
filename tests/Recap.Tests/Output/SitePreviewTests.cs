using Recap.Diagnostics;
using Recap.Output;
using Recap.Tests.Support;

namespace Recap.Tests.Output;

public sealed class SitePreviewTests
{
    [Test]
    public void EveryOutputMadeAloneIsTheFileTheBuildWrites()
    {
        using var site = TestSite.Create(string.Empty);
        var output = Path.Combine(site.Root, "_site");
        var options = new SiteOptions { Source = Repository.Root, Output = output };
        var built = Site.Load(options, new DiagnosticBag()).Build();
        Assert.That(built.Succeeded, Is.True);

        var preview = Site.Load(options, new DiagnosticBag()).Preview();
        Assert.That(preview, Is.Not.Null);
        var files = Folder.Files(output).Where(f => f != OutputFolder.MarkerFile).ToList();
        Assert.That(files, Does.Contain("index.html").And.Contain("dotscale-2018/everything-at-scale-is-hard/index.html").And.Contain("dotscale-2018/everything-at-scale-is-hard/card.png")
            .And.Contain("feed.xml").And.Contain("assets/style.css").And.Contain("sitemap.xml").And.Contain("404.html"));
        Assert.Multiple(() =>
        {
            foreach (var file in files)
            {
                Assert.That(preview!.Make(file), Is.EqualTo(File.ReadAllBytes(Path.Combine(output, file))), file);
            }
        });

        // Made twice, the same again: the writer forgets what it handed out.
        Assert.That(preview!.Make("dotscale-2018/everything-at-scale-is-hard/index.html"), Is.EqualTo(File.ReadAllBytes(Path.Combine(output, "dotscale-2018/everything-at-scale-is-hard/index.html"))));
        Assert.That(preview.Make("dotscale-2018/nowhere/index.html"), Is.Null);
        Assert.That(preview.Make("dotscale-2018/everything-at-scale-is-hard"), Is.Null, "a folder is not an output");
    }

    [Test]
    public async Task OutputsMadeWhileTheSameSiteIsBuiltAreTheFilesItWrites()
    {
        var files = new System.Text.StringBuilder(Sites.Config);
        for (var c = 1; c <= 5; c++)
        {
            files.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n-- content/conferences/c{c}/index.md --\n---\nname: Conf {c}\nstart: 202{c}-05-01\n---\nAbout it.\n");
            for (var t = 1; t <= 40; t++)
            {
                files.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n-- content/conferences/c{c}/talks/t{t}.md --\n---\ntitle: Talk {c}.{t}\nspeakers: [Speaker {t % 7}, Speaker {(t + c) % 9}]\ntopics: [topic {t % 5}]\n---\nWhat was said in talk {t}, with `code` and [a link](t{(t % 40) + 1}.md).\n\n```csharp\nvar x = {t};\n```\n");
            }
        }

        using var site = TestSite.Create(files.ToString());
        for (var run = 0; run < 3; run++)
        {
            var output = Path.Combine(site.Root, $"_site{run}");
            var diagnostics = new DiagnosticBag();
            var loaded = Site.Load(new SiteOptions { Source = site.Root, Output = output }, diagnostics);
            Assert.That(diagnostics.HasErrors, Is.False, string.Join("\n", diagnostics.Sorted()));
            var preview = loaded.Preview()!;
            var paths = new[] { "index.html", "404.html", "feed.xml", "speakers/index.html", "sitemap.xml" }
                .Concat(Enumerable.Range(1, 5).SelectMany(c => Enumerable.Range(1, 40).Select(t => $"c{c}/t{t}/index.html")))
                .Concat(Enumerable.Range(0, 5).Select(t => $"topics/topic-{t}/index.html"))
                .ToList();

            var building = Task.Run(loaded.Build);
            var made = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]?>();
            Parallel.ForEach(paths.Concat(paths), path => made[path] = preview.Make(path));
            Assert.That((await building).Succeeded, Is.True);

            Assert.Multiple(() =>
            {
                foreach (var path in paths)
                {
                    Assert.That(made[path], Is.EqualTo(File.ReadAllBytes(Path.Combine(output, path))), path);
                }
            });
        }
    }

    [Test]
    public void ASiteWithErrorsHasNoPreview()
    {
        using var site = TestSite.Create(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            start: 2024-01-01
            ---
            -- content/conferences/c/talks/t.md --
            ---
            title: [unclosed
            ---
            """);

        var diagnostics = new DiagnosticBag();
        Assert.That(Site.Load(new SiteOptions { Source = site.Root }, diagnostics).Preview(), Is.Null);
        Assert.That(diagnostics.HasErrors, Is.True);
    }
}
