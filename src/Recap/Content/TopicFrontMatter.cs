namespace Recap.Content;

/// <summary>Front matter of <c>topics/&lt;topic&gt;.md</c>.</summary>
public sealed class TopicFrontMatter : BoundRecord
{
    [OtherNames("title")]
    public string? Name { get; init; }

    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    /// <summary>Old URLs of the page (<c>/old-title/</c>), each written as a page that sends readers on to it.</summary>
    [OtherNames("redirects")]
    public IReadOnlyList<Located<string>> RedirectFrom { get; init; } = [];

    /// <summary>Names that look like this one's but are not it: no "did you mean" warning suggests it for them.</summary>
    public IReadOnlyList<Located<string>> Distinct { get; init; } = [];

    [OtherNames("summary")]
    public string? Description { get; init; }
}
