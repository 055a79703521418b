namespace Recap.Themes.Views;

/// <summary>Speakers whose names start with one letter, for the speakers index.</summary>
public sealed record LetterGroupView(string Letter, IReadOnlyList<SpeakerView> Speakers)
{
    /// <summary>An id for the group's heading: <c>letter-a</c>, or <c>letter-other</c> for names that do not start with a Latin letter.</summary>
    public string Id => "letter-" + (char.IsAsciiLetter(Letter[0]) ? Letter.ToLowerInvariant() : "other");
}
