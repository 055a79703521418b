using System.Text;
using Recap.Import;

namespace Recap.Tests.Import;

public sealed class PyVideoReaderTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "recap-tests", Guid.NewGuid().ToString("N"), "pycon-xx-2019");
        Directory.CreateDirectory(Path.Combine(_folder, "videos"));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Test]
    public void EachVideoFileIsATalkOfTheConferenceNamedInCategoryJson()
    {
        Write("category.json", """
            {
              "title": "PyCon XX 2019"
            }
            """);
        Write("videos/10-ways-to-debug-python-code.json", """
            {
              "description": "Speaker: Christoph Deil\n\nTrack:PyConDE\nAre your debugging skills limited to \"print\"?",
              "duration": 1805,
              "language": "eng",
              "recorded": "2019-10-10",
              "related_urls": [
                {
                  "label": "Conference Schedule",
                  "url": "https://de.pycon.org/program/TRFD98"
                },
                {
                  "label": "Slides",
                  "url": "https://example.org/slides.pdf"
                },
                {
                  "label": "Code",
                  "url": "see the README in the repository"
                },
                "https://github.com/cdeil/debug"
              ],
              "speakers": [
                "Christoph Deil"
              ],
              "summary": "Ten ways, with tips.",
              "tags": ["debugging"],
              "thumbnail_url": "https://i.ytimg.com/vi/cokP4XAhcwo/hqdefault.jpg",
              "title": "10 ways to debug Python code",
              "videos": [
                {
                  "type": "youtube",
                  "url": "https://www.youtube.com/watch?v=cokP4XAhcwo"
                },
                {
                  "type": "mp4",
                  "url": "https://example.org/debug.mp4"
                }
              ]
            }
            """);
        Write("videos/mock-hell.json", """
            {"title": "Mock Hell", "slug": "mock-hell-2019", "speakers": ["Edwin Jung"], "recorded": "2019-10-09", "videos": [{"type": "youtube", "url": "https://www.youtube.com/watch?v=CdKaZ7boiZ4"}]}
            """);

        var programme = Read();

        var (debug, mock) = (programme.Talks[0], programme.Talks[1]);
        Assert.Multiple(() =>
        {
            Assert.That(programme.Format, Is.EqualTo("pyvideo"));
            Assert.That(programme.Conference.Name, Is.EqualTo("PyCon XX 2019"));
            Assert.That(programme.Conference.Start, Is.EqualTo(new DateOnly(2019, 10, 9)));
            Assert.That(programme.Conference.End, Is.EqualTo(new DateOnly(2019, 10, 10)));
            Assert.That(programme.Conference.TimeZone, Is.Null);
            Assert.That(programme.Speakers, Is.Empty);
            Assert.That(programme.Diagnostics.Count, Is.Zero);

            Assert.That(debug.SourceId, Is.EqualTo("10-ways-to-debug-python-code"));
            Assert.That(debug.Location.ToString(), Is.EqualTo("pycon-xx-2019/videos/10-ways-to-debug-python-code.json(1,1)"));
            Assert.That(debug.Title, Is.EqualTo("10 ways to debug Python code"));
            Assert.That(debug.Speakers, Is.EqualTo(new[] { new ImportedPersonRef(null, "Christoph Deil") }));
            Assert.That(debug.LocalStart, Is.EqualTo(new DateTime(2019, 10, 10, 0, 0, 0)));
            Assert.That(debug.HasTime, Is.False);
            Assert.That(debug.Start, Is.Null);
            Assert.That(debug.DurationMinutes, Is.EqualTo(30));
            Assert.That(debug.Language, Is.EqualTo("eng"));
            Assert.That(debug.Abstract, Is.EqualTo("Ten ways, with tips."));
            Assert.That(debug.Description, Is.EqualTo("Speaker: Christoph Deil\n\nTrack:PyConDE\nAre your debugging skills limited to \"print\"?"));
            Assert.That(debug.Recording, Is.EqualTo("https://www.youtube.com/watch?v=cokP4XAhcwo"));
            Assert.That(debug.Website, Is.EqualTo("https://de.pycon.org/program/TRFD98"));
            Assert.That(debug.Slides, Is.EqualTo("https://example.org/slides.pdf"));
            Assert.That(debug.Links, Is.EqualTo(new[]
            {
                new ImportedLink("mp4", "https://example.org/debug.mp4"),
                new ImportedLink("Code", "see the README in the repository"),
                new ImportedLink(null, "https://github.com/cdeil/debug"),
            }));
            Assert.That(debug.Type, Is.Null);

            Assert.That(mock.SourceId, Is.EqualTo("mock-hell-2019"));
            Assert.That(mock.DurationMinutes, Is.Null);
            Assert.That(mock.Language, Is.Null);
        });
    }

    [Test]
    public void SpeakersAreNamesOnlyInAnyScript()
    {
        Write("category.json", """{"title": "PyCon JP 2019"}""");
        Write("videos/01-101_talk.json", """
            {
              "recorded": "2019-09-16",
              "speakers": ["Zoë Ångström", "山田太郎", "加藤皓也/Hiroya Kato", "Łukasz Langa"],
              "title": "メディアが運用すべき持続可能なVTuberをつくる技術",
              "videos": [{"type": "youtube", "url": "https://www.youtube.com/watch?v=x"}]
            }
            """);

        var talk = Read().Talks.Single();

        Assert.That(talk.Speakers, Is.EqualTo(new[]
        {
            new ImportedPersonRef(null, "Zoë Ångström"),
            new ImportedPersonRef(null, "山田太郎"),
            new ImportedPersonRef(null, "加藤皓也/Hiroya Kato"),
            new ImportedPersonRef(null, "Łukasz Langa"),
        }));
    }

    [Test]
    public void SeveralSpeakersInOneNameAreSplitAndACutListIsReported()
    {
        Write("category.json", """{"title": "PyCon JP 2019"}""");
        Write("videos/01_404_ml.json", """
            {
              "recorded": "2019-09-16",
              "speakers": [
                "Haque Ishfaq; Hassan Sami Adnan ..."
              ],
              "title": "ML Algorithm to Detect Rare Clinical Events"
            }
            """);
        Write("videos/02_405_pair.json", """
            {
              "speakers": ["Ann Lee; Bo Chen"],
              "title": "Pairing"
            }
            """);

        var programme = Read();

        Assert.Multiple(() =>
        {
            Assert.That(programme.Talks[0].Speakers.Select(s => s.Name), Is.EqualTo(new[] { "Haque Ishfaq", "Hassan Sami Adnan" }));
            Assert.That(programme.Talks[1].Speakers.Select(s => s.Name), Is.EqualTo(new[] { "Ann Lee", "Bo Chen" }));
            Assert.That(Messages(programme), Is.EqualTo(new[]
            {
                "pycon-xx-2019/videos/01_404_ml.json(4,5): warning RC0602: speakers 'Haque Ishfaq; Hassan Sami Adnan ...' read as 'Haque Ishfaq', 'Hassan Sami Adnan'; the list is cut short, so some may be missing",
                "pycon-xx-2019/videos/02_405_pair.json(2,16): warning RC0602: speakers 'Ann Lee; Bo Chen' read as 'Ann Lee', 'Bo Chen'",
            }));
        });
    }

    [Test]
    public void RecordedMayBeEmptyAndLanguageAndTagsMissing()
    {
        Write("category.json", """{"title": "PyCon JP 2019"}""");
        Write("videos/01-106_lightningclosing.json", """
            {
              "description": "01-106_Lightning~Closing",
              "recorded": "",
              "speakers": [],
              "thumbnail_url": "https://i.ytimg.com/vi/7U2D5tcMZb4/hqdefault.jpg",
              "title": "01-106_lightning~closing",
              "videos": [{"type": "youtube", "url": "https://www.youtube.com/watch?v=7U2D5tcMZb4"}]
            }
            """);

        var programme = Read();

        var talk = programme.Talks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(talk.LocalStart, Is.Null);
            Assert.That(talk.Language, Is.Null);
            Assert.That(talk.Speakers, Is.Empty);
            Assert.That(programme.Conference.Start, Is.Null);
            Assert.That(programme.SkippedBreaks, Is.Zero);
            Assert.That(programme.Diagnostics.Count, Is.Zero);
        });
    }

    [Test]
    public void DescriptionReachesTheTalkAsGiven()
    {
        Write("category.json", """{"title": "PyCon XX 2019"}""");
        Write("videos/scripts.json", """
            {
              "description": "<p>Hello</p>\r\n<script>alert(1)</script><a href=\"javascript:alert(2)\">click</a>\n\n.. code:: python\n\n   print(1)",
              "speakers": ["Ada Lovelace"],
              "title": "Scripts"
            }
            """);

        var talk = Read().Talks.Single();

        Assert.That(talk.Description, Is.EqualTo("<p>Hello</p>\r\n<script>alert(1)</script><a href=\"javascript:alert(2)\">click</a>\n\n.. code:: python\n\n   print(1)"));
    }

    [Test]
    public void BreakWithoutSpeakersIsCountedNotImported()
    {
        Write("category.json", """{"title": "PyCon XX 2019"}""");
        Write("videos/lunch.json", """{"title": "Lunch break", "speakers": [], "recorded": "2019-10-09"}""");
        Write("videos/lightning.json", """{"title": "Lightning talks", "speakers": [], "recorded": "2019-10-09"}""");

        var programme = Read();

        Assert.Multiple(() =>
        {
            Assert.That(programme.SkippedBreaks, Is.EqualTo(1));
            Assert.That(programme.Talks.Select(t => t.Title), Is.EqualTo(new[] { "Lightning talks" }));
        });
    }

    [Test]
    public void VideosThatCannotBeUsedAreReportedWithTheirLine()
    {
        Write("category.json", """{"title": "PyCon XX 2019"}""");
        Write("videos/a-good.json", """{"title": "Good", "speakers": ["Ada Lovelace"]}""");
        Write("videos/b-broken.json", """
            {
              "title": "Broken",
              "speakers": ["Ada Lovelace"]
              "recorded": "2019-10-09"
            }
            """);
        Write("videos/c-untitled.json", """
            {
              "speakers": ["Ada Lovelace"],
              "title": ""
            }
            """);
        Write("videos/d-list.json", "[]");
        Write("videos/e-odd.json", """
            {
              "title": "Odd",
              "recorded": "last year",
              "duration": "long"
            }
            """);
        Write("videos/notes.txt", "not a video");

        var programme = Read();

        Assert.Multiple(() =>
        {
            Assert.That(programme.Talks.Select(t => t.Title), Is.EqualTo(new[] { "Good", "Odd" }));
            Assert.That(programme.Talks[1].LocalStart, Is.Null);
            Assert.That(programme.Talks[1].DurationMinutes, Is.Null);
            Assert.That(Messages(programme), Is.EqualTo(new[]
            {
                "pycon-xx-2019/videos/b-broken.json(4,3): warning RC0601: not JSON: expected ',' or '}' after a value in an object; recording left out",
                "pycon-xx-2019/videos/c-untitled.json(3,12): warning RC0601: recording has no title; left out",
                "pycon-xx-2019/videos/d-list.json(1,1): warning RC0601: expected an object describing a recording; left out",
                "pycon-xx-2019/videos/e-odd.json(3,15): warning RC0602: recording 'Odd' was recorded on 'last year', which is not a date; no date",
                "pycon-xx-2019/videos/e-odd.json(4,15): warning RC0602: recording 'Odd' has the duration 'long', which is not a number of seconds; no duration",
            }));
        });
    }

    [Test]
    public void CategoryJsonThatIsNotJsonLeavesTheConferenceUnnamed()
    {
        Write("category.json", "{\"title\": PyCon}");
        Write("videos/a.json", """{"title": "Good", "speakers": ["Ada Lovelace"]}""");

        var programme = Read();

        Assert.Multiple(() =>
        {
            Assert.That(programme.Conference.Name, Is.Null);
            Assert.That(programme.Talks, Has.Count.EqualTo(1));
            Assert.That(Messages(programme), Is.EqualTo(new[]
            {
                "pycon-xx-2019/category.json(1,11): warning RC0601: not JSON: 'P' cannot start a value; the conference's title is not read",
            }));
        });
    }

    [Test]
    public void CategoryJsonMayBeNamedInsteadOfItsFolder()
    {
        Write("category.json", """{"title": "PyCon XX 2019"}""");
        Write("videos/a.json", """{"title": "Good", "speakers": ["Ada Lovelace"]}""");
        var categoryFile = Path.Combine(_folder, "category.json");

        var programme = new PyVideoReader().Read(categoryFile, "data/pycon-xx-2019/category.json");

        Assert.Multiple(() =>
        {
            Assert.That(programme.Conference.Name, Is.EqualTo("PyCon XX 2019"));
            Assert.That(programme.Talks.Single().Location.ToString(), Is.EqualTo("data/pycon-xx-2019/videos/a.json(1,1)"));
        });
    }

    [Test]
    public void FolderWithCategoryJsonAndVideosIsRecognised()
    {
        Write("category.json", """{"title": "PyCon XX 2019"}""");
        var categoryFile = Path.Combine(_folder, "category.json");
        var reader = new PyVideoReader();

        Assert.Multiple(() =>
        {
            Assert.That(reader.Recognises(_folder, string.Empty), Is.True);
            Assert.That(reader.Recognises(categoryFile, """{"title": "PyCon XX 2019"}"""), Is.True);
            Assert.That(ProgrammeReaders.Detect(_folder)?.Format, Is.EqualTo("pyvideo"));
            Assert.That(ProgrammeReaders.Detect(categoryFile)?.Format, Is.EqualTo("pyvideo"));
            Assert.That(reader.Recognises(Path.Combine(_folder, "videos"), string.Empty), Is.False);
        });
    }

    [Test]
    public void FolderWithoutVideosIsNotRecognisedAndCannotBeRead()
    {
        Directory.Delete(Path.Combine(_folder, "videos"));
        Write("category.json", """{"title": "PyCon XX 2019"}""");

        Assert.Multiple(() =>
        {
            Assert.That(new PyVideoReader().Recognises(_folder, string.Empty), Is.False);
            Assert.That(
                () => new PyVideoReader().Read(_folder, "pycon-xx-2019"),
                Throws.TypeOf<ImportException>().With.Message.EqualTo("pycon-xx-2019: not a PyVideo folder: it has no 'videos' folder"));
        });
    }

    private void Write(string path, string text) =>
        File.WriteAllText(Path.Combine(_folder, path), text, new UTF8Encoding(false));

    private Programme Read() => new PyVideoReader().Read(_folder, "pycon-xx-2019");

    private static string[] Messages(Programme programme) => [.. programme.Diagnostics.Sorted().Select(d => d.ToString())];
}
