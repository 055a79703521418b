namespace Recap.Checks;

/// <summary>What kind of place a URL points to.</summary>
internal enum LinkTargetKind
{
    /// <summary>A file of the output folder (which may not exist).</summary>
    Internal,

    /// <summary>Another host: not checked.</summary>
    External,

    /// <summary>Not http or https (<c>mailto:</c>, <c>data:</c>, ...): not checked.</summary>
    NotChecked,

    /// <summary>The site's host, but not under its base path.</summary>
    OutsideBasePath,

    /// <summary>A decoded path that climbs out of the output folder.</summary>
    OutsideOutput,

    /// <summary>Not a URL at all.</summary>
    Invalid,
}
