namespace Recap.Checks;

/// <summary>What <c>recap check</c> looked at, for its summary line.</summary>
public sealed record CheckResult
{
    /// <summary>HTML pages read.</summary>
    public int Pages { get; init; }

    /// <summary>Links and assets that point into the site and were followed.</summary>
    public int Links { get; init; }

    /// <summary>The base URL links were resolved against: given, inferred from the home page, or from site.yml.</summary>
    public required string BaseUrl { get; init; }

    public long ElapsedMilliseconds { get; init; }
}
