namespace Recap.Tests.Markdown;

/// <summary>One example of a spec file: its name, the Markdown, and the HTML expected for it.</summary>
internal sealed record SpecExample(string Name, string Markdown, string Html);
