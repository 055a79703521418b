namespace Recap.Content;

/// <summary>The kind of session. The order here is the order of <c>conference.groups</c>, for themes that group talks by format.</summary>
public enum TalkFormat
{
    Keynote,
    Talk,
    Lightning,
    Workshop,
    Panel,
}
