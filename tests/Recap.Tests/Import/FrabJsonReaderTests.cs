using Recap.Import;

namespace Recap.Tests.Import;

public sealed class FrabJsonReaderTests
{
    [Test]
    public void PretalxScheduleJsonIsReadWithEveryField()
    {
        var programme = Read("""
            {
              "$schema": "https://c3voc.de/schedule/schema.json",
              "schedule": {
                "version": "1.3",
                "base_url": "https://pretalx.example.org/democon-2024/schedule/",
                "conference": {
                  "acronym": "democon-2024",
                  "title": "DemoCon 2024",
                  "start": "2024-05-10",
                  "end": "2024-05-11",
                  "time_zone_name": "Europe/Berlin",
                  "days": [
                    {
                      "index": 1,
                      "date": "2024-05-10",
                      "day_start": "2024-05-10T04:00:00+02:00",
                      "day_end": "2024-05-11T03:59:00+02:00",
                      "rooms": {
                        "Saal 1": [
                          {
                            "id": 15,
                            "guid": "c3642671-4c1f-5109-81ba-0535c1cc8428",
                            "logo": "/media/democon-2024/submissions/MJA8QY/logo.png",
                            "date": "2024-05-10T11:30:00+02:00",
                            "start": "11:30",
                            "duration": "00:40",
                            "room": "Saal 1",
                            "slug": "MJA8QY",
                            "url": "https://pretalx.example.org/democon-2024/talk/MJA8QY/",
                            "title": "  Über Unicode: Zoë, 山田太郎 & Łukasz  ",
                            "subtitle": "",
                            "track": null,
                            "type": "Talk 30 min + 10min Q&A",
                            "language": "",
                            "abstract": "Line one &amp; more\r\n* a [link](https://example.org)",
                            "description": "<p>Hi</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>",
                            "recording_license": "",
                            "do_not_record": true,
                            "persons": [
                              {"id": 20, "code": "SCD9VJ", "public_name": "Zoë Ångström", "biography": "<b>Zoë</b> builds things.", "avatar": "https://pretalx.example.org/media/avatars/zoe.jpg", "answers": []},
                              {"id": 21, "code": "MCQKPV", "public_name": "山田太郎", "biography": null, "answers": []},
                              {"id": 22, "code": "LW9BUW", "public_name": "Łukasz", "biography": "", "answers": []}
                            ],
                            "links": [
                              {"url": "github.com/democon/unicode", "title": "Code"},
                              {"url": "ask at the door", "title": "Handout"}
                            ],
                            "attachments": [
                              {"url": "/media/democon-2024/submissions/MJA8QY/resources/slides.pdf", "title": "Session Slides"}
                            ],
                            "answers": []
                          }
                        ]
                      }
                    }
                  ]
                }
              }
            }
            """);

        Assert.That(programme.Diagnostics.Sorted(), Is.Empty);
        Assert.That(programme.Format, Is.EqualTo("frab-json"));
        var conference = programme.Conference;
        Assert.Multiple(() =>
        {
            Assert.That(conference.Name, Is.EqualTo("DemoCon 2024"));
            Assert.That(conference.Acronym, Is.EqualTo("democon-2024"));
            Assert.That(conference.Start, Is.EqualTo(new DateOnly(2024, 5, 10)));
            Assert.That(conference.End, Is.EqualTo(new DateOnly(2024, 5, 11)));
            Assert.That(conference.TimeZone, Is.EqualTo("Europe/Berlin"));
            Assert.That(conference.Website, Is.EqualTo("https://pretalx.example.org/democon-2024/schedule/"));
        });

        var talk = programme.Talks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(talk.SourceId, Is.EqualTo("c3642671-4c1f-5109-81ba-0535c1cc8428"));
            Assert.That(talk.Location.ToString(), Is.EqualTo("schedule.json(20,15)"));
            Assert.That(talk.Title, Is.EqualTo("Über Unicode: Zoë, 山田太郎 & Łukasz"));
            Assert.That(talk.Subtitle, Is.Null);
            Assert.That(talk.LocalStart, Is.EqualTo(new DateTime(2024, 5, 10, 11, 30, 0)));
            Assert.That(talk.Start, Is.EqualTo(new DateTimeOffset(2024, 5, 10, 11, 30, 0, TimeSpan.FromHours(2))));
            Assert.That(talk.DurationMinutes, Is.EqualTo(40));
            Assert.That(talk.Room, Is.EqualTo("Saal 1"));
            Assert.That(talk.Track, Is.Null);
            Assert.That(talk.Type, Is.EqualTo("Talk 30 min + 10min Q&A"));
            Assert.That(talk.Language, Is.Null);
            Assert.That(talk.Abstract, Is.EqualTo("Line one &amp; more\r\n* a [link](https://example.org)"));
            Assert.That(talk.Description, Is.EqualTo("<p>Hi</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>"));
            Assert.That(talk.Website, Is.EqualTo("https://pretalx.example.org/democon-2024/talk/MJA8QY/"));
            Assert.That(talk.Recording, Is.Null);
            Assert.That(talk.Slides, Is.EqualTo("/media/democon-2024/submissions/MJA8QY/resources/slides.pdf"));
            Assert.That(talk.Links, Is.EqualTo(new[]
            {
                new ImportedLink("Code", "github.com/democon/unicode"),
                new ImportedLink("Handout", "ask at the door"),
                new ImportedLink("Session Slides", "/media/democon-2024/submissions/MJA8QY/resources/slides.pdf"),
            }));
            Assert.That(talk.Speakers, Is.EqualTo(new[]
            {
                new ImportedPersonRef("SCD9VJ", "Zoë Ångström"),
                new ImportedPersonRef("MCQKPV", "山田太郎"),
                new ImportedPersonRef("LW9BUW", "Łukasz"),
            }));
        });

        Assert.That(programme.Speakers.Select(s => (s.SourceId, s.Name, s.Bio, s.Photo, s.Location.ToString())), Is.EqualTo(new[]
        {
            ("SCD9VJ", "Zoë Ångström", (string?)"<b>Zoë</b> builds things.", (string?)"https://pretalx.example.org/media/avatars/zoe.jpg", "schedule.json(40,19)"),
            ("MCQKPV", "山田太郎", null, null, "schedule.json(41,19)"),
            ("LW9BUW", "Łukasz", null, null, "schedule.json(42,19)"),
        }));
    }

    [Test]
    public void WithoutATimeZoneNameEachDateGivesTheWallClockAtTheConference()
    {
        var programme = Read(Schedule("""
            {"guid": "g1", "id": 1, "date": "2018-08-25T09:30:00+02:00", "start": "09:30", "duration": "4:30", "title": "Workshop day", "type": "workshop", "persons": [{"id": 1, "public_name": "Ada"}]},
            {"guid": "g2", "id": 2, "date": "2018-08-25T15:00:00+00:00", "start": "15:00", "duration": "01:00:00", "title": "Labelled UTC", "type": "", "persons": [{"id": 2, "public_name": "Bo"}]}
            """));

        Assert.That(programme.Diagnostics.Sorted(), Is.Empty);
        Assert.That(programme.Conference.TimeZone, Is.Null);
        var (workshop, labelled) = (programme.Talks[0], programme.Talks[1]);
        Assert.Multiple(() =>
        {
            Assert.That(workshop.LocalStart, Is.EqualTo(new DateTime(2018, 8, 25, 9, 30, 0)));
            Assert.That(workshop.Start, Is.EqualTo(new DateTimeOffset(2018, 8, 25, 9, 30, 0, TimeSpan.FromHours(2))));
            Assert.That(workshop.DurationMinutes, Is.EqualTo(270));
            Assert.That(workshop.Type, Is.EqualTo("workshop"));

            // Some exports label local times +00:00: the wall-clock is kept, the instant is not trusted.
            Assert.That(labelled.LocalStart, Is.EqualTo(new DateTime(2018, 8, 25, 15, 0, 0)));
            Assert.That(labelled.Start, Is.Null);
            Assert.That(labelled.DurationMinutes, Is.EqualTo(60));
            Assert.That(labelled.Type, Is.Null);
        });
    }

    [Test]
    public void ATalkAfterMidnightKeepsItsCalendarDate()
    {
        var programme = Read(Schedule("""
            {"guid": "late", "date": "2024-05-11T00:30:00+02:00", "start": "00:30", "duration": "01:00", "title": "Night owls", "persons": [{"id": 1, "public_name": "Ada"}]}
            """));

        var talk = programme.Talks.Single();
        Assert.That(talk.LocalStart, Is.EqualTo(new DateTime(2024, 5, 11, 0, 30, 0)));
        Assert.That(talk.Start, Is.EqualTo(new DateTimeOffset(2024, 5, 11, 0, 30, 0, TimeSpan.FromHours(2))));
    }

    [Test]
    public void WithoutADateATalkBeforeTheDayStartsIsOnTheNextDay()
    {
        var programme = Read("""
            {"schedule": {"version": "1.0", "conference": {"title": "C", "days": [
              {"date": "2024-05-10", "day_start": "2024-05-10T04:00:00+02:00", "rooms": {"A": [
                {"id": "1", "start": "03:30", "duration": "00:30", "title": "Before four", "persons": []},
                {"id": "2", "start": "04:30", "duration": "00:30", "title": "After four", "persons": []}
              ]}},
              {"date": "2024-05-11", "rooms": {"A": [
                {"id": "3", "start": "05:59", "duration": "00:30", "title": "Before six", "persons": []},
                {"id": "4", "start": "6:00", "duration": "00:30", "title": "At six", "persons": []}
              ]}}
            ]}}}
            """);

        Assert.That(programme.Talks.Select(t => (t.Title, t.LocalStart, t.Start)), Is.EqualTo(new[]
        {
            ("Before four", (DateTime?)new DateTime(2024, 5, 11, 3, 30, 0), (DateTimeOffset?)null),
            ("After four", new DateTime(2024, 5, 10, 4, 30, 0), null),
            ("Before six", new DateTime(2024, 5, 12, 5, 59, 0), null),
            ("At six", new DateTime(2024, 5, 11, 6, 0, 0), null),
        }));
        Assert.That(programme.Conference.Start, Is.EqualTo(new DateOnly(2024, 5, 10)));
        Assert.That(programme.Conference.End, Is.EqualTo(new DateOnly(2024, 5, 11)));
    }

    [Test]
    public void BreaksWithoutSpeakersAreCountedNotImported()
    {
        var programme = Read(Schedule("""
            {"guid": "b1", "date": "2024-05-10T12:00:00+02:00", "start": "12:00", "duration": "01:00", "title": "Lunch", "type": "other", "persons": []},
            {"guid": "b2", "date": "2024-05-10T15:00:00+02:00", "start": "15:00", "duration": "00:15", "title": "Pause", "type": "break", "persons": []},
            {"guid": "b3", "date": "2024-05-10T16:00:00+02:00", "start": "16:00", "duration": "00:15", "title": "Mittagspause", "persons": []},
            {"guid": "t1", "date": "2024-05-10T13:00:00+02:00", "start": "13:00", "duration": "00:45", "title": "Breaking crypto for lunch money", "persons": [{"id": 1, "public_name": "Ada"}]},
            {"guid": "t2", "date": "2024-05-10T14:00:00+02:00", "start": "14:00", "duration": "00:45", "title": "Open panel", "type": "podium", "persons": []},
            {"guid": "t3", "date": "2024-05-10T17:00:00+02:00", "start": "17:00", "duration": "03:00", "title": "Soldering", "type": "workshop", "persons": [{"id": 2, "public_name": "Bo"}, {"id": 3, "public_name": "Cy"}, {"id": 4, "public_name": "Di"}, {"id": 5, "public_name": "Ed"}]}
            """));

        Assert.That(programme.SkippedBreaks, Is.EqualTo(3));
        Assert.That(programme.Diagnostics.Sorted(), Is.Empty);
        Assert.That(programme.Talks.Select(t => (t.Title, t.Type, t.Speakers.Count)), Is.EqualTo(new[]
        {
            ("Breaking crypto for lunch money", (string?)null, 1),
            ("Open panel", "podium", 0),
            ("Soldering", "workshop", 4),
        }));
    }

    [Test]
    public void UnusableEventsAreReportedWithTheirPlaceAndTheRestIsRead()
    {
        var programme = Read(Schedule("""
            {"guid": "no-title", "date": "2024-05-10T10:00:00+02:00", "start": "10:00", "title": " ", "persons": []},
            {"date": "2024-05-10T10:00:00+02:00", "start": "10:00", "title": "No id", "persons": []},
            {"guid": "bad-date", "date": "tomorrow", "start": "10:00", "title": "Bad date", "persons": []},
            {"guid": "bad-start", "start": "10h", "title": "Bad start", "persons": []},
            {"guid": "no-time", "title": "No time", "persons": []},
            {"guid": "ok", "date": "2024-05-10T11:00:00+02:00", "start": "11:00", "duration": "90 min", "title": "Kept", "persons": [{"id": 7}, "Ada", {"public_name": "Bo"}]}
            """));

        Assert.That(programme.Diagnostics.Sorted().Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "schedule.json(4,1): warning RC0601: event no-title has no title; left out",
            "schedule.json(5,1): warning RC0601: event 'No id' has no id; left out",
            "schedule.json(6,30): warning RC0601: event 'Bad date' has date 'tomorrow' that is not a date and time; left out",
            "schedule.json(7,32): warning RC0601: event 'Bad start' has start '10h' that is not a time; left out",
            "schedule.json(8,1): warning RC0601: event 'No time' has no start time; left out",
            "schedule.json(9,83): warning RC0602: event 'Kept' has duration '90 min' that is not HH:MM; left empty",
            "schedule.json(9,122): warning RC0602: a person of event 'Kept' has no name; left out",
            "schedule.json(9,133): warning RC0602: a person of event 'Kept' has no name; left out",
        }));
        var talk = programme.Talks.Single();
        Assert.That(talk.Title, Is.EqualTo("Kept"));
        Assert.That(talk.DurationMinutes, Is.Null);
        Assert.That(talk.Speakers, Is.EqualTo(new[] { new ImportedPersonRef(null, "Bo") }));
        Assert.That(programme.Speakers, Is.Empty);
    }

    [Test]
    public void EarlyFrabFilesThatAreNotQuiteJsonAreRead()
    {
        // As MRMCD 2013's export: raw newlines inside strings (each '~' here), "days" given twice,
        // ids as strings, full_public_name, no guid and no date on events.
        var programme = Read("""
            { "schedule": {
                "version": "0",
                "conference": {
                  "title": "MRMCD2013",
                  "start": "2013-09-06",
                  "end": "2013-09-08",
                  "days": "3",
                  "days": [
                      {
                        "index": "0",
                        "date": "2013-09-06",
                        "rooms": {
                          "Gate 104": [
                              {
                                "id": "5208",
                                "start": "19:23",
                                "duration": "00:50",
                                "room": "Gate 104",
                                "slug": "gate_104_-_2013-09-06_19:23_-_slide_to_unlock",
                                "title": "Slide To Unlock",
                                "track": "Web und IT-Security",
                                "type": "lecture",
                                "language": "de",
                                "abstract": "",
                                "description": "Agenda~----------~Q&amp;A (5&#x27;)~",
                                "persons": [
                                    {"id": "4007",  "full_public_name": "bluec0re"},
                                    {"id": "3943",  "full_public_name": "schalla"}
                                ],
                                "links": [
                                ]
                              }
                          ]
                        }
                      }
                  ]
                }
            }}
            """.Replace('~', '\n'));

        Assert.That(programme.Diagnostics.Sorted().Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "schedule.json(8,15): warning RC0602: key 'days' is given more than once; the last one is read",
        }));
        var talk = programme.Talks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(talk.SourceId, Is.EqualTo("5208"));
            Assert.That(talk.Location.ToString(), Is.EqualTo("schedule.json(14,19)"));
            Assert.That(talk.Description, Is.EqualTo("Agenda\n----------\nQ&amp;A (5&#x27;)"));
            Assert.That(talk.LocalStart, Is.EqualTo(new DateTime(2013, 9, 6, 19, 23, 0)));
            Assert.That(talk.Start, Is.Null);
            Assert.That(talk.Abstract, Is.Null);
            Assert.That(talk.Speakers, Is.EqualTo(new[] { new ImportedPersonRef("4007", "bluec0re"), new ImportedPersonRef("3943", "schalla") }));
            Assert.That(programme.Speakers.Select(s => s.Name), Is.EqualTo(new[] { "bluec0re", "schalla" }));
            Assert.That(programme.Conference.Acronym, Is.Null);
            Assert.That(programme.Conference.Start, Is.EqualTo(new DateOnly(2013, 9, 6)));
            Assert.That(programme.Conference.End, Is.EqualTo(new DateOnly(2013, 9, 8)));
        });
    }

    [Test]
    public void APersonInSeveralTalksIsOneSpeaker()
    {
        var programme = Read(Schedule("""
            {"guid": "a", "date": "2024-05-10T10:00:00+02:00", "start": "10:00", "title": "One", "persons": [{"id": 9, "public_name": "Zoë Ångström"}]},
            {"guid": "b", "date": "2024-05-10T11:00:00+02:00", "start": "11:00", "title": "Two", "persons": [{"id": 9, "public_name": "Zoë Ångström", "biography": "Bio."}]}
            """));

        var speaker = programme.Speakers.Single();
        Assert.That((speaker.SourceId, speaker.Name, speaker.Bio), Is.EqualTo(("9", "Zoë Ångström", "Bio.")));
        Assert.That(programme.Talks.Select(t => t.Speakers.Single()), Is.All.EqualTo(new ImportedPersonRef("9", "Zoë Ångström")));
    }

    [Test]
    public void WithoutConferenceDatesTheDaysGiveThem()
    {
        var programme = Read("""
            {"schedule": {"conference": {"title": "C", "days": [
              {"date": "2024-05-11", "rooms": {}},
              {"date": "2024-05-10", "rooms": {}}
            ]}}}
            """);

        Assert.That((programme.Conference.Start, programme.Conference.End), Is.EqualTo(((DateOnly?)new DateOnly(2024, 5, 10), (DateOnly?)new DateOnly(2024, 5, 11))));
        Assert.That(programme.Talks, Is.Empty);
    }

    [TestCase("""{"sessions": [], "speakers": []}""", "schedule.json(1,1): no 'schedule' object: not a frab schedule.json")]
    [TestCase("""{"schedule": {"version": "1.0"}}""", "schedule.json(1,14): 'schedule' has no 'conference' object: not a frab schedule.json")]
    [TestCase("""{"schedule": {"conference": {"title": "C"}}}""", "schedule.json(1,29): 'conference' has no 'days' list: not a frab schedule.json")]
    [TestCase("""{"schedule": {"conference": {"title": "C",, "days": []}}}""", "schedule.json(1,43): not JSON: expected a key in double quotes or '}'")]
    public void AFileThatIsNotAScheduleIsAnError(string json, string message)
    {
        var error = Assert.Throws<ImportException>(() => Read(json));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    [TestCase("""{"schedule":{"version":"1.0-final","base_url":"https://programm.froscon.de/2018/","conference":{"acronym":"froscon2018","title":"FrOSCon 2018","days":[""", true)]
    [TestCase("{\n  \"$schema\": \"../schema.json\",\n  \"schedule\": {\n    \"version\": \"1.3\",\n    \"conference\": {\n      \"acronym\": \"rc3\",\n      \"days\": [\n        {", true)]
    [TestCase("""[{"code": "38UTLX", "speakers": [{"code": "9GSQX8", "name": "Kerry"}], "submission_type": "Talk", "slot": {}}]""", false)]
    [TestCase("""[{"id": "1", "title": "T", "sessions": [{"id": "1", "title": "T", "speakers": []}]}]""", false)]
    [TestCase("""{"$schema": "http://json-schema.org/draft-07/schema#", "properties": {"schedule": {"type": "object", "properties": {"conference": {"properties": {"days": {"type": "array"}}}}}}}""", false)]
    [TestCase("""[{"code": "A", "abstract": "frab writes \"schedule\": {\"conference\": {...}}", "speakers": []}]""", false)]
    [TestCase("""<?xml version="1.0"?><schedule><conference><title>C</title></conference></schedule>""", false)]
    public void RecognisesFrabScheduleJsonByItsScheduleAndConference(string head, bool expected)
    {
        Assert.That(new FrabJsonReader().Recognises("schedule.json", head), Is.EqualTo(expected));
    }

    /// <summary>A schedule with one day (2024-05-10, no day_start) and one room holding <paramref name="events"/> from line 4 on, each at column 1.</summary>
    private static string Schedule(string events) => string.Join('\n',
        """
        {"schedule": {"version": "1.0", "conference": {"acronym": "c", "title": "C",
        "days": [{"index": 1, "date": "2024-05-10", "rooms": {
        "Room A": [
        """,
        events,
        "]}}]}}}");

    private static Programme Read(string json)
    {
        var folder = Directory.CreateTempSubdirectory("recap-frab-json-");
        try
        {
            var path = Path.Combine(folder.FullName, "schedule.json");
            File.WriteAllText(path, json);
            return new FrabJsonReader().Read(path, "schedule.json");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
