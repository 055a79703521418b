using Recap.Content;

namespace Recap.Model;

/// <summary>One talk of a conference.</summary>
public sealed class Talk
{
    internal Talk(SourceDocument<TalkFrontMatter> source) => Source = source;

    public required Conference Conference { get; init; }

    public string SourcePath => Source.Path;

    public string Title => Source.FrontMatter.Title;

    public TalkFrontMatter FrontMatter => Source.FrontMatter;

    public required string Slug { get; init; }

    public required string SitePath { get; init; }

    public TalkFormat Format => FrontMatter.Format ?? TalkFormat.Talk;

    /// <summary>The talk's own date, or the conference's start.</summary>
    public PartialDate? Date => FrontMatter.Date ?? Conference.FrontMatter.Start;

    /// <summary>Only built with <c>--drafts</c>: marked <c>draft: true</c>, or a talk of a draft conference.</summary>
    public bool IsDraft => FrontMatter.Draft || Conference.IsDraft;

    /// <summary>Position in the programme, from 1.</summary>
    public int Number { get; internal set; }

    public string? Summary { get; internal set; }

    /// <summary>The talk's own image, from <c>image:</c>.</summary>
    public ImageFile? Image { get; internal set; }

    public int ReadingMinutes { get; internal set; }

    public IReadOnlyList<Speaker> Speakers { get; internal set; } = [];

    public IReadOnlyList<Topic> Topics { get; internal set; } = [];

    public Talk? Previous { get; internal set; }

    public Talk? Next { get; internal set; }

    /// <summary>The file as last read: <c>recap serve</c> swaps in a new one when only its body changed.</summary>
    internal SourceDocument<TalkFrontMatter> Source { get; set; }
}
