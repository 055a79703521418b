using Recap.Text;

namespace Recap.Tests.Text;

public sealed class PersonNameTests
{
    [TestCase("Ada Lovelace", "Lovelace, Ada")]
    [TestCase("Vincent van Gogh", "Gogh, Vincent van")]
    [TestCase("Charles de Gaulle", "Gaulle, Charles de")]
    [TestCase("Martin Luther King Jr.", "King, Martin Luther Jr.")]
    [TestCase("Martin Luther King, Jr.", "King, Martin Luther Jr.")]
    [TestCase("Tim (文昌) Hsu", "Hsu, Tim")]
    [TestCase("Алексей Петров", "Петров, Алексей")]
    [TestCase("Janis", "Janis")]
    [TestCase("  Janis  ", "Janis")]
    [TestCase("王小明", "王小明")]
    [TestCase("山田 太郎", "山田 太郎")]
    [TestCase("김민준", "김민준")]
    [TestCase("姜韋辰 Daniel", "姜韋辰 Daniel")]
    public void SortKeyPutsTheFamilyNameFirstWhereOneCanBeTold(string name, string key) =>
        Assert.That(PersonName.SortKey(name), Is.EqualTo(key));

    [Test]
    public void ComparerIgnoresCaseAndDiacritics()
    {
        var comparer = PersonName.Comparer("en");
        Assert.That(comparer.Compare("Ångström, Zoë", "angstrom, zoe"), Is.Zero);
        Assert.That(new[] { "Eng, Bob", "Émond, Anna", "ellis, carl" }.Order(comparer), Is.EqualTo(new[] { "ellis, carl", "Émond, Anna", "Eng, Bob" }));
    }
}
