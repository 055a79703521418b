using System.Globalization;
using System.Text;

namespace Recap.Browser.Tests.Search;

/// <summary>
/// A programme archive's shape, made up: many conferences of many talks, the people named only
/// on their talks (no speaker files), names in Latin with and without accents, Greek, Cyrillic,
/// Chinese and Japanese, some people on several talks. One talk, by Renée Ångström-Núñez, is the
/// one a test looks for.
/// </summary>
internal static class ArchiveCorpus
{
    public const string TargetTitle = "Backpressure in practice at Hyperscale";

    private static readonly string[] Given =
        ["Renée", "José", "Zoë", "Łukasz", "Søren", "Ana", "Björn", "Chloé", "Dmitri", "Émile", "Fatima", "Günter", "Hélène", "Ines", "Jürgen", "Kai", "Léa", "Mateo", "Noémie", "Oskar"];

    private static readonly string[] Family =
        ["Müller", "García", "Nowak", "Dubois", "Rossi", "Jensen", "Novák", "Silva", "Kowalski", "Öztürk", "Nagy", "Horvát", "Lindqvist", "Costa", "Ivanova", "Petrović", "Moreau", "Schäfer", "Bianchi", "Fernández"];

    private static readonly string[] Other =
        ["Σοφία Παπαδοπούλου", "Дмитрий Иванов", "山田太郎", "李小龙", "佐藤花子", "Νίκος Γεωργίου", "Анна Смирнова", "王芳"];

    private static readonly string[] Words =
        ["Scaling", "Kubernetes", "Observability", "Rust", "Streams", "Databases", "Consensus", "Caching", "Latency", "Security", "Compilers", "Testing", "Edge", "Queues", "Types", "Search", "Graphs", "Energy", "Privacy", "Tracing"];

    /// <returns>The title of the talk to look for.</returns>
    public static string Write(string root, int conferences, int talksPerConference, int people)
    {
        var random = new Random(42);
        var names = Enumerable.Range(0, people).Select(n => n % 50 == 0 ? $"{Other[n / 50 % Other.Length]} {n}" : $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]} {Suffix(n)}").ToArray();
        File.WriteAllText(Path.Combine(Folder(root, "content"), "site.yml"), "title: Conference Archive\nbase_url: https://archive.test/\noptions:\n  social_cards: false\n");
        for (var c = 0; c < conferences; c++)
        {
            var year = 2000 + (c % 25);
            var conference = Folder(root, $"content/conferences/conf-{c:000}");
            File.WriteAllText(Path.Combine(conference, "index.md"), $"---\nname: Conf {c:000} {year}\nstart: {year}-05-01\n---\n");
            var talks = Folder(root, $"content/conferences/conf-{c:000}/talks");
            for (var t = 0; t < talksPerConference; t++)
            {
                var isTarget = c == conferences / 2 && t == 7;
                var title = isTarget ? TargetTitle : $"{Words[random.Next(Words.Length)]} and {Words[random.Next(Words.Length)]}: lessons {c}-{t}";
                var speakers = isTarget ? ["Renée Ångström-Núñez"] : Enumerable.Range(0, 1 + random.Next(2)).Select(_ => names[random.Next(names.Length)]).Distinct().ToArray();
                var text = new StringBuilder("---\n")
                    .Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\n")
                    .Append(CultureInfo.InvariantCulture, $"speakers: [{string.Join(", ", speakers.Select(s => $"\"{s}\""))}]\n")
                    .Append(CultureInfo.InvariantCulture, $"topics: [{Words[random.Next(Words.Length)]}]\n")
                    .Append("---\n")
                    .Append(CultureInfo.InvariantCulture, $"A talk about {Words[random.Next(Words.Length)].ToLowerInvariant()} and {Words[random.Next(Words.Length)].ToLowerInvariant()}.\n");
                File.WriteAllText(Path.Combine(talks, $"talk-{t:00}.md"), text.ToString());
            }
        }

        return TargetTitle;
    }

    /// <summary>Tells apart people who would share a name: "Ana Silva" the fifth.</summary>
    private static string Suffix(int n) => ((char)('A' + (n % 26))).ToString() + (n / 26).ToString(CultureInfo.InvariantCulture);

    private static string Folder(string root, string path)
    {
        var folder = Path.Combine(root, path);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
