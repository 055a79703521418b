using System.Collections.ObjectModel;
using Recap.Content;
using Recap.Text;

namespace Recap.Model;

/// <summary>A person who gave talks: from a speaker file, or only named by talks.</summary>
public sealed class Speaker : INamedPage
{
    internal Speaker(SourceDocument<SpeakerFrontMatter>? source)
    {
        Source = source;
        Extra = source?.FrontMatter.Extra ?? ReadOnlyDictionary<string, object?>.Empty;
    }

    public required string Name { get; init; }

    public string Slug { get; internal set; } = string.Empty;

    public string SitePath { get; internal set; } = string.Empty;

    /// <summary>The file that defines it, or the first talk that names it.</summary>
    public required Diagnostics.SourceLocation DefinedAt { get; init; }

    public string? SourcePath => Source?.Path;

    /// <summary>What the speakers index sorts by: <c>sort_name:</c>, else the family name first where one can be told (<see cref="Text.PersonName.SortKey"/>).</summary>
    public string SortName => Source?.FrontMatter.SortName ?? Text.PersonName.SortKey(Name);

    /// <summary>Where the speaker works, from <c>company:</c>.</summary>
    public string? Company => Source?.FrontMatter.Company;

    /// <summary>The speaker's job title, from <c>role:</c>.</summary>
    public string? Role => Source?.FrontMatter.Role;

    /// <summary>Accounts and website, from <c>links:</c>; null without a speaker file or the key.</summary>
    public ProfileLinks? Links => Source?.FrontMatter.Links;

    /// <summary>The speaker's website, from <c>links: website:</c>: a path resolved to its page's or file's URL.</summary>
    public SafeUrl? Website => NamedLinks[Links?.Website];

    /// <summary>The path the website may be, resolved (<see cref="LinkResolver.ResolveNamed"/>).</summary>
    internal NamedLinks NamedLinks { get; set; } = NamedLinks.None;

    /// <summary>Values of the extra keys the theme declared in its theme.yml; empty without a speaker file.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; }

    /// <summary>Whether a speaker file gives a bio: its body is not empty.</summary>
    public bool HasBio => Source is { WordCount: > 0 };

    /// <summary>The speaker's photo, from <c>avatar:</c>, sized.</summary>
    public ImageFile? Avatar { get; internal set; }

    public string? AvatarUrl => Avatar?.Url;

    /// <summary>The preview image the speaker file sets, from <c>image:</c>.</summary>
    public ImageFile? Image { get; internal set; }

    /// <summary>Every talk, newest first.</summary>
    public IReadOnlyList<Talk> Talks { get; internal set; } = [];

    internal SourceDocument<SpeakerFrontMatter>? Source { get; }

    string INamedPage.Slug { get => Slug; set => Slug = value; }

    string INamedPage.SitePath { get => SitePath; set => SitePath = value; }

    Diagnostics.SourceLocation? INamedPage.SlugLocation => Source?.FrontMatter.WrittenLocationOf("slug");
}
