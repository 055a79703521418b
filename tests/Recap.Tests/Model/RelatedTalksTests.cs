using System.Globalization;
using System.Text;
using Recap.Diagnostics;
using Recap.Model;
using Recap.Tests.Support;

namespace Recap.Tests.Model;

public sealed class RelatedTalksTests
{
    [Test]
    public void RelatedTalksAreTheBestRankedOfAllTalksSharingSpeakersOrTopics()
    {
        var random = new Random(7);
        var files = new StringBuilder(Sites.Config);
        for (var c = 1; c <= 4; c++)
        {
            files.Append(CultureInfo.InvariantCulture, $"\n-- content/conferences/c{c}/index.md --\n---\nname: C{c}\nstart: 202{c}-0{c}-01\n---\n");
            for (var t = 1; t <= 10; t++)
            {
                var speakers = Enumerable.Range(0, random.Next(0, 3)).Select(_ => $"Speaker {random.Next(6)}").Distinct();
                var topics = Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"topic {(char)('a' + random.Next(8))}").Distinct();
                files.Append(CultureInfo.InvariantCulture, $"\n-- content/conferences/c{c}/talks/t{t:00}.md --\n---\ntitle: Talk {c}.{t}\nspeakers: [{string.Join(", ", speakers)}]\ntopics: [{string.Join(", ", topics)}]\n---\n");
            }
        }

        using var site = TestSite.Create(files.ToString());
        var model = Site.Load(new SiteOptions { Source = site.Root }, new DiagnosticBag()).Model!;

        var newest = model.Talks.OrderByDescending(t => t.Date).ThenBy(t => t.Conference.Slug, StringComparer.Ordinal).ThenBy(t => t.Number).ToList();
        Assert.Multiple(() =>
        {
            foreach (var talk in model.Talks)
            {
                var expected = newest
                    .Where(o => o != talk)
                    .Select(o => (Talk: o, Speakers: o.Speakers.Intersect(talk.Speakers).Count(), Topics: o.Topics.Intersect(talk.Topics).Count()))
                    .Where(o => o.Speakers + o.Topics > 0)
                    .OrderByDescending(o => o.Speakers)
                    .ThenByDescending(o => o.Topics)
                    .ThenBy(o => newest.IndexOf(o.Talk))
                    .Take(RelatedTalks.Limit)
                    .Select(o => o.Talk.Title);
                Assert.That(talk.Related.Select(t => t.Title), Is.EqualTo(expected), talk.Title);
            }
        });
        Assert.That(model.Talks.Count(t => t.Related.Count == RelatedTalks.Limit), Is.GreaterThan(20), "the site has talks enough to rank");
    }
}
