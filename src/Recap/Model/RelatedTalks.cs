namespace Recap.Model;

/// <summary>
/// Finds each talk's related talks: those that share its speakers or topics, ranked by how many
/// speakers they share, then how many topics, then the newest first (then as speaker and topic
/// pages list them), itself left out. Candidates come from the talk's speakers' and topics' lists,
/// each read only as far as its newest <see cref="PerList"/> talks, so the work per talk is
/// bounded however many talks a topic gathers: at 20,000 talks a topic may list thousands.
/// </summary>
internal static class RelatedTalks
{
    /// <summary>How many related talks a talk page shows.</summary>
    public const int Limit = 4;

    /// <summary>How many of each speaker's and topic's talks, newest first, a talk looks at.</summary>
    public const int PerList = 48;

    /// <summary>Sets <see cref="Talk.Related"/> of every talk; speakers' and topics' talks must be set, newest first.</summary>
    public static void Find(IReadOnlyList<Talk> talks)
    {
        ArgumentNullException.ThrowIfNull(talks);

        // Each talk's place among all talks, newest first, as speaker and topic pages list them: the
        // last tie-break, so the order is the same on every build.
        var newest = talks
            .Select((talk, index) => (Talk: talk, Index: index))
            .OrderByDescending(t => t.Talk.Date.HasValue)
            .ThenByDescending(t => t.Talk.Date)
            .ThenBy(t => t.Talk.Conference.Slug, StringComparer.Ordinal)
            .ThenBy(t => t.Talk.Number)
            .ThenBy(t => t.Index)
            .Select(t => t.Talk)
            .ToList();
        var rank = new Dictionary<Talk, int>(newest.Count);
        for (var i = 0; i < newest.Count; i++)
        {
            rank[newest[i]] = i;
        }

        // The newest PerList talks of each speaker and topic, by rank, made once for all its talks.
        var heads = new Dictionary<object, int[]>();
        var speakers = new int[newest.Count];
        var topics = new int[newest.Count];
        var touched = new List<int>();
        var best = new int[Limit];
        foreach (var talk in talks)
        {
            var self = rank[talk];
            foreach (var speaker in talk.Speakers)
            {
                Count(Head(speaker, speaker.Talks), speakers);
            }

            foreach (var topic in talk.Topics)
            {
                Count(Head(topic, topic.Talks), topics);
            }

            // The best Limit, kept in order as the candidates go by: there are a few hundred at most.
            var found = 0;
            foreach (var candidate in touched)
            {
                var at = found;
                while (at > 0 && Before(candidate, best[at - 1]))
                {
                    if (at < Limit)
                    {
                        best[at] = best[at - 1];
                    }

                    at--;
                }

                if (at < Limit)
                {
                    best[at] = candidate;
                    found = Math.Min(found + 1, Limit);
                }
            }

            talk.Related = [.. best.Take(found).Select(i => newest[i])];
            foreach (var candidate in touched)
            {
                speakers[candidate] = 0;
                topics[candidate] = 0;
            }

            touched.Clear();

            void Count(int[] head, int[] counts)
            {
                foreach (var other in head)
                {
                    if (other == self)
                    {
                        continue;
                    }

                    if (speakers[other] == 0 && topics[other] == 0)
                    {
                        touched.Add(other);
                    }

                    counts[other]++;
                }
            }
        }

        int[] Head(object owner, IReadOnlyList<Talk> list)
        {
            if (!heads.TryGetValue(owner, out var head))
            {
                head = [.. list.Take(PerList).Select(t => rank[t])];
                heads[owner] = head;
            }

            return head;
        }

        // More shared speakers, then more shared topics, then the newer.
        bool Before(int a, int b) =>
            speakers[a] != speakers[b] ? speakers[a] > speakers[b]
            : topics[a] != topics[b] ? topics[a] > topics[b]
            : a < b;
    }
}
