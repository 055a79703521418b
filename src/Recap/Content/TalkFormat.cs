namespace Recap.Content;

/// <summary>The kind of session. The order here is the order of the groups on a conference page.</summary>
public enum TalkFormat
{
    Keynote,
    Talk,
    Lightning,
    Workshop,
    Panel,
}
