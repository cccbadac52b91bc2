using SiteGen.Compute;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives;

/// <summary>
/// An option as written: `:name: text`, or a key of a YAML options block, whose
/// <see cref="Origin"/> locates the nodes nested in its value.
/// </summary>
public sealed record RawOption(string Name, SourceLocation NameAt, string? Text, YamlNode? Node, SourceLocation ValueAt,
    YamlOrigin? Origin = null);

/// <summary>A directive's options, checked against its declarations and typed.</summary>
public sealed class DirectiveOptions
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlOrigin> _origins = new(StringComparer.Ordinal);

    public static readonly DirectiveOptions Empty = new();

    public bool IsSet(string name) => _locations.ContainsKey(name);
    public SourceLocation? LocationOf(string name) => _locations.TryGetValue(name, out var at) ? at : null;

    public string? Text(string name) => _values.GetValueOrDefault(name) as string;
    public int? Integer(string name) => _values.GetValueOrDefault(name) as int?;
    public double? Number(string name) => _values.GetValueOrDefault(name) as double?;
    public bool Boolean(string name) => _values.GetValueOrDefault(name) as bool? ?? false;
    public YamlNode? Structured(string name) => _values.GetValueOrDefault(name) as YamlNode;

    /// <summary>Where a node nested in option <paramref name="name"/>'s YAML value was written.</summary>
    public SourceLocation Locate(string name, YamlNode node) =>
        _origins.TryGetValue(name, out var origin) ? origin.Locate(node) : _locations[name];

    /// <summary>Checks raw options against the declared ones; bad ones are reported and left out.</summary>
    public static DirectiveOptions Bind(string directive, IReadOnlyList<OptionSpec> specs, IReadOnlyList<RawOption> raw,
        SourceLocation directiveAt, DiagnosticBag diagnostics, bool optionsUnreadable = false)
    {
        var options = new DirectiveOptions();
        foreach (var spec in specs) options._values[spec.Name] = spec.Default;
        var names = specs.Select(s => s.Name).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in raw)
        {
            if (!seen.Add(option.Name))
            {
                diagnostics.Report(DiagnosticCodes.BadOptionValue, $"option '{option.Name}' is given twice", option.NameAt);
                continue;
            }
            var spec = specs.FirstOrDefault(s => s.Name == option.Name);
            if (spec is null)
            {
                var known = names.Length == 0 ? "it takes no options" : "it takes " + string.Join(", ", names);
                var hint = Suggestions.Closest(option.Name, names) is { } near ? $"did you mean '{near}'?" : known;
                diagnostics.Report(DiagnosticCodes.UnknownOption,
                    $"unknown option '{option.Name}' for directive '{directive}'; {hint}", option.NameAt);
                continue;
            }
            if (Convert(spec, option, diagnostics, out var value))
            {
                options._values[spec.Name] = value;
                options._locations[spec.Name] = option.ValueAt;
                if (option.Origin is { } origin) options._origins[spec.Name] = origin;
            }
        }
        // Options hidden by a YAML error are not missing: the YAML error is the one cause.
        foreach (var spec in specs.Where(s => s.Required && !optionsUnreadable && !options._locations.ContainsKey(s.Name)))
            diagnostics.Report(DiagnosticCodes.MissingOption,
                $"directive '{directive}' needs the option ':{spec.Name}:' ({spec.Doc})", directiveAt);
        return options;
    }

    private static bool Convert(OptionSpec spec, RawOption option, DiagnosticBag diagnostics, out object? value)
    {
        value = null;
        if (spec.Kind == OptionKind.Structured)
        {
            value = option.Node ?? new YamlScalarNode(option.Text ?? "");
            return true;
        }
        var text = option.Text ?? (option.Node as YamlScalarNode)?.Value;
        if (text is null) return Fail(spec, option, "a list or mapping", diagnostics);
        text = text.Trim();
        switch (spec.Kind)
        {
            case OptionKind.Text:
                value = text;
                return true;
            case OptionKind.Integer when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                if (spec.Range is var (min, max) && (i < min || i > max))
                {
                    diagnostics.Report(DiagnosticCodes.BadOptionValue, $"option '{spec.Name}' must be a whole number from {min} to {max}, not {i}",
                        option.ValueAt);
                    return false;
                }
                value = i;
                return true;
            case OptionKind.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                value = d;
                return true;
            case OptionKind.Boolean when text is "" or "true" or "false":
                value = text != "false";  // a bare `:hidden:` flag means true, as in MyST
                return true;
            case OptionKind.Choice when spec.Choices!.Contains(text):
                value = text;
                return true;
            case OptionKind.Choice:
                diagnostics.Report(DiagnosticCodes.BadOptionValue,
                    $"option '{spec.Name}' must be one of {string.Join(", ", spec.Choices!)}, not '{text}'" +
                    Suggestions.DidYouMean(text, spec.Choices!), option.ValueAt);
                return false;
            default:
                return Fail(spec, option, $"'{text}'", diagnostics);
        }
    }

    private static bool Fail(OptionSpec spec, RawOption option, string found, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCodes.BadOptionValue, $"option '{spec.Name}' must be {Article(spec)}{spec.TypeName}, not {found}",
            option.ValueAt);
        return false;
    }

    private static string Article(OptionSpec spec) => spec.Kind is OptionKind.Integer or OptionKind.Number ? "a " : "";
}
