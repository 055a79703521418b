using Recap.Content;
using Recap.Diagnostics;

namespace Recap.Model;

/// <summary>A speaker or a topic: a page a file may define, or that talks create by naming it.</summary>
internal interface INamedPage
{
    string Name { get; }

    string Slug { get; set; }

    string SitePath { get; set; }

    SourceLocation DefinedAt { get; }

    string? SourcePath { get; }

    BoundRecord? FrontMatter { get; }
}
