using Recap.Content;

namespace Recap.Configuration;

/// <summary>
/// URL patterns per page kind. Placeholders: <c>:conference</c>, <c>:talk</c>, <c>:speaker</c>,
/// <c>:topic</c>, <c>:page</c>, <c>:year</c> (the conference's start year).
/// </summary>
public sealed class PermalinkConfig : BoundRecord
{
    public string Conference { get; init; } = "/:conference/";

    public string Talk { get; init; } = "/:conference/:talk/";

    public string Speaker { get; init; } = "/speakers/:speaker/";

    public string Topic { get; init; } = "/topics/:topic/";

    public string Page { get; init; } = "/:page/";

    public string Conferences { get; init; } = "/conferences/";

    public string Speakers { get; init; } = "/speakers/";

    public string Topics { get; init; } = "/topics/";
}
