using Recap.Diagnostics;

namespace Recap.Checks;

/// <summary>What the checks need from one built page, read in one pass over its elements.</summary>
internal sealed class PageScan
{
    /// <summary>The file, relative to the output folder, with <c>/</c>: <c>dotscale-2018/index.html</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Where diagnostics about the page as a whole point: its <c>&lt;head&gt;</c>, or else the file.</summary>
    public required SourceLocation Head { get; init; }

    /// <summary>Every <c>id</c>, and every <c>name</c> of an <c>&lt;a&gt;</c>: what a <c>#fragment</c> may name.</summary>
    public required IReadOnlySet<string> Anchors { get; init; }

    public required IReadOnlyList<PageReference> References { get; init; }

    /// <summary>The <c>href</c> of <c>&lt;base&gt;</c>, which relative URLs resolve against instead of the page's URL.</summary>
    public string? BaseHref { get; init; }

    /// <summary>The text of <c>&lt;title&gt;</c>, whitespace collapsed.</summary>
    public PageValue? Title { get; init; }

    public PageValue? Description { get; init; }

    public PageValue? Canonical { get; init; }

    public PageValue? PreviewImage { get; init; }

    /// <summary>The <c>content</c> of <c>&lt;meta http-equiv="refresh"&gt;</c>: a page that sends readers on to another (a <c>redirect_from</c>).</summary>
    public PageValue? Refresh { get; init; }
}
