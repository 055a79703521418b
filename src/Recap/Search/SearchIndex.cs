using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Recap.Model;
using Recap.Text;
using Recap.Themes;

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

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly List<SearchDocument> _documents;
    private readonly Lazy<Files> _files;
    private readonly Lazy<Dictionary<string, int>> _ids;

    private SearchIndex(List<SearchDocument> documents, Func<Files>? files = null, Lazy<Dictionary<string, int>>? ids = null)
    {
        _documents = documents;
        Shards = ShardsFor(documents.Count);
        Chunks = Math.Max(1, (documents.Count + ChunkSize - 1) / ChunkSize);
        _files = new(files ?? (() => Files.Of(documents, Shards)), LazyThreadSafetyMode.ExecutionAndPublication);
        _ids = ids ?? new(() => documents.Select((d, id) => (d.SitePath, id)).ToDictionary(p => p.SitePath, p => p.id, StringComparer.Ordinal));
    }

    /// <summary>How many shard files: about one per 64 documents, a power of two, so that it changes rarely.</summary>
    public int Shards { get; }

    /// <summary>How many files of documents.</summary>
    public int Chunks { get; }

    /// <summary>
    /// Starts making the index's files on the thread pool, for a caller with a core to spare
    /// before they are needed (while the model is finished): the search page and the files
    /// would otherwise wait for them.
    /// </summary>
    public void Prepare() => _ = Task.Run(() => _files.Value);

    /// <summary>Changes whenever anything a query could find or show changes; the search page names it, so a browser never mixes files of two builds.</summary>
    public string Fingerprint => _files.Value.Fingerprint;

    /// <param name="strings">The theme's words, in which a result's line counts its talks (the count kept on one line with its word).</param>
    public static SearchIndex Of(IReadOnlyList<Conference> conferences, IReadOnlyList<Topic> topics, IReadOnlyList<Speaker> speakers, IReadOnlyList<Talk> talks, ThemeStrings strings)
    {
        string Talks(int count) => strings.TextKeepingNumbersWithTheirWords("talks", count);
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
            [(talk.Title, 8), (talk.Subtitle, 4), (string.Join(' ', talk.Speakers.Select(s => s.Name)), 6), (string.Join(' ', talk.Topics.Select(o => o.Name)), 4), (talk.Conference.Name, 3), (talk.Description, 1)]);

    /// <summary>
    /// This index with <paramref name="documents"/> in place of those of the same site paths
    /// (<c>recap serve</c>, when talks changed in what is only displayed): only the files holding
    /// their words, old and new, and their documents are made again, and equal what a whole new
    /// index would make of them.
    /// </summary>
    public SearchIndex With(IEnumerable<SearchDocument> documents)
    {
        var now = new List<SearchDocument>(_documents);
        var changed = new List<int>();
        foreach (var document in documents)
        {
            var id = _ids.Value[document.SitePath];
            if (now[id].Text != document.Text)
            {
                now[id] = document;
                changed.Add(id);
            }
        }

        return changed.Count == 0 ? this : new SearchIndex(now, () => _files.Value.With(_documents, now, changed), _ids);
    }

    /// <summary>The JSON of shard <paramref name="number"/>: each word of its keys, with the documents it is in and how well.</summary>
    public byte[] Shard(int number) => _files.Value.Shards[number].Json;

    /// <summary>A hash of shard <paramref name="number"/>'s or chunk <paramref name="number"/>'s JSON: a rebuild writes only the files whose hash changed.</summary>
    public string FileFingerprint(bool shard, int number) => (shard ? _files.Value.Shards[number] : _files.Value.Chunks[number]).Hash;

    /// <summary>The JSON of documents <c>number * 64</c> on: for each, its kind, title, site path and a line of detail.</summary>
    public byte[] Chunk(int number) => _files.Value.Chunks[number].Json;

    private static int ShardsFor(int documents)
    {
        var shards = 1;
        while (shards * 64 < documents && shards < 4096)
        {
            shards *= 2;
        }

        return shards;
    }


    private static string Detail(string? first, string second) => string.IsNullOrEmpty(first) ? second : $"{first} · {second}";

    /// <summary>
    /// The index's files and what they are made from: each word's documents, by the best weight of
    /// a field it is in, and each shard's words with the documents they list.
    /// </summary>
    private sealed class Files
    {
        private readonly Dictionary<string, Dictionary<int, int>> _postings;
        private readonly SortedDictionary<string, int[]>[] _words;

        private Files(Dictionary<string, Dictionary<int, int>> postings, SortedDictionary<string, int[]>[] words, JsonFile[] shards, JsonFile[] chunks)
        {
            _postings = postings;
            _words = words;
            Shards = shards;
            Chunks = chunks;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var file in shards.Concat(chunks))
            {
                hash.AppendData(Encoding.ASCII.GetBytes(file.Hash));
            }

            Fingerprint = Convert.ToHexStringLower(hash.GetCurrentHash())[..12];
        }

        public JsonFile[] Shards { get; }

        public JsonFile[] Chunks { get; }

        public string Fingerprint { get; }

        public static Files Of(List<SearchDocument> documents, int shardCount)
        {
            var postings = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
            for (var id = 0; id < documents.Count; id++)
            {
                Post(postings, documents[id], id);
            }

            var words = Enumerable.Range(0, shardCount).Select(_ => new SortedDictionary<string, int[]>(StringComparer.Ordinal)).ToArray();
            foreach (var (word, inDocuments) in postings)
            {
                words[ShardOf(word, shardCount)][word] = Listed(inDocuments);
            }

            var chunks = Enumerable.Range(0, Math.Max(1, (documents.Count + ChunkSize - 1) / ChunkSize)).Select(c => ChunkOf(documents, c)).ToArray();
            return new Files(postings, words, [.. words.Select(w => JsonFile.Of(w))], chunks);
        }

        /// <summary>These files with the documents numbered <paramref name="changed"/> now as in <paramref name="after"/>: the others' postings, shards and chunks are shared.</summary>
        public Files With(List<SearchDocument> before, List<SearchDocument> after, List<int> changed)
        {
            // Only the words whose weight in a changed document differs: a retitled talk keeps its
            // speakers', topics' and summary's words, and their lists stay as they were.
            var weights = changed.Select(id => (Id: id, Before: WeightsOf(before[id]), After: WeightsOf(after[id]))).ToList();
            var touched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, was, now) in weights)
            {
                touched.UnionWith(was.Where(w => now.GetValueOrDefault(w.Key) != w.Value).Select(w => w.Key));
                touched.UnionWith(now.Where(w => was.GetValueOrDefault(w.Key) != w.Value).Select(w => w.Key));
            }

            var postings = new Dictionary<string, Dictionary<int, int>>(_postings, StringComparer.Ordinal);
            foreach (var word in touched)
            {
                var inDocuments = _postings.TryGetValue(word, out var was) ? new Dictionary<int, int>(was) : [];
                foreach (var (id, _, now) in weights)
                {
                    inDocuments.Remove(id);
                    if (now.TryGetValue(word, out var weight))
                    {
                        inDocuments[id] = weight;
                    }
                }

                postings[word] = inDocuments;
            }

            var words = (SortedDictionary<string, int[]>[])_words.Clone();
            var shards = (JsonFile[])Shards.Clone();
            foreach (var shard in touched.GroupBy(w => ShardOf(w, words.Length)))
            {
                words[shard.Key] = new SortedDictionary<string, int[]>(words[shard.Key], StringComparer.Ordinal);
                foreach (var word in shard)
                {
                    if (postings[word].Count == 0)
                    {
                        postings.Remove(word);
                        words[shard.Key].Remove(word);
                    }
                    else
                    {
                        words[shard.Key][word] = Listed(postings[word]);
                    }
                }

                shards[shard.Key] = JsonFile.Of(words[shard.Key]);
            }

            var chunks = (JsonFile[])Chunks.Clone();
            foreach (var chunk in changed.Select(id => id / ChunkSize).Distinct())
            {
                chunks[chunk] = ChunkOf(after, chunk);
            }

            return new Files(postings, words, shards, chunks);
        }

        /// <summary>Adds each word of <paramref name="document"/> with the best weight of a field it is in.</summary>
        private static void Post(Dictionary<string, Dictionary<int, int>> postings, SearchDocument document, int id)
        {
            var words = postings.GetAlternateLookup<ReadOnlySpan<char>>();
            EachWord(document, (word, weight) =>
            {
                if (!words.TryGetValue(word, out var inDocuments))
                {
                    words[word] = inDocuments = [];
                }

                inDocuments[id] = Math.Max(weight, inDocuments.GetValueOrDefault(id));
            });
        }

        /// <summary>Each word of <paramref name="document"/>, with the best weight of a field it is in.</summary>
        private static Dictionary<string, int> WeightsOf(SearchDocument document)
        {
            var weights = new Dictionary<string, int>(StringComparer.Ordinal);
            var words = weights.GetAlternateLookup<ReadOnlySpan<char>>();
            EachWord(document, (word, weight) => words[word] = Math.Max(weight, words.TryGetValue(word, out var was) ? was : 0));
            return weights;
        }

        /// <summary>
        /// Gives each word of each field of <paramref name="document"/>, with the field's weight, as
        /// characters of the folded text: a word already listed is looked up without being made a string.
        /// </summary>
        private static void EachWord(SearchDocument document, Action<ReadOnlySpan<char>, int> add)
        {
            foreach (var (text, weight) in document.Fields)
            {
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                var folded = SearchText.Fold(text);
                for (var at = 0; SearchText.NextWord(folded, ref at, out var word);)
                {
                    add(folded.AsSpan(word), weight);
                }
            }
        }

        /// <summary>The documents a word lists, the best first, as pairs of document and weight, ending with -1 when cut short.</summary>
        private static int[] Listed(Dictionary<int, int> inDocuments)
        {
            int[] listed = [.. inDocuments
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
                .Take(MaxPostings)
                .SelectMany(p => new[] { p.Key, p.Value })];
            return inDocuments.Count > MaxPostings ? [.. listed, -1] : listed;
        }

        private static int ShardOf(string word, int shardCount) => SearchText.Shard(SearchText.Key(word), shardCount);

        private static JsonFile ChunkOf(List<SearchDocument> documents, int chunk) =>
            JsonFile.Of(documents.Skip(chunk * ChunkSize).Take(ChunkSize));
    }

    /// <summary>
    /// One file of the index: its JSON, and a hash of it by which a rebuild tells whether it changed.
    /// Written by hand rather than serialised: the two shapes are simple, and the serialiser's
    /// reflection would cost a small site's build more time than writing its index does.
    /// </summary>
    private sealed record JsonFile(byte[] Json, string Hash)
    {
        /// <summary>A shard: <c>{"word":[document, weight, ...], ...}</c>.</summary>
        public static JsonFile Of(SortedDictionary<string, int[]> words) => Written(json =>
        {
            json.WriteStartObject();
            foreach (var (word, listed) in words)
            {
                json.WriteStartArray(word);
                foreach (var number in listed)
                {
                    json.WriteNumberValue(number);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });

        /// <summary>A chunk: <c>[[kind, title, path, detail], ...]</c>.</summary>
        public static JsonFile Of(IEnumerable<SearchDocument> documents) => Written(json =>
        {
            json.WriteStartArray();
            foreach (var document in documents)
            {
                json.WriteStartArray();
                json.WriteStringValue(document.Kind);
                json.WriteStringValue(document.Title);
                json.WriteStringValue(document.SitePath);
                json.WriteStringValue(document.Detail);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        });

        private static JsonFile Written(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                write(json);
            }

            var bytes = buffer.WrittenSpan.ToArray();
            return new JsonFile(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 8));
        }
    }
}

/// <summary>One thing search finds: <see cref="Kind"/> c(onference), o (topic), s(peaker) or t(alk); its fields and their weights.</summary>
internal sealed record SearchDocument(string Kind, string Title, string SitePath, string Detail, IReadOnlyList<(string? Text, int Weight)> Fields)
{
    /// <summary>All of it as one text, to tell whether it changed.</summary>
    public string Text => string.Join('\u001f', [Kind, Title, SitePath, Detail, .. Fields.Select(f => $"{f.Weight}:{f.Text}")]);
}
