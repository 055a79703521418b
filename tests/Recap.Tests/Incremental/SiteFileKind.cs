namespace Recap.Tests.Incremental;

/// <summary>How a <see cref="SiteFile"/> is written.</summary>
internal enum SiteFileKind
{
    /// <summary>Front matter between <c>---</c> lines, then a body.</summary>
    Markdown,

    /// <summary>Keys only: site.yml.</summary>
    Yaml,

    Text,

    Binary,
}
