using Recap.Import;

namespace Recap.Tests.Import;

public sealed class PretalxApiReaderTests
{
    [Test]
    public void APageOfTalksIsReadWithEveryField()
    {
        var programme = Read("""
            {
              "count": 1,
              "next": null,
              "previous": null,
              "results": [
                {
                  "code": "38UTLX",
                  "title": "  Über Unicode  ",
                  "state": "confirmed",
                  "submission_type": {"en": "Workshop (half day)"},
                  "track": {"de": "Sicherheit", "en": "Security"},
                  "content_locale": "en",
                  "duration": 30,
                  "abstract": "Line one &amp; more\r\n* a [link](https://example.org)",
                  "description": "<p>Hi</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>",
                  "is_featured": false,
                  "image": null,
                  "do_not_record": false,
                  "slot_count": 1,
                  "slot": {"start": "2020-07-30T13:30:00Z", "end": "2020-07-30T14:00:00Z", "room": {"en": "Purple Track"}},
                  "speakers": [
                    {"code": "9GSQX8", "name": "Zoë Ångström", "biography": "Builds <b>robots</b>.", "avatar": "https://pretalx.com/media/avatars/zoe.jpg"},
                    {"code": "AQLMAC", "name": "山田太郎", "biography": null, "avatar": null},
                    {"code": "FXFFZ8", "name": "Łukasz", "biography": "", "avatar": ""}
                  ],
                  "resources": [
                    {"resource": "/media/juliacon2020/submissions/38UTLX/resources/talk.pdf", "description": "Presentation slides"},
                    {"resource": "ask at the door", "description": "Handout"}
                  ]
                }
              ]
            }
            """);

        Assert.That(programme.Diagnostics.Sorted(), Is.Empty);
        Assert.That(programme.Format, Is.EqualTo("pretalx-api"));
        Assert.Multiple(() =>
        {
            Assert.That(programme.Conference.Name, Is.Null);
            Assert.That(programme.Conference.TimeZone, Is.Null);
            Assert.That(programme.Conference.Start, Is.EqualTo(new DateOnly(2020, 7, 30)));
            Assert.That(programme.Conference.End, Is.EqualTo(new DateOnly(2020, 7, 30)));
        });

        var talk = programme.Talks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(talk.SourceId, Is.EqualTo("38UTLX"));
            Assert.That(talk.Location.ToString(), Is.EqualTo("talks.json(6,5)"));
            Assert.That(talk.Title, Is.EqualTo("Über Unicode"));
            Assert.That(talk.Type, Is.EqualTo("Workshop (half day)"));
            Assert.That(talk.Track, Is.EqualTo("Security"));
            Assert.That(talk.Language, Is.EqualTo("en"));
            Assert.That(talk.DurationMinutes, Is.EqualTo(30));
            Assert.That(talk.Start, Is.EqualTo(new DateTimeOffset(2020, 7, 30, 13, 30, 0, TimeSpan.Zero)));
            Assert.That(talk.LocalStart, Is.Null);
            Assert.That(talk.Room, Is.EqualTo("Purple Track"));
            Assert.That(talk.Abstract, Is.EqualTo("Line one &amp; more\r\n* a [link](https://example.org)"));
            Assert.That(talk.Description, Is.EqualTo("<p>Hi</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>"));
            Assert.That(talk.Slides, Is.EqualTo("/media/juliacon2020/submissions/38UTLX/resources/talk.pdf"));
            Assert.That(talk.Links, Is.EqualTo(new[]
            {
                new ImportedLink("Presentation slides", "/media/juliacon2020/submissions/38UTLX/resources/talk.pdf"),
                new ImportedLink("Handout", "ask at the door"),
            }));
            Assert.That(talk.Speakers, Is.EqualTo(new[]
            {
                new ImportedPersonRef("9GSQX8", "Zoë Ångström"),
                new ImportedPersonRef("AQLMAC", "山田太郎"),
                new ImportedPersonRef("FXFFZ8", "Łukasz"),
            }));
        });
        Assert.That(programme.Speakers.Select(s => (s.SourceId, s.Name, s.Bio, s.Photo, s.Location.ToString())), Is.EqualTo(new[]
        {
            ("9GSQX8", "Zoë Ångström", (string?)"Builds <b>robots</b>.", (string?)"https://pretalx.com/media/avatars/zoe.jpg", "talks.json(22,9)"),
            ("AQLMAC", "山田太郎", null, null, "talks.json(23,9)"),
            ("FXFFZ8", "Łukasz", null, null, "talks.json(24,9)"),
        }));
    }

    [Test]
    public void AFieldMayBeTextInOneRecordAndPerLanguageInAnother()
    {
        var programme = Read("""
            [
              {"code": "A", "title": "Plain", "submission_type": "Talk", "track": "Core", "speakers": [{"code": "S1", "name": "Ada"}], "slot": {"start": "2020-07-29T18:00:00Z", "room": "Green"}},
              {"code": "B", "title": {"en": "English"}, "submission_type": {"de": "Vortrag", "en": "Talk"}, "track": {"de": "Nur deutsch"}, "speakers": [{"code": "S1", "name": "Ada"}], "slot": {"start": "2020-07-29T19:00:00Z", "room": {"en": "Red"}}},
              {"code": "C", "title": "Expanded", "submission_type": {"id": 3, "name": {"en": "Keynote"}}, "track": {"en": ""}, "speakers": [{"code": "S1", "name": "Ada"}], "slot": null}
            ]
            """);

        Assert.That(programme.Diagnostics.Sorted(), Is.Empty);
        Assert.That(programme.Talks.Select(t => (t.Title, t.Type, t.Track, t.Room)), Is.EqualTo(new[]
        {
            ("Plain", (string?)"Talk", (string?)"Core", (string?)"Green"),
            ("English", "Talk", "Nur deutsch", "Red"),
            ("Expanded", "Keynote", null, null),
        }));
    }

    [Test]
    public void TimesWithAnOffsetAreInstantsAndKeepTheirCalendarDate()
    {
        var programme = Read("""
            [
              {"code": "A", "title": "Late", "speakers": [{"code": "S1", "name": "Ada"}], "slot": {"start": "2024-05-11T00:15:00+02:00", "end": "2024-05-11T01:00:00+02:00"}},
              {"code": "B", "title": "Wall-clock", "speakers": [{"code": "S1", "name": "Ada"}], "slot": {"start": "2024-05-10T09:00:00"}},
              {"code": "C", "title": "Unscheduled", "speakers": [{"code": "S1", "name": "Ada"}]}
            ]
            """);

        Assert.That(programme.Diagnostics.Sorted(), Is.Empty);
        Assert.That(programme.Talks.Select(t => (t.Title, t.Start, t.LocalStart, t.DurationMinutes)), Is.EqualTo(new[]
        {
            ("Late", (DateTimeOffset?)new DateTimeOffset(2024, 5, 11, 0, 15, 0, TimeSpan.FromHours(2)), (DateTime?)null, (int?)45),
            ("Wall-clock", null, new DateTime(2024, 5, 10, 9, 0, 0), null),
            ("Unscheduled", null, null, null),
        }));
        Assert.That((programme.Conference.Start, programme.Conference.End), Is.EqualTo(((DateOnly?)new DateOnly(2024, 5, 10), (DateOnly?)new DateOnly(2024, 5, 11))));
        Assert.That(programme.Conference.TimeZone, Is.Null);
    }

    [Test]
    public void ASpeakerOfSeveralTalksIsListedOnce()
    {
        var programme = Read("""
            [
              {"code": "A", "title": "One", "speakers": [{"code": "S1", "name": "Zoë Ångström", "biography": null}]},
              {"code": "B", "title": "Two", "speakers": [{"code": "S1", "name": "Zoë Ångström", "biography": "Bio.", "avatar": "https://pretalx.com/media/avatars/z.jpg"}, {"code": "S2", "name": "Bo"}]}
            ]
            """);

        Assert.That(programme.Speakers.Select(s => (s.SourceId, s.Name, s.Bio, s.Photo)), Is.EqualTo(new[]
        {
            ("S1", "Zoë Ångström", (string?)"Bio.", (string?)"https://pretalx.com/media/avatars/z.jpg"),
            ("S2", "Bo", null, null),
        }));
        Assert.That(programme.Talks[1].Speakers, Is.EqualTo(new[] { new ImportedPersonRef("S1", "Zoë Ångström"), new ImportedPersonRef("S2", "Bo") }));
    }

    [Test]
    public void BreaksAreCountedAndTalksThatDidNotHappenAreReported()
    {
        var programme = Read("""
            [
              {"code": "A", "title": "Coffee Break", "speakers": []},
              {"code": "B", "title": "Welcome", "submission_type": {"en": "Registration"}, "speakers": []},
              {"code": "C", "title": "Lunch with the sponsors", "speakers": [{"code": "S1", "name": "Ada"}]},
              {"code": "D", "title": "Zapata", "submission_type": {"en": "Sponsor Talk"}, "speakers": []},
              {"code": "E", "title": "Gone", "state": "withdrawn", "speakers": [{"code": "S1", "name": "Ada"}]},
              {"code": "F", "title": "Refused", "state": "rejected", "speakers": []}
            ]
            """);

        Assert.That(programme.SkippedBreaks, Is.EqualTo(2));
        Assert.That(programme.Talks.Select(t => (t.Title, t.Speakers.Count)), Is.EqualTo(new[] { ("Lunch with the sponsors", 1), ("Zapata", 0) }));
        Assert.That(programme.Diagnostics.Sorted().Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "talks.json(6,43): warning RC0601: talk 'Gone' is withdrawn; left out",
            "talks.json(7,46): warning RC0601: talk 'Refused' is rejected; left out",
        }));
    }

    [Test]
    public void UnusableTalksAreReportedWithTheirPlaceAndTheRestIsRead()
    {
        var programme = Read("""
            [
              {"code": "A", "title": {"en": ""}, "speakers": []},
              {"title": "No code", "speakers": []},
              {"code": "C", "title": "Soon", "speakers": [], "slot": {"start": "soon"}},
              "not a talk",
              {"code": "E", "title": "Kept", "duration": "half an hour", "speakers": ["S9", {"code": "S8"}, {"name": "Bo"}]}
            ]
            """);

        Assert.That(programme.Diagnostics.Sorted().Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "talks.json(2,3): warning RC0601: talk A has no title; left out",
            "talks.json(3,3): warning RC0601: talk 'No code' has no code; left out",
            "talks.json(4,68): warning RC0601: talk 'Soon' has start 'soon' that is not a time; left out",
            "talks.json(5,3): warning RC0601: an entry that is not an object; left out",
            "talks.json(6,46): warning RC0602: talk 'Kept' has duration 'half an hour' that is not a number of minutes; left empty",
            "talks.json(6,75): warning RC0602: speaker S9 of talk 'Kept' is a code without a name; left out",
            "talks.json(6,81): warning RC0602: a speaker of talk 'Kept' has no name; left out",
        }));
        var talk = programme.Talks.Single();
        Assert.That((talk.Title, talk.DurationMinutes), Is.EqualTo(("Kept", (int?)null)));
        Assert.That(talk.Speakers, Is.EqualTo(new[] { new ImportedPersonRef(null, "Bo") }));
    }

    [Test]
    public void APageWithMoreToComeSaysWhatIsNotRead()
    {
        var programme = Read("""
            {"count": 80, "next": "https://pretalx.com/api/events/jc/talks/?limit=25&offset=25", "previous": null, "results": [
              {"code": "A", "title": "One", "speakers": [{"code": "S1", "name": "Ada"}]}
            ]}
            """);

        Assert.That(programme.Talks.Select(t => t.Title), Is.EqualTo(new[] { "One" }));
        Assert.That(programme.Diagnostics.Sorted().Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "talks.json(1,23): warning RC0602: the file is one page of the answer; the talks at 'https://pretalx.com/api/events/jc/talks/?limit=25&offset=25' are not read",
        }));
    }

    [TestCase("""{"schedule": {"conference": {}}}""", "talks.json(1,1): neither a list of talks nor an object with 'results': not a pretalx API export")]
    [TestCase("[{\"code\": \"A\"}\n{\"code\": \"B\"}]", "talks.json(2,1): not JSON: expected ',' or ']' after a value in a list")]
    public void AFileThatIsNotATalkListIsAnError(string json, string message)
    {
        var error = Assert.Throws<ImportException>(() => Read(json));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    [TestCase("""[{"content_locale": "en", "is_featured": false, "code": "38UTLX", "track": null, "state": "confirmed", "duration": 30, "speakers": [{"avatar": null""", true)]
    [TestCase("""{"count": 3, "next": null, "previous": null, "results": [{"code": "38UTLX", "speakers": [], "title": "T", "submission_type": "Talk"}]}""", true)]
    [TestCase("""{"schedule": {"conference": {"days": [{"rooms": {"A": [{"code": "X", "persons": []}]}}]}}}""", false)]
    [TestCase("""{"sessions": [{"id": "1", "title": "T", "speakers": ["a"], "description": "say \"code\": \"x\""}], "speakers": []}""", false)]
    public void RecognisesTalksOfThePretalxApi(string head, bool expected)
    {
        Assert.That(new PretalxApiReader().Recognises("talks.json", head), Is.EqualTo(expected));
    }

    private static Programme Read(string json)
    {
        var folder = Directory.CreateTempSubdirectory("recap-pretalx-api-");
        try
        {
            var path = Path.Combine(folder.FullName, "talks.json");
            File.WriteAllText(path, json);
            return new PretalxApiReader().Read(path, "talks.json");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
