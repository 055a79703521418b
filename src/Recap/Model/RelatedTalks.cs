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

        var speakers = new int[newest.Count];
        var topics = new int[newest.Count];
        var touched = new List<int>();
        foreach (var talk in talks)
        {
            var self = rank[talk];
            foreach (var speaker in talk.Speakers)
            {
                Count(speaker.Talks, speakers);
            }

            foreach (var topic in talk.Topics)
            {
                Count(topic.Talks, topics);
            }

            touched.Sort((a, b) => speakers[a] != speakers[b] ? speakers[b] - speakers[a]
                : topics[a] != topics[b] ? topics[b] - topics[a]
                : a - b);
            talk.Related = [.. touched.Take(Limit).Select(i => newest[i])];
            foreach (var i in touched)
            {
                speakers[i] = 0;
                topics[i] = 0;
            }

            touched.Clear();

            void Count(IReadOnlyList<Talk> list, int[] counts)
            {
                for (var i = 0; i < list.Count && i < PerList; i++)
                {
                    var other = rank[list[i]];
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
    }
}
