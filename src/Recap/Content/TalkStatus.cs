namespace Recap.Content;

/// <summary>Whether a talk took place as programmed; an import marks a talk that left the programme as cancelled.</summary>
public enum TalkStatus
{
    Scheduled,
    Cancelled,
}
