using SiteGen.Compute;
using System.Globalization;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// Reads a YAML mapping of known keys with their types: an unknown key is a warning with a
/// suggestion, a value of the wrong type is an error at the value. Used for site.yml, front
/// matter and directive options alike.
/// </summary>
public sealed class SettingsReader(YamlMappingNode mapping, SourceFile file, int firstLine, int firstColumn,
    DiagnosticBag diagnostics, string what)
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = Index(mapping);

    public SourceLocation LocationOf(YamlNode node) => YamlText.Locate(file, node.Start, firstLine, firstColumn);

    public void WarnAboutUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (known.Contains(name)) continue;
            diagnostics.Report(DiagnosticCodes.UnknownKey,
                $"unknown {what} key '{name}'{Suggestions.DidYouMean(name, known)}", LocationOf(key));
        }
    }

    public string? String(string key)
    {
        if (Scalar(key, "text") is not { } scalar) return null;
        return scalar.Value ?? "";
    }

    public int? Integer(string key)
    {
        if (Scalar(key, "a whole number") is not { } scalar) return null;
        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        TypeError(key, scalar, "a whole number");
        return null;
    }

    /// <summary>A whole number too large for an int, such as a budget counted in billions.</summary>
    public long? Long(string key)
    {
        if (Scalar(key, "a whole number") is not { } scalar) return null;
        if (long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        TypeError(key, scalar, "a whole number");
        return null;
    }

    public bool? Boolean(string key)
    {
        if (Scalar(key, "true or false") is not { } scalar) return null;
        switch (scalar.Value)
        {
            case "true" or "True" or "yes": return true;
            case "false" or "False" or "no": return false;
            default: TypeError(key, scalar, "true or false"); return null;
        }
    }

    public void Require(string key)
    {
        if (_entries.ContainsKey(key)) return;
        diagnostics.Report(DiagnosticCodes.RequiredKeyMissing, $"{what} needs a '{key}'", file.At(firstLine, firstColumn));
    }

    public void Invalid(string key, string message)
    {
        if (_entries.TryGetValue(key, out var entry))
            diagnostics.Report(DiagnosticCodes.InvalidValue, message, LocationOf(entry.Value));
    }

    private YamlScalarNode? Scalar(string key, string expected)
    {
        if (!_entries.TryGetValue(key, out var entry)) return null;
        if (entry.Value is YamlScalarNode scalar)
        {
            // An unquoted empty value or ~ means "not set", as in YAML itself.
            if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null") return null;
            return scalar;
        }
        TypeError(key, entry.Value, expected);
        return null;
    }

    private void TypeError(string key, YamlNode value, string expected)
    {
        var found = value switch
        {
            YamlSequenceNode => "a list",
            YamlMappingNode => "a mapping",
            YamlScalarNode s => $"'{s.Value}'",
            _ => "something else",
        };
        diagnostics.Report(DiagnosticCodes.WrongType, $"'{key}' must be {expected}, not {found}", LocationOf(value));
    }

    private static Dictionary<string, (YamlNode, YamlNode)> Index(YamlMappingNode mapping)
    {
        var entries = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
            if (key is YamlScalarNode { Value: { } name }) entries[name] = (key, value);
        return entries;
    }
}
