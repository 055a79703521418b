namespace Recap.Tests.Incremental;

/// <summary>A talk file as numbers, each picking a value from its pool in <see cref="SiteVocabulary"/>.</summary>
internal sealed record TalkChoices(
    int Title,
    int Speakers,
    int Topics,
    int Format,
    int Order,
    int Date,
    int Image,
    int Slug,
    int Draft,
    int Body,
    int SecondParagraph);
