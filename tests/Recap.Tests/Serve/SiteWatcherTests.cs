using System.Collections.Concurrent;
using Recap.Cli.Serve;

namespace Recap.Tests.Serve;

/// <summary>What the watcher behind <c>recap serve</c> reports of changes made all at once.</summary>
public sealed class SiteWatcherTests
{
    [Test]
    public void ANewThemesFolderIsReportedItself()
    {
        var root = Directory.CreateTempSubdirectory("recap-watch-").FullName;
        try
        {
            var reported = new ConcurrentQueue<string>();
            using var settled = new SemaphoreSlim(0);
            using (new SiteWatcher(root, changed =>
            {
                foreach (var path in changed ?? ["(everything)"])
                {
                    reported.Enqueue(path);
                }

                settled.Release();
            }, TimeSpan.FromMilliseconds(50)))
            {
                // As an editor or a test makes it: folders and file in one go.
                Directory.CreateDirectory(Path.Combine(root, "themes", "default", "assets"));
                File.WriteAllText(Path.Combine(root, "themes", "default", "assets", "style.css"), "body {}");

                Assert.That(settled.Wait(TimeSpan.FromSeconds(10)), Is.True, "a change is reported");
            }

            Assert.That(reported, Does.Contain("themes"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void EachSaveAsEditorsMakeItIsOneChange()
    {
        var root = Directory.CreateTempSubdirectory("recap-watch-").FullName;
        var talk = Path.Combine(root, "content", "conferences", "c", "talks", "t.md");
        Directory.CreateDirectory(Path.GetDirectoryName(talk)!);
        File.WriteAllText(talk, "---\ntitle: T\n---\n");
        try
        {
            var reports = new ConcurrentQueue<IReadOnlyCollection<string>?>();
            using var settled = new SemaphoreSlim(0);
            using (new SiteWatcher(root, changed =>
            {
                reports.Enqueue(changed);
                settled.Release();
            }, ServeCommand.Quiet))
            {
                // In place; a temporary file renamed over it; the old file kept as a backup and deleted.
                Action<int>[] saves =
                [
                    n => File.WriteAllText(talk, $"---\ntitle: T{n}\n---\n"),
                    n =>
                    {
                        File.WriteAllText(talk + ".tmp", $"---\ntitle: T{n}\n---\n");
                        File.Move(talk + ".tmp", talk, overwrite: true);
                    },
                    n =>
                    {
                        File.Move(talk, talk + "~");
                        File.WriteAllText(talk, $"---\ntitle: T{n}\n---\n");
                        File.Delete(talk + "~");
                    },
                ];
                for (var n = 0; n < 30; n++)
                {
                    saves[n % saves.Length](n);
                    Assert.That(settled.Wait(TimeSpan.FromSeconds(10)), Is.True, $"save {n} is reported");
                    while (settled.Wait(TimeSpan.FromMilliseconds(150)))
                    {
                        // a save split in two: counted below
                    }
                }
            }

            // Twenty of the saves take two or three steps. A test process paused (by a collection,
            // or a busy machine) between two steps for longer than the quiet may see one split.
            Assert.That(reports, Has.Count.InRange(30, 32), "one report per save");
            Assert.That(reports.Select(r => r!.Contains("content/conferences/c/talks/t.md")), Is.All.True);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
