namespace Recap.Tests.Incremental;

/// <summary>One edit of a <see cref="RebuildScenario"/>, numbered from 1, with the paths it changed.</summary>
internal sealed record RebuildStep(int Number, EditResult Edit, IReadOnlyList<string> Changed)
{
    public override string ToString() =>
        $"{Number,2}. {Edit.Description}\n    changed: {(Changed.Count == 0 ? "nothing" : string.Join(", ", Changed))}";
}
