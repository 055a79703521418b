namespace Recap.Tests.Support;

public sealed class TestCasesTests
{
    [Test]
    public void SourceWithNoCasesThrowsSoThatItsTestFails()
    {
        Assert.That(
            () => Array.Empty<TestCaseData>().AtLeastOne("Specs/empty.md").ToList(),
            Throws.InvalidOperationException.With.Message.EqualTo("The test source found no cases in Specs/empty.md."));
    }

    [Test]
    public void SourceWithCasesYieldsThemAll()
    {
        Assert.That(new[] { 1, 2, 3 }.AtLeastOne("a list"), Is.EqualTo(new[] { 1, 2, 3 }));
    }
}
