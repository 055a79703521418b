using System.Text;
using Recap.Import;

namespace Recap.Tests.Import;

public sealed class SessionizeReaderTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "recap-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void SessionsNameSpeakersRoomsAndCategoryItemsByIdInTheOtherLists()
    {
        var programme = Read("""
            {
              "sessions": [
                {
                  "id": "512",
                  "title": "Grüße aus 東京",
                  "description": null,
                  "startsAt": "2024-05-10T14:00:00",
                  "endsAt": "2024-05-10T16:30:00",
                  "isServiceSession": false,
                  "isPlenumSession": false,
                  "speakers": ["a1", "b2", "c3"],
                  "categoryItems": [11, 21, 31, 41],
                  "questionAnswers": [],
                  "roomId": 7,
                  "liveUrl": null,
                  "recordingUrl": null
                }
              ],
              "speakers": [
                {"id": "a1", "firstName": "Zoë", "lastName": "Ångström", "fullName": "Zoë Ångström", "bio": null, "tagLine": null, "profilePicture": null, "links": [], "sessions": [512]},
                {"id": "b2", "firstName": "太郎", "lastName": "山田", "fullName": "山田太郎", "bio": null, "tagLine": null, "profilePicture": null, "links": [], "sessions": [512]},
                {"id": "c3", "firstName": "Łukasz", "lastName": "Nowak", "bio": null, "tagLine": null, "profilePicture": null, "links": [], "sessions": [512]}
              ],
              "questions": [],
              "categories": [
                {"id": 1, "title": "Session format", "items": [{"id": 10, "name": "Talk", "sort": 0}, {"id": 11, "name": "Workshop", "sort": 1}], "sort": 0, "type": "session"},
                {"id": 2, "title": "Track", "items": [{"id": 21, "name": "Data", "sort": 0}], "sort": 1, "type": "session"},
                {"id": 3, "title": "Level", "items": [{"id": 31, "name": "Expert", "sort": 0}], "sort": 2, "type": "session"},
                {"id": 4, "title": "Language", "items": [{"id": 41, "name": "German", "sort": 0}], "sort": 3, "type": "session"}
              ],
              "rooms": [{"id": 7, "name": "Saal 1", "sort": 0}]
            }
            """);

        var talk = programme.Talks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(talk.SourceId, Is.EqualTo("512"));
            Assert.That(talk.Location.ToString(), Is.EqualTo("sessionize.json(3,5)"));
            Assert.That(talk.Title, Is.EqualTo("Grüße aus 東京"));
            Assert.That(talk.Speakers, Is.EqualTo(new[]
            {
                new ImportedPersonRef("a1", "Zoë Ångström"),
                new ImportedPersonRef("b2", "山田太郎"),
                new ImportedPersonRef("c3", "Łukasz Nowak"),
            }));
            Assert.That(talk.Type, Is.EqualTo("Workshop"));
            Assert.That(talk.Track, Is.EqualTo("Data"));
            Assert.That(talk.Language, Is.EqualTo("German"));
            Assert.That(talk.Room, Is.EqualTo("Saal 1"));
            Assert.That(talk.LocalStart, Is.EqualTo(new DateTime(2024, 5, 10, 14, 0, 0)));
            Assert.That(talk.Start, Is.Null);
            Assert.That(talk.DurationMinutes, Is.EqualTo(150));
            Assert.That(talk.Description, Is.Null);
            Assert.That(talk.Recording, Is.Null);
            Assert.That(talk.Links, Is.Empty);
            Assert.That(programme.Diagnostics.Count, Is.Zero);
        });
    }

    [Test]
    public void TheExportNamesNeitherTheConferenceNorItsTimeZone()
    {
        var programme = Read("""
            {
              "sessions": [
                {"id": "1", "title": "Opening", "startsAt": "2024-05-10T09:00:00", "endsAt": "2024-05-10T09:30:00", "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null},
                {"id": "2", "title": "Unscheduled", "startsAt": null, "endsAt": null, "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null},
                {"id": "3", "title": "Closing", "startsAt": "2024-05-12T17:00:00", "endsAt": "2024-05-12T17:30:00", "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null}
              ],
              "speakers": [{"id": "a", "fullName": "Ada Lovelace"}],
              "questions": [],
              "categories": [],
              "rooms": []
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(programme.Format, Is.EqualTo("sessionize"));
            Assert.That(programme.Conference.Name, Is.Null);
            Assert.That(programme.Conference.TimeZone, Is.Null);
            Assert.That(programme.Conference.Start, Is.EqualTo(new DateOnly(2024, 5, 10)));
            Assert.That(programme.Conference.End, Is.EqualTo(new DateOnly(2024, 5, 12)));
            Assert.That(programme.Talks.Select(t => t.LocalStart), Is.EqualTo(new DateTime?[] { new(2024, 5, 10, 9, 0, 0), null, new(2024, 5, 12, 17, 0, 0) }));
            Assert.That(programme.Talks.Select(t => t.Start), Is.All.Null);
        });
    }

    [Test]
    public void SpeakersKeepBioTagLinePhotoAndEveryLink()
    {
        var programme = Read("""
            {
              "sessions": [],
              "speakers": [
                {
                  "id": "d6",
                  "firstName": "Zoë",
                  "lastName": "Ångström",
                  "fullName": "Zoë Ångström",
                  "bio": "Builds <b>compilers</b>.\r\nLikes tea &amp; cake.",
                  "tagLine": "Compiler engineer at Example GmbH",
                  "profilePicture": "https://sessionize.com/image/zoe.jpg",
                  "isTopSpeaker": false,
                  "links": [
                    {"title": "Twitter", "url": "https://twitter.com/zoe", "linkType": "Twitter"},
                    {"title": "Blog", "url": "ask me at the booth", "linkType": "Blog"},
                    {"title": null, "url": "https://example.org", "linkType": "Company_Website"}
                  ],
                  "sessions": [],
                  "categoryItems": [],
                  "questionAnswers": [{"questionId": 90, "answerValue": "Example GmbH"}]
                }
              ],
              "questions": [{"id": 90, "question": "Company", "questionType": "Short_Text", "sort": 0}],
              "categories": [],
              "rooms": []
            }
            """);

        var speaker = programme.Speakers.Single();
        Assert.Multiple(() =>
        {
            Assert.That(speaker.SourceId, Is.EqualTo("d6"));
            Assert.That(speaker.Location.ToString(), Is.EqualTo("sessionize.json(4,5)"));
            Assert.That(speaker.Name, Is.EqualTo("Zoë Ångström"));
            Assert.That(speaker.Bio, Is.EqualTo("Builds <b>compilers</b>.\r\nLikes tea &amp; cake."));
            Assert.That(speaker.Role, Is.EqualTo("Compiler engineer at Example GmbH"));
            Assert.That(speaker.Company, Is.EqualTo("Example GmbH"));
            Assert.That(speaker.Photo, Is.EqualTo("https://sessionize.com/image/zoe.jpg"));
            Assert.That(speaker.Links, Is.EqualTo(new[]
            {
                new ImportedLink("Twitter", "https://twitter.com/zoe"),
                new ImportedLink("Blog", "ask me at the booth"),
                new ImportedLink("Company_Website", "https://example.org"),
            }));
        });
    }

    [Test]
    public void ServiceSessionsAndBreaksWithoutSpeakersAreCountedNotImported()
    {
        var programme = Read("""
            {
              "sessions": [
                {"id": "s1", "title": "Lunch", "description": null, "startsAt": "2024-05-10T12:00:00", "endsAt": "2024-05-10T13:00:00", "isServiceSession": true, "isPlenumSession": true, "speakers": [], "categoryItems": [], "questionAnswers": [], "roomId": 1},
                {"id": "s2", "title": "Coffee Break", "description": null, "startsAt": "2024-05-10T15:00:00", "endsAt": "2024-05-10T15:15:00", "isServiceSession": false, "isPlenumSession": true, "speakers": [], "categoryItems": [], "questionAnswers": [], "roomId": 1},
                {"id": "s3", "title": "Open Space", "description": "Bring a topic.", "startsAt": "2024-05-10T16:00:00", "endsAt": "2024-05-10T17:00:00", "isServiceSession": false, "isPlenumSession": false, "speakers": [], "categoryItems": [], "questionAnswers": [], "roomId": 1},
                {"id": "s4", "title": "Breaking changes in C# 14", "description": null, "startsAt": "2024-05-10T17:00:00", "endsAt": "2024-05-10T18:00:00", "isServiceSession": false, "isPlenumSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": 1}
              ],
              "speakers": [{"id": "a", "fullName": "Ada Lovelace"}],
              "questions": [],
              "categories": [],
              "rooms": [{"id": 1, "name": "Hall"}]
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(programme.SkippedBreaks, Is.EqualTo(2));
            Assert.That(programme.Talks.Select(t => t.Title), Is.EqualTo(new[] { "Open Space", "Breaking changes in C# 14" }));
            Assert.That(programme.Talks[0].Speakers, Is.Empty);
        });
    }

    [Test]
    public void DescriptionReachesTheTalkAsGiven()
    {
        const string Html = "<p>Hello</p>\r\n<script>alert(1)</script><a href=\"javascript:alert(2)\">click</a> &amp; more";
        var programme = Read("""
            {
              "sessions": [
                {"id": "1", "title": "Scripts", "description": "<p>Hello</p>\r\n<script>alert(1)</script><a href=\"javascript:alert(2)\">click</a> &amp; more", "startsAt": null, "endsAt": null, "isServiceSession": false, "speakers": [], "categoryItems": [], "questionAnswers": [], "roomId": null}
              ],
              "speakers": [], "questions": [], "categories": [], "rooms": []
            }
            """);

        Assert.That(programme.Talks.Single().Description, Is.EqualTo(Html));
    }

    [Test]
    public void TalkAfterMidnightKeepsItsCalendarDate()
    {
        var programme = Read("""
            {
              "sessions": [
                {"id": "1", "title": "Late night hacking", "startsAt": "2024-05-10T23:30:00", "endsAt": "2024-05-11T00:15:00", "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null},
                {"id": "2", "title": "Even later", "startsAt": "2024-05-11T00:30:00", "endsAt": "2024-05-11T01:00:00", "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null}
              ],
              "speakers": [{"id": "a", "fullName": "Ada Lovelace"}], "questions": [], "categories": [], "rooms": []
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(programme.Talks[0].DurationMinutes, Is.EqualTo(45));
            Assert.That(programme.Talks[1].LocalStart, Is.EqualTo(new DateTime(2024, 5, 11, 0, 30, 0)));
            Assert.That(programme.Talks[1].DurationMinutes, Is.EqualTo(30));
            Assert.That(programme.Conference.End, Is.EqualTo(new DateOnly(2024, 5, 11)));
        });
    }

    [Test]
    public void RecordingsAndSlidesAreFoundInAnswersToTheOrganisersQuestions()
    {
        var programme = Read("""
            {
              "sessions": [
                {
                  "id": "1", "title": "One", "startsAt": null, "endsAt": null, "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "roomId": null,
                  "questionAnswers": [
                    {"questionId": 1, "answerValue": "https://meet.example.org/room-1"},
                    {"questionId": 2, "answerValue": "azure-ama"},
                    {"questionId": 3, "answerValue": "https://www.youtube.com/watch?v=abc"},
                    {"questionId": 4, "answerValue": "https://speakerdeck.com/ada/one"},
                    {"questionId": 5, "answerValue": "Vegetarian"}
                  ]
                },
                {
                  "id": "2", "title": "Two", "startsAt": null, "endsAt": null, "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "roomId": null,
                  "recordingUrl": "https://vimeo.com/2", "liveUrl": "https://live.example.org/2",
                  "questionAnswers": [{"questionId": 3, "answerValue": "https://www.youtube.com/watch?v=def"}]
                },
                {
                  "id": "3", "title": "Three", "startsAt": null, "endsAt": null, "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "roomId": null,
                  "questionAnswers": [{"questionId": 3, "answerValue": "not yet online"}]
                }
              ],
              "speakers": [{"id": "a", "fullName": "Ada Lovelace"}],
              "questions": [
                {"id": 1, "question": "Streaming URL", "questionType": "Web_address", "sort": 0},
                {"id": 2, "question": "Short Link", "questionType": "Short_Text", "sort": 1},
                {"id": 3, "question": "YouTube Video", "questionType": "Short_Text", "sort": 2},
                {"id": 4, "question": "Slides", "questionType": "Web_address", "sort": 3},
                {"id": 5, "question": "Catering", "questionType": "Short_Text", "sort": 4}
              ],
              "categories": [], "rooms": []
            }
            """);

        var (one, two, three) = (programme.Talks[0], programme.Talks[1], programme.Talks[2]);
        Assert.Multiple(() =>
        {
            Assert.That(one.Recording, Is.EqualTo("https://www.youtube.com/watch?v=abc"));
            Assert.That(one.Slides, Is.EqualTo("https://speakerdeck.com/ada/one"));
            Assert.That(one.Links, Is.EqualTo(new[]
            {
                new ImportedLink("Streaming URL", "https://meet.example.org/room-1"),
                new ImportedLink("Short Link", "azure-ama"),
            }));
            Assert.That(two.Recording, Is.EqualTo("https://vimeo.com/2"));
            Assert.That(two.Links, Is.EqualTo(new[]
            {
                new ImportedLink("YouTube Video", "https://www.youtube.com/watch?v=def"),
                new ImportedLink("Live stream", "https://live.example.org/2"),
            }));
            Assert.That(three.Recording, Is.Null);
            Assert.That(three.Links, Is.Empty);
        });
    }

    [Test]
    public void SessionsThatCannotBeUsedAreReportedWithTheirLine()
    {
        var programme = Read("""
            {
              "sessions": [
                {"id": "1", "title": "Good", "startsAt": "2024-05-10T10:00:00", "endsAt": "2024-05-10T10:45:00", "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null},
                {"id": "2", "title": "  ", "startsAt": "2024-05-10T11:00:00", "endsAt": "2024-05-10T11:45:00", "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null},
                {"title": "No id", "startsAt": "2024-05-10T11:00:00", "endsAt": "2024-05-10T11:45:00", "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null},
                {
                  "id": "4",
                  "title": "Sometime",
                  "startsAt": "after lunch",
                  "endsAt": null, "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null
                },
                {"id": "1", "title": "Good again", "startsAt": null, "endsAt": null, "isServiceSession": false, "speakers": ["a"], "categoryItems": [], "questionAnswers": [], "roomId": null},
                "not a session"
              ],
              "speakers": [{"id": "a", "fullName": "Ada Lovelace"}, {"fullName": "Nobody"}],
              "questions": [], "categories": [], "rooms": []
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(programme.Talks.Select(t => t.Title), Is.EqualTo(new[] { "Good" }));
            Assert.That(Messages(programme), Is.EqualTo(new[]
            {
                "sessionize.json(4,26): warning RC0601: session '2' has no title; left out",
                "sessionize.json(5,5): warning RC0601: session 'No id' has no id; left out",
                "sessionize.json(9,19): warning RC0601: session 'Sometime' starts at 'after lunch', which is not a time; left out",
                "sessionize.json(12,5): warning RC0601: session id '1' appears twice; the second ('Good again') is left out",
                "sessionize.json(13,5): warning RC0601: a session that is not an object; left out",
                "sessionize.json(15,57): warning RC0601: speaker 'Nobody' has no id; left out",
            }));
        });
    }

    [Test]
    public void OddValuesAreReportedAndTheTalkIsKept()
    {
        var programme = Read("""
            {
              "sessions": [
                {
                  "id": "1",
                  "title": "Odd",
                  "startsAt": "2024-05-10T10:00:00",
                  "endsAt": "2024-05-10T09:00:00",
                  "isServiceSession": false,
                  "speakers": ["a", "ghost"],
                  "categoryItems": [99],
                  "questionAnswers": [],
                  "roomId": 5
                }
              ],
              "speakers": [{"id": "a", "fullName": "Ada Lovelace"}],
              "questions": [], "categories": [], "rooms": []
            }
            """);

        var talk = programme.Talks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(talk.DurationMinutes, Is.Null);
            Assert.That(talk.Speakers, Is.EqualTo(new[] { new ImportedPersonRef("a", "Ada Lovelace") }));
            Assert.That(talk.Room, Is.Null);
            Assert.That(Messages(programme), Is.EqualTo(new[]
            {
                "sessionize.json(7,17): warning RC0602: session 'Odd' ends at 2024-05-10T09:00:00, before it starts; no duration",
                "sessionize.json(9,25): warning RC0602: session 'Odd' names speaker 'ghost', who is not in the speakers list; left out",
                "sessionize.json(10,25): warning RC0602: session 'Odd' has category item '99', which is not in the categories list; left out",
                "sessionize.json(12,17): warning RC0602: session 'Odd' is in room '5', which is not in the rooms list; no room",
            }));
        });
    }

    [Test]
    public void ExportStartingWithAByteOrderMarkIsReadAndRecognised()
    {
        const string Json = """
            {
              "sessions": [
                {
                  "id": "7b3d6b07-294f-4319-8234-aae9701d98b5",
                  "title": "Keynote",
                  "description": null,
                  "startsAt": "2020-03-28T08:00:00",
                  "endsAt": "2020-03-28T09:00:00",
                  "isServiceSession": false,
                  "isPlenumSession": true,
                  "speakers": ["a"],
                  "categoryItems": [],
                  "questionAnswers": [],
                  "roomId": 12259
                }
              ],
              "speakers": [{"id": "a", "fullName": "Ada Lovelace"}],
              "questions": [],
              "categories": [],
              "rooms": [{"id": 12259, "name": "Room 1", "sort": 0}]
            }
            """;
        var path = Path.Combine(_folder, "All.json");
        File.WriteAllText(path, Json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var programme = new SessionizeReader().Read(path, "All.json");

        Assert.Multiple(() =>
        {
            Assert.That(programme.Talks.Single().Room, Is.EqualTo("Room 1"));
            Assert.That(programme.Talks.Single().Location.ToString(), Is.EqualTo("All.json(3,5)"));
            Assert.That(ProgrammeReaders.Detect(path)?.Format, Is.EqualTo("sessionize"));
            Assert.That(new SessionizeReader().Recognises(path, "\uFEFF" + Json), Is.True);
        });
    }

    [TestCase("""{"schedule": {"version": "1.0", "conference": {"title": "FrOSCon", "days": []}}}""")]
    [TestCase("""{"count": 1, "results": [{"code": "ABC", "title": "Talk", "slot": {"start": "2020-07-29T12:00:00Z"}}]}""")]
    [TestCase("""[{"groupId": null, "groupName": "All", "sessions": []}]""")]
    [TestCase("BEGIN:VCALENDAR")]
    public void OtherFormatsAreNotRecognised(string head) =>
        Assert.That(new SessionizeReader().Recognises("export.json", head), Is.False);

    [Test]
    public void FileThatIsNoSessionizeExportCannotBeRead()
    {
        var error = Assert.Throws<ImportException>(() => Read("""
            [
              {"groupId": null, "groupName": "All", "sessions": []}
            ]
            """));

        Assert.That(error.Message, Is.EqualTo("sessionize.json(1,1): not a Sessionize export: expected an object with a 'sessions' list (the API's 'All' view)"));
    }

    private Programme Read(string json)
    {
        var path = Path.Combine(_folder, "sessionize.json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return new SessionizeReader().Read(path, "sessionize.json");
    }

    private static string[] Messages(Programme programme) => [.. programme.Diagnostics.Sorted().Select(d => d.ToString())];
}
