using Recap.Content;

namespace Recap.Configuration;

/// <summary>
/// The <c>distinct:</c> mapping of site.yml: names that were checked and are not the names they
/// look like, so no "did you mean" warning suggests one for another. For names without a file;
/// a speaker or topic file says the same of itself with its own <c>distinct:</c> list.
/// </summary>
public sealed class DistinctConfig : BoundRecord
{
    [MaxItems(DistinctConfig.MaxNames)]
    public IReadOnlyList<Located<string>> Speakers { get; init; } = [];

    [MaxItems(DistinctConfig.MaxNames)]
    public IReadOnlyList<Located<string>> Topics { get; init; } = [];

    /// <summary>An archive can have thousands of names, and hundreds of look-alikes among them.</summary>
    internal const int MaxNames = 10_000;
}
