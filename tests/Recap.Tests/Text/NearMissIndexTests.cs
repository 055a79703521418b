using Recap.Text;

namespace Recap.Tests.Text;

/// <summary>The index finds the same near misses as comparing every pair would, without comparing every pair.</summary>
public sealed class NearMissIndexTests
{
    [TestCase("yaroslav-tkachencko", "yaroslav-tkachenko")]
    [TestCase("karen-tracy", "karen-tracey")]
    [TestCase("jannis-leidl", "jannis-leidel")]
    [TestCase("kubernets", "kubernetes")]
    [TestCase("kuberentes", "kubernetes")]
    [TestCase("kuberentis", "kubernetes")]
    [TestCase("karin-tracey", "karen-tracy")]
    [TestCase("a-dsitributd", "a-distributed")]
    [TestCase("unittesting", "unit-testing")]
    public void ATypoOfAKnownNameFindsIt(string typo, string known)
    {
        var index = new NearMissIndex();
        foreach (var name in new[] { "ada-lovelace", known, "grace-hopper" })
        {
            index.Add(name);
        }

        Assert.That(index.Closest(typo), Is.EqualTo(known));
    }

    [TestCase("realtime-storage", "reactive-storage")]
    [TestCase("dan", "don")]
    [TestCase("unsupervised-learning", "supervised-learning")]
    [TestCase("supervised-learning", "unsupervised-learning")]
    [TestCase("non-blocking-io", "blocking-io")]
    [TestCase("deserialization", "serialization")]
    [TestCase("open-source-deployment-2", "open-source-deployment")]
    [TestCase("kafka", "kafka-2")]
    [TestCase("source-deployment", "open-source-deployment")]
    public void NamesTooDifferentForTheirLengthAreNotNearMisses(string name, string other)
    {
        var index = new NearMissIndex();
        index.Add(other);

        Assert.That(index.Closest(name), Is.Null);
    }

    /// <summary>Against the plain pairwise search, on thousands of names and typos made from them.</summary>
    [Test]
    public void FindsWhatComparingEveryPairFinds()
    {
        var random = new Random(20261202);
        const string letters = "abcdefghijklmnopqrstuvwxyzéøß";
        string Word() => new([.. Enumerable.Range(0, random.Next(2, 12)).Select(_ => letters[random.Next(letters.Length)])]);
        string Typo(string name)
        {
            var chars = name.ToList();
            for (var edits = random.Next(1, 4); edits > 0 && chars.Count > 1; edits--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(4))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, letters[random.Next(letters.Length)]); break;
                    case 2: chars[at] = letters[random.Next(letters.Length)]; break;
                    default:
                        if (at + 1 < chars.Count)
                        {
                            (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                        }

                        break;
                }
            }

            return new string([.. chars]);
        }

        var index = new NearMissIndex();
        var known = new List<string>();
        var found = 0;
        for (var i = 0; i < 2000; i++)
        {
            var name = Word() + "-" + Word();
            index.Add(name);
            known.Add(name);
            foreach (var query in new[] { Typo(known[random.Next(known.Count)]), Word() + "-" + Word() })
            {
                var expected = Spelling.Closest(query, known);
                Assert.That(index.Closest(query), Is.EqualTo(expected), $"'{query}' among {known.Count} names");
                found += expected is null ? 0 : 1;
            }
        }

        Assert.That(found, Is.GreaterThan(100), "the names and typos make enough near misses to compare");
    }

    [Test]
    public void ANameLongerThanTheLimitIsNeitherIndexedNorChecked()
    {
        var index = new NearMissIndex();
        var longName = new string('a', NearMissIndex.MaxLength + 1);
        index.Add(longName);

        Assert.That(index.Closest(longName + "b"), Is.Null);
        Assert.That(index.Closest(longName), Is.Null);
    }
}
