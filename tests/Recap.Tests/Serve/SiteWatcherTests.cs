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
}
