namespace Recap;

/// <summary>What a build did: counts for the summary line and the time of each step.</summary>
public sealed record BuildResult
{
    public required bool Succeeded { get; init; }

    public int Pages { get; init; }

    public int Files { get; init; }

    /// <summary>Atom feeds written: the site's, and one per conference, speaker and topic.</summary>
    public int Feeds { get; init; }

    /// <summary>Pages at old URLs (<c>redirect_from:</c>) that send readers on to the page that moved.</summary>
    public int Redirects { get; init; }

    /// <summary>Social cards drawn in this build.</summary>
    public int CardsDrawn { get; init; }

    /// <summary>Social cards taken unchanged from the cache of an earlier build.</summary>
    public int CardsReused { get; init; }

    /// <summary>Smaller copies of the site's images resized in this build.</summary>
    public int ImagesResized { get; init; }

    /// <summary>Smaller copies of images taken unchanged from the cache of an earlier build.</summary>
    public int ImagesReused { get; init; }

    /// <summary>
    /// The characters of the social cards that no font draws, neither Recap's nor the machine's, in
    /// code point order: the cards show them as boxes, on this machine only.
    /// </summary>
    public IReadOnlyList<int> CharactersWithoutFont { get; init; } = [];

    /// <summary>With <see cref="SiteOptions.DeferCards"/>, the cards this build left out because the cache did not hold them yet.</summary>
    internal IReadOnlyList<Model.CardOutput> PendingCards { get; init; } = [];

    /// <summary>Every file written, as a path in the output folder, in order.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Files a rebuild deleted because the site no longer has them.</summary>
    public IReadOnlyList<string> Deleted { get; init; } = [];

    public int Conferences { get; init; }

    public int Talks { get; init; }

    public int Speakers { get; init; }

    public int Topics { get; init; }

    public long ElapsedMilliseconds { get; init; }

    public IReadOnlyList<StepTiming> Steps { get; init; } = [];
}

/// <summary>How long one step of a build took.</summary>
public sealed record StepTiming(string Step, long Milliseconds);
