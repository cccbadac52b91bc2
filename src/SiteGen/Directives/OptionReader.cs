using System.Globalization;
using SiteGen.Compute.Evaluation;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives;

/// <summary>
/// Reads a directive's structured options: numbers and ranges written as expressions of the
/// lesson (`x: [-2*pi, 2*pi]`), curves as expressions of x (or x and y), lists of points.
/// Every problem is reported at the line and column of the YAML node that caused it.
/// </summary>
public sealed class OptionReader(DirectiveBlock block, PageComputeContext context)
{
    public DirectiveOptions Options => block.Options;
    public Scope Scope { get; } = context.State<LessonScope>().Names;
    public DiagnosticBag Diagnostics => context.Diagnostics;
    /// <summary>The page being computed: its runs and other state, for options that name them.</summary>
    public PageComputeContext Context => context;
    public bool Failed { get; private set; }

    public SourceLocation Locate(OptionSpec option, YamlNode node) => block.Options.Locate(option, node);
    public SourceLocation At(OptionSpec option) => block.Options.LocationOf(option) ?? block.At;

    public void Report(string code, string message, SourceLocation at)
    {
        Failed = true;
        Diagnostics.Report(code, message, at);
    }

    /// <summary>The most items a list of a figure's parts (series, tangents, points, paths, columns) may have: more could not be told apart.</summary>
    public const int MaxItems = 100;

    /// <summary>The most numbers a list of numbers may hold (a table's rows, a chart's bars).</summary>
    public const int MaxNumbers = 10_000;

