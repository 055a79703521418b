namespace Recap.Themes.Views;

/// <summary>Speakers whose names start with one letter, for the speakers index.</summary>
public sealed record LetterGroupView(string Letter, IReadOnlyList<SpeakerView> Speakers);
