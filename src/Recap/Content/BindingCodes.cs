using Recap.Diagnostics;

namespace Recap.Content;

/// <summary>Which codes a binding reports: front matter uses RC01xx, site.yml RC04xx.</summary>
internal sealed record BindingCodes(string UnknownKey, string MissingField, string WrongType, string InvalidValue, string DuplicateKey, string UnsafeUrl)
{
    public static BindingCodes FrontMatter { get; } = new(
        DiagnosticCodes.UnknownKey, DiagnosticCodes.MissingField, DiagnosticCodes.WrongType, DiagnosticCodes.InvalidValue, DiagnosticCodes.DuplicateKey, DiagnosticCodes.UnsafeUrl);

    public static BindingCodes Configuration { get; } = new(
        DiagnosticCodes.UnknownConfigKey, DiagnosticCodes.InvalidConfigValue, DiagnosticCodes.InvalidConfigValue, DiagnosticCodes.InvalidConfigValue, DiagnosticCodes.InvalidConfigValue, DiagnosticCodes.InvalidConfigValue);
}
