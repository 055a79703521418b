namespace Recap.Browser.Tests;

/// <summary>
/// Says once, for the whole run, why there is no browser. The tests that need one are skipped
/// then (<see cref="BrowserTestRun.Browser"/>), so a missing Chromium is one failure with one
/// message, not the same message under every test.
/// </summary>
public sealed class ChromiumTests
{
    [Test]
    public void DebiansChromiumStarts()
    {
        if (BrowserTestRun.BrowserProblem is { } problem)
        {
            Assert.Fail(problem);
        }

        Assert.That(BrowserTestRun.Browser.IsConnected, Is.True);
    }
}