    /// <summary>The items of a list option; a single value counts as a list of one. Past <paramref name="max"/> items, an error and none.</summary>
    public IReadOnlyList<YamlNode> Items(Option<YamlNode?> option, int max = MaxItems)
    {
        IReadOnlyList<YamlNode> items = Options.Get(option) switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            YamlScalarNode { Value: null or "" } => [],
            var single => [single],
        };
        return WithinLimit(option, items.Count, max, At(option)) ? items : [];
    }

    /// <summary>Whether a list of <paramref name="count"/> items is within <paramref name="max"/>; if not, says so at the list.</summary>
    public bool WithinLimit(OptionSpec option, int count, int max, SourceLocation at)
    {
        if (count <= max) return true;
        Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' lists {count} items, more than the {max} it may have", at);
        return false;
    }

    /// <summary>The keys of one list item written as a mapping, checked against the keys it may have.</summary>
    public IReadOnlyDictionary<string, YamlNode>? Fields(OptionSpec option, YamlNode item, string what, params string[] allowed)
    {
        if (item is not YamlMappingNode mapping)
        {
            Report(DiagnosticCodes.BadOptionValue, $"each item of '{option.Name}' must be a {what} with {Describe(allowed)}",
                Locate(option, item));
            return null;
        }
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                Report(DiagnosticCodes.UnknownOption, $"unknown key '{name}' in '{option.Name}'; " +
                    (SiteGen.Compute.Suggestions.Closest(name, allowed) is { } near ? $"did you mean '{near}'?" : $"it takes {Describe(allowed)}"),
                    Locate(option, key));
                continue;
            }
            fields[name] = value;
        }
        return fields;
    }

    private static string Describe(IEnumerable<string> keys) => string.Join(", ", keys.Select(k => $"'{k}'"));

    /// <summary>The text of a scalar node, or null (reported) for a list or mapping.</summary>
    public string? Text(OptionSpec option, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text }) return text;
        Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' needs {what} here, not a list or mapping", Locate(option, node));
        return null;
    }

    /// <summary>A label or title, in which {eval}`EXPR` cites a computed value.</summary>
    public string? Label(OptionSpec option, YamlNode node) =>
        Text(option, node, "a label") is { } text ? ComputedText.Expand(text, Locate(option, node), context) : null;

    /// <summary>A text option (`:alt:`, `x-title`), with {eval} roles expanded.</summary>
    public string? Label(Option<string?> option) =>
        Options.Get(option) is { } text ? ComputedText.Expand(text, At(option), context) : null;

    /// <summary>A finite number, written as a number or an expression of the lesson (`pi/2`, `w[0]` is not needed).</summary>
    public double? Number(OptionSpec option, YamlNode node)
    {
        if (Text(option, node, "a number") is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) && double.IsFinite(plain)) return plain;
        var at = Locate(option, node);
        var result = Calculator.Evaluate(text, Scope);
        if (result.Error is { } error)
        {
            Report(error.Code, error.Message, Shift(at, error.Span.Start));
            return null;
        }
        if (result.Value is { IsScalar: true } value) return value.ScalarValue;
        Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' needs one number here, not {(result.Formula is null ? "an array" : "a formula")}", at);
        return null;
    }

    /// <summary>A whole number within limits, such as a count of steps or arrows.</summary>
    public int? Count(OptionSpec option, YamlNode node, int min, int max)
    {
        if (Number(option, node) is not { } value) return null;
        if (value == Math.Floor(value) && value >= min && value <= max) return (int)value;
        Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' must be a whole number from {min} to {max}, not {Format(value)}", Locate(option, node));
        return null;
    }

    /// <summary>An axis range `[min, max]` with min &lt; max.</summary>
    public Interval? Range(Option<YamlNode?> option, bool required)
    {
        if (Options.Get(option) is not { } node)
        {
            if (required) Report(DiagnosticCodes.MissingOption, $"the {block.Name} needs '{option.Name}: [min, max]', the range to draw", block.At);
            return null;
        }
        if (node is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' must be a range [min, max]", Locate(option, node));
            return null;
        }
        var (min, max) = (Number(option, pair.Children[0]), Number(option, pair.Children[1]));
        if (min is null || max is null) return null;
        if (!(min < max))
        {
            Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' must run from a smaller to a larger number, not from {Format(min.Value)} to {Format(max.Value)}",
                Locate(option, node));
            return null;
        }
        if (Drawable(min.Value, max.Value) is { } problem)
        {
            Report(DiagnosticCodes.BadOptionValue,
                $"'{option.Name}' from {NumberFormat.Number(min.Value, 15)} to {NumberFormat.Number(max.Value, 15)} {problem}", Locate(option, node));
            return null;
        }
        return new Interval(min.Value, max.Value);
    }

    /// <summary>Largest magnitude a figure axis shows; beyond it, pixel arithmetic loses every digit.</summary>
    public const double LargestDrawable = 1e100;

    /// <summary>Why an axis range cannot be drawn, or null when it can.</summary>
    public static string? Drawable(double min, double max)
    {
        var magnitude = Math.Max(Math.Abs(min), Math.Abs(max));
        if (magnitude > LargestDrawable) return $"is beyond what a figure can show (up to ±{NumberFormat.Number(LargestDrawable, 1)})";
        if (max - min < 1e-9 * magnitude || max - min < 1e-100) return "is too narrow to tell its ends apart on an axis";
        return null;
    }

    /// <summary>A point: a YAML list of numbers, or an expression that gives one, such as a defined `p0`.</summary>
    public double[]? Point(OptionSpec option, YamlNode node, int dimension)
    {
        if (node is YamlSequenceNode sequence && sequence.Children.Count == dimension)
        {
            var values = sequence.Children.Select(c => Number(option, c)).ToArray();
            return values.All(v => v is not null) ? values.Select(v => v!.Value).ToArray() : null;
        }
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            var errors = Diagnostics.ErrorCount;
            var vector = Vector(option, text, Locate(option, node));
            if (vector?.Length == dimension) return vector;
            if (Diagnostics.ErrorCount > errors) return null;  // the expression's own error says what is wrong
        }
        Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' needs a point of {dimension} numbers, like [3, 1], or an expression that gives one", Locate(option, node));
        return null;
    }

    /// <summary>
    /// A curve or surface: an expression of <paramref name="parameters"/>, compiled once to be
    /// evaluated at every sample. A bare function name `f` means `f(x)` (or `f(x, y)`).
    /// </summary>
    public CompiledFunction? Function(OptionSpec option, YamlNode node, params string[] parameters)
    {
        if (Text(option, node, "an expression") is not { } text) return null;
        var at = Locate(option, node);
        var trimmed = text.Trim();
        var source = Scope.Functions.TryGetValue(trimmed, out var function) && function.Parameters.Count == parameters.Length
            ? $"{trimmed}({string.Join(", ", parameters)})" : text;
        var compiled = Calculator.Compile(source, Scope, parameters);
        if (compiled.Error is { } error)
        {
            Report(error.Code, error.Message, Shift(at, source == text ? error.Span.Start : 0));
            return null;
        }
        return compiled.Function;
    }

    /// <summary>A vector of numbers: a YAML list, or an expression giving a vector.</summary>
    public double[]? Vector(OptionSpec option, YamlNode node, int max = MaxNumbers)
    {
        if (node is YamlSequenceNode sequence)
        {
            if (!WithinLimit(option, sequence.Children.Count, max, Locate(option, node))) return null;
            var values = sequence.Children.Select(c => Number(option, c)).ToArray();
            return values.All(v => v is not null) ? values.Select(v => v!.Value).ToArray() : null;
        }
        return Text(option, node, "a list of numbers") is { } text ? Vector(option, text, Locate(option, node), max) : null;
    }

    /// <summary>A vector of numbers from an expression written at <paramref name="at"/>.</summary>
    public double[]? Vector(OptionSpec option, string text, SourceLocation at, int max = MaxNumbers)
    {
        var result = Calculator.Evaluate(text, Scope);
        if (result.Error is { } error)
        {
            Report(error.Code, error.Message, Shift(at, error.Span.Start));
            return null;
        }
        if (result.Value is { } value && value.Rank <= 1) return WithinLimit(option, value.Count, max, at) ? value.Data.ToArray() : null;
        Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}' needs a list of numbers (a vector)", at);
        return null;
    }

    private static SourceLocation Shift(SourceLocation at, int offset) => at with { Column = at.Column + offset };

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
