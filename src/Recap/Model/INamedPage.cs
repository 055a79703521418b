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

    /// <summary>Where the defining file writes <c>slug:</c>, for a clash to point at; null when it does not.</summary>
    SourceLocation? SlugLocation { get; }
}
