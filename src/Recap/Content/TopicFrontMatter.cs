namespace Recap.Content;

/// <summary>Front matter of <c>topics/&lt;topic&gt;.md</c>.</summary>
public sealed class TopicFrontMatter : BoundRecord
{
    public string? Name { get; init; }

    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    public string? Description { get; init; }
}
