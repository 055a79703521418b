namespace Recap.Themes.Views;

/// <summary>Speakers whose names start with one letter, for the speakers index.</summary>
public sealed record LetterGroupView(string Letter, IReadOnlyList<SpeakerView> Speakers)
{
    /// <summary>An id for the group's heading: <c>letter-a</c>, <c>letter-п</c>, or <c>letter-other</c> for the names of no alphabet's letter.</summary>
    public string Id => "letter-" + (Letter == "#" ? "other" : Letter.ToLowerInvariant());
}
