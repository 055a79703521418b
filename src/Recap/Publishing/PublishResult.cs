namespace Recap.Publishing;

/// <summary>What <see cref="GitPublisher.Publish"/> did.</summary>
/// <param name="Commit">The commit the branch points to now.</param>
/// <param name="Published">False when the branch held this exact site already: nothing was committed or pushed.</param>
/// <param name="Warnings">Things the user should know that did not stop publishing.</param>
internal sealed record PublishResult(string Commit, bool Published, IReadOnlyList<string> Warnings);
