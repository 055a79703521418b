using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Recap.Model;
using Recap.Text;

namespace Recap.Search;

/// <summary>
/// The site's search index, as static files a browser fetches a few of per query: the words of
/// every conference, topic, speaker and talk (its title, speakers, topics, conference and
/// summary), filed by their first three letters into <see cref="Shards"/> files, and the
/// documents, <see cref="ChunkSize"/> to a file, for showing results. A query of two words
/// fetches two shards and the chunks of the results it shows, not the whole index.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>Documents per file of documents.</summary>
    public const int ChunkSize = 64;

    /// <summary>
    /// The most documents a word lists (the best first): a word in thousands of titles finds little
    /// on its own. A word cut short ends its list with -1, so that a query does not take a document
    /// missing from it as one without the word.
    /// </summary>
    public const int MaxPostings = 500;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly List<SearchDocument> _documents;
    private readonly Lazy<Files> _files;

    private SearchIndex(List<SearchDocument> documents)
    {
        _documents = documents;
        Shards = ShardsFor(documents.Count);
        Chunks = Math.Max(1, (documents.Count + ChunkSize - 1) / ChunkSize);
        _files = new(() => Build(_documents, Shards), LazyThreadSafetyMode.ExecutionAndPublication);
        Fingerprint = Hash(documents);
    }

    /// <summary>How many shard files: about one per 64 documents, a power of two, so that it changes rarely.</summary>
    public int Shards { get; }

    /// <summary>How many files of documents.</summary>
    public int Chunks { get; }

    /// <summary>Changes whenever anything a query could find or show changes; the search page names it, so a browser never mixes files of two builds.</summary>
    public string Fingerprint { get; }

    public static SearchIndex Of(IReadOnlyList<Conference> conferences, IReadOnlyList<Topic> topics, IReadOnlyList<Speaker> speakers, IReadOnlyList<Talk> talks)
    {
        var documents = new List<SearchDocument>(conferences.Count + topics.Count + speakers.Count + talks.Count);
        documents.AddRange(conferences.OrderByDescending(c => c.Start?.ToString(), StringComparer.Ordinal).Select(c => new SearchDocument(
            "c", c.Name, c.SitePath, Detail(c.Start?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Talks(c.Talks.Count)), [(c.Name, 8)])));
        documents.AddRange(topics.Where(t => t.Talks.Count > 0).Select(t => new SearchDocument("o", t.Name, t.SitePath, Talks(t.Talks.Count), [(t.Name, 8)])));
        documents.AddRange(speakers.Select(s => new SearchDocument("s", s.Name, s.SitePath, Detail(s.Company, Talks(s.Talks.Count)), [(s.Name, 8), (s.Company, 2)])));
        documents.AddRange(talks.OrderByDescending(t => t.Date?.ToString(), StringComparer.Ordinal).Select(DocumentOf));
        return new SearchIndex(documents);
    }

    /// <summary>What search finds and shows of <paramref name="talk"/>: a rebuild compares it before and after an edit.</summary>
    public static SearchDocument DocumentOf(Talk talk) =>
        new("t", talk.Title, talk.SitePath, Detail(string.Join(", ", talk.Speakers.Select(s => s.Name)), talk.Conference.Name),
            [(talk.Title, 8), (talk.Subtitle, 4), (string.Join(' ', talk.Speakers.Select(s => s.Name)), 6), (string.Join(' ', talk.Topics.Select(o => o.Name)), 4), (talk.Conference.Name, 3), (talk.Summary, 1)]);

    /// <summary>The JSON of shard <paramref name="number"/>: each word of its keys, with the documents it is in and how well.</summary>
    public byte[] Shard(int number) => _files.Value.Shards[number];

    /// <summary>A hash of shard <paramref name="number"/>'s or chunk <paramref name="number"/>'s JSON: a rebuild writes only the files whose hash changed.</summary>
    public string FileFingerprint(bool shard, int number) =>
        Convert.ToHexStringLower(SHA256.HashData(shard ? Shard(number) : Chunk(number)), 0, 8);

    /// <summary>The JSON of documents <c>number * 64</c> on: for each, its kind, title, site path and a line of detail.</summary>
    public byte[] Chunk(int number) => _files.Value.Chunks[number];

    private static int ShardsFor(int documents)
    {
        var shards = 1;
        while (shards * 64 < documents && shards < 4096)
        {
            shards *= 2;
        }

        return shards;
    }

    private static string Talks(int count) => Plural.Count(count, "talk");

    private static string Detail(string? first, string second) => string.IsNullOrEmpty(first) ? second : $"{first} · {second}";

    private static Files Build(List<SearchDocument> documents, int shardCount)
    {
        // Each word, the documents it is in, by the best weight of a field it is in.
        var postings = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var (text, weight) in documents[id].Fields)
            {
                foreach (var word in SearchText.Words(text))
                {
                    if (!postings.TryGetValue(word, out var inDocuments))
                    {
                        postings[word] = inDocuments = [];
                    }

                    inDocuments[id] = Math.Max(weight, inDocuments.GetValueOrDefault(id));
                }
            }
        }

        var shards = Enumerable.Range(0, shardCount).Select(_ => new SortedDictionary<string, int[]>(StringComparer.Ordinal)).ToArray();
        foreach (var (word, inDocuments) in postings)
        {
            int[] listed = [.. inDocuments
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
                .Take(MaxPostings)
                .SelectMany(p => new[] { p.Key, p.Value })];
            shards[SearchText.Shard(SearchText.Key(word), shardCount)][word] = inDocuments.Count > MaxPostings ? [.. listed, -1] : listed;
        }

        var chunks = documents.Chunk(ChunkSize)
            .Select(chunk => JsonSerializer.SerializeToUtf8Bytes(chunk.Select(d => new[] { d.Kind, d.Title, d.SitePath, d.Detail }), Json))
            .ToArray();
        return new Files([.. shards.Select(s => JsonSerializer.SerializeToUtf8Bytes(s, Json))], chunks.Length == 0 ? [Encoding.UTF8.GetBytes("[]")] : chunks);
    }

    private static string Hash(List<SearchDocument> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in documents)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(document.Text + "\u001e"));
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash())[..12];
    }

    private sealed record Files(byte[][] Shards, byte[][] Chunks);
}

/// <summary>One thing search finds: <see cref="Kind"/> c(onference), o (topic), s(peaker) or t(alk); its fields and their weights.</summary>
internal sealed record SearchDocument(string Kind, string Title, string SitePath, string Detail, IReadOnlyList<(string? Text, int Weight)> Fields)
{
    /// <summary>All of it as one text, to tell whether it changed.</summary>
    public string Text => string.Join('\u001f', [Kind, Title, SitePath, Detail, .. Fields.Select(f => $"{f.Weight}:{f.Text}")]);
}
