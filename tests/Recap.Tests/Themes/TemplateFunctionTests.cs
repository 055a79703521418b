using Recap.Tests.Support;
using Recap.Themes;

namespace Recap.Tests.Themes;

/// <summary>Every example registered next to a template function renders as documented.</summary>
public sealed class TemplateFunctionTests
{
    public static IEnumerable<TestCaseData> Examples() =>
        TemplateFunctions.Examples
            .Select(e => new TestCaseData(e.Template, e.Expected).SetName(e.Template))
            .AtLeastOne("TemplateFunctions.Examples");

    [TestCaseSource(nameof(Examples))]
    public void ExampleRendersAsDocumented(string template, string expected)
    {
        using var site = Render(template);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.ReadFile("404.html").Trim(), Is.EqualTo(expected));
    }

    /// <summary>A missing value reaches a function as its type's default, as Scriban gives one: no crash.</summary>
    [TestCase("{{ null | pluralize \"talk\" }}", "0 talks")]
    [TestCase("{{ null | raw }}|", "|")]
    public void MissingValueIsTheDefaultOfTheParameterType(string template, string expected)
    {
        using var site = Render(template);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.ReadFile("404.html").Trim(), Is.EqualTo(expected));
    }

    private static TestSite Render(string template) =>
        TestSite.Build(
            """
            -- content/site.yml --
            title: Functions
            -- layouts/base.html --
            {{ content }}
            -- layouts/404.html --
            """ + "\n" + template,
            "--base-url",
            "https://example.org/recaps/");
}
