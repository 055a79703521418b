using Recap.Text;

namespace Recap.Content;

/// <summary>One of a talk's <c>links:</c>: a title and a URL, or a title alone for a reference that is not a URL.</summary>
public sealed class TalkLink : BoundRecord
{
    [RequiredKey]
    public string Title { get; init; } = string.Empty;

    public SafeUrl? Url { get; init; }
}
