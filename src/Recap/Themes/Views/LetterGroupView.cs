namespace Recap.Themes.Views;

/// <summary>Speakers whose names start with one letter, for the speakers index.</summary>
public sealed record LetterGroupView(string Letter, IReadOnlyList<SpeakerView> Speakers)
{
    /// <summary>An id for the group's heading: <c>letter-a</c>, <c>letter-п</c>, or <c>letter-other</c> for the names of no alphabet's letter.</summary>
    public string Id => "letter-" + (Letter == "#" ? "other" : Letter.ToLowerInvariant());

    /// <summary>
    /// The URL of the page of the speakers index the group starts on, when the index is split
    /// (<c>options.speakers_per_page</c>) and that is another page than the one shown; else empty.
    /// </summary>
    public string PageUrl { get; init; } = string.Empty;

    /// <summary>Where the group's heading is: <c>#letter-a</c> on the page that shows it, <c>/speakers/page/2/#letter-k</c> from another.</summary>
    public string Url => PageUrl + "#" + Id;
}
