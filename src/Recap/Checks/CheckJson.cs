using System.Text.Encodings.Web;
using System.Text.Json;
using Recap.Diagnostics;

namespace Recap.Checks;

/// <summary>
/// What <c>recap check --format json</c> writes: the counts and every diagnostic, for scripts. Its
/// shape is documented in the README with its <c>version</c>: keys are only ever added.
/// </summary>
internal static class CheckJson
{
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(CheckResult result, DiagnosticBag diagnostics, string output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("output", output);
            json.WriteString("base_url", result.BaseUrl);
            json.WriteNumber("pages", result.Pages);
            json.WriteNumber("links", result.Links);
            json.WriteNumber("errors", diagnostics.ErrorCount);
            json.WriteNumber("warnings", diagnostics.WarningCount);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics.Sorted())
            {
                json.WriteStartObject();
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                if (diagnostic.Location is { } location)
                {
                    json.WriteString("path", location.Path);
                    WriteNumberOrNull(json, "line", location.HasPosition ? location.Line : null);
                    WriteNumberOrNull(json, "column", location.HasPosition ? Math.Max(location.Column, 1) : null);
                }
                else
                {
                    json.WriteNull("path");
                    json.WriteNull("line");
                    json.WriteNull("column");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
