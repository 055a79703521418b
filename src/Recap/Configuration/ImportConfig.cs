using Recap.Content;
using Recap.Diagnostics;
using Recap.Scaffolding;

namespace Recap.Configuration;

/// <summary>
/// The <c>import:</c> mapping of site.yml. <c>formats</c> maps a programme's session types to talk
/// formats (<c>"Talk 30 min": talk</c>, <c>BoF: panel</c>), checked before the built-in rules:
/// a type matches when it contains the key, ignoring case.
/// </summary>
public sealed class ImportConfig : BoundRecord
{
    public IReadOnlyDictionary<string, string> Formats { get; init; } = new Dictionary<string, string>();

    internal override void CheckValues(DiagnosticBag diagnostics, BindingCodes codes)
    {
        foreach (var (type, format) in Formats)
        {
            if (!FieldHints.Formats.Contains(format.Trim().ToLowerInvariant()))
            {
                diagnostics.Error(codes.InvalidValue, LocationOf("formats"), $"import.formats maps '{type}' to '{format}', which is not a format (expected {string.Join(", ", FieldHints.Formats)})");
            }
        }
    }
}
