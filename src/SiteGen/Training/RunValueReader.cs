using System.Globalization;
using SiteGen.Compute;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Values;
using SiteGen.Content;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Training;

/// <summary>A rule a number of a run must keep, in words for the message that refuses it.</summary>
internal sealed record NumberRule(Func<double, bool> Allows, string Words)
{
    public static readonly NumberRule Any = new(_ => true, "");
    public static readonly NumberRule Positive = new(v => v > 0, "greater than 0");
    public static readonly NumberRule NonNegative = new(v => v >= 0, "0 or more");
    /// <summary>A fraction or a decay rate: 1 would keep nothing out, or forget nothing.</summary>
    public static readonly NumberRule BelowOne = new(v => v is >= 0 and < 1, "from 0 up to, but not including, 1");
}

/// <summary>
/// Reads the values of a run's YAML: numbers written plainly or as expressions of the lesson
/// (`lr: eta`), whole numbers, booleans, names from a list, and arrays of numbers. Each problem
/// is reported at the node that holds it, an expression's error at its own column.
/// </summary>
internal sealed class RunValueReader(YamlOrigin origin, Scope scope, DiagnosticBag diagnostics)
{
    /// <summary>The most examples explicit data may list, as many as a generated set may have.</summary>
    public const int MaxRows = 100_000;

    public int ErrorCount => diagnostics.ErrorCount;
    public SourceLocation At(YamlNode node) => origin.Locate(node);
    public SourceLocation Start => origin.File.At(origin.FirstLine, origin.FirstColumn);

    public void Report(string code, string message, YamlNode node) => diagnostics.Report(code, message, At(node));
    public void Report(string code, string message, SourceLocation at) => diagnostics.Report(code, message, at);
    public void Bad(string message, YamlNode node) => Report(DiagnosticCodes.BadRunValue, message, node);

    /// <summary>The text of a scalar that has one; a list, a mapping or an empty value is reported.</summary>
    public string? Text(string key, YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" }:
                Bad($"'{key}' has no value; it needs {what}", node);
                return null;
            case YamlScalarNode { Value: { } text }:
                return text;
            default:
                Bad($"'{key}' needs {what} here, not a {(node is YamlSequenceNode ? "list" : "mapping")}", node);
                return null;
        }
    }

    /// <summary>A finite number within <paramref name="rule"/>.</summary>
    public double? Number(string key, YamlNode node, NumberRule rule)
    {
        if (Text(key, node, "a number") is not { } text || Evaluate(key, node, text, "a number") is not { } value) return null;
        if (!value.IsScalar)
        {
            Bad($"'{key}' needs one number, not {Describe(value)}", node);
            return null;
        }
        if (rule.Allows(value.ScalarValue)) return value.ScalarValue;
        Bad($"'{key}' must be {rule.Words}, not {Format(value.ScalarValue)}", node);
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public long? Whole(string key, YamlNode node, long min, long max)
    {
        if (Number(key, node, NumberRule.Any) is not { } value) return null;
        if (value == Math.Floor(value) && value >= min && value <= max) return (long)value;
        Bad($"'{key}' must be a whole number from {Format(min)} to {Format(max)}, not {Format(value)}", node);
        return null;
    }

    public int? Integer(string key, YamlNode node, int min, int max) => Whole(key, node, min, max) is { } value ? (int)value : null;

    public bool? Boolean(string key, YamlNode node)
    {
        if (Text(key, node, "true or false") is not { } text) return null;
        switch (text.Trim())
        {
            case "true" or "True" or "yes": return true;
            case "false" or "False" or "no": return false;
            default:
                Bad($"'{key}' must be true or false, not '{text}'", node);
                return null;
        }
    }

    /// <summary>One of the names in <paramref name="table"/>, with a suggestion for a likely typo.</summary>
    public T? Choice<T>(string key, YamlNode node, IReadOnlyList<(string Name, T Value)> table) where T : struct
    {
        var names = table.Select(entry => entry.Name).ToArray();
        if (Text(key, node, "one of " + string.Join(", ", names)) is not { } text) return null;
        var word = text.Trim();
        foreach (var (name, value) in table)
            if (name == word) return value;
        Bad($"'{key}' must be one of {string.Join(", ", names)}, not '{word}'{Suggestions.DidYouMean(word, names)}", node);
        return null;
    }

    /// <summary>
    /// A number, a vector or a matrix: nested YAML lists of numbers, where any item may also be an
    /// expression (a defined vector `b1`, a matrix `X`). Lists nested deeper than a matrix, rows
    /// of different lengths and lists of more than <see cref="MaxRows"/> items are reported.
    /// </summary>
    public NumberArray? Array(string key, YamlNode node)
    {
        if (node is YamlSequenceNode sequence) return Sequence(key, sequence);
        if (Text(key, node, "numbers") is not { } text || Evaluate(key, node, text, "numbers") is not { } value) return null;
        return new NumberArray([.. value.Shape], value.Data.ToArray(), node, Enumerable.Repeat(node, value.Rank == 0 ? 1 : value.Shape[0]).ToArray());
    }

    private NumberArray? Sequence(string key, YamlSequenceNode sequence)
    {
        if (sequence.Children.Count > MaxRows)
        {
            Bad($"'{key}' lists {Format(sequence.Children.Count)} items, more than the {Format(MaxRows)} it may have", sequence);
            return null;
        }
        var items = new List<NumberArray>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            // A nested list is read as a row: deeper nesting is refused below, before it can recurse further.
            var item = child is YamlSequenceNode row ? Flat(key, row) : Array(key, child);
            if (item is null) return null;
            if (item.Rank > 1)
            {
                Bad($"'{key}' nests lists too deeply: it takes numbers, or rows of numbers", child);
                return null;
            }
            if (items.Count > 0 && items[0].Rank != item.Rank)
            {
                Bad($"the items of '{key}' must be all numbers or all lists of numbers, but the first is {items[0].ShapeText} and this one {item.ShapeText}", child);
                return null;
            }
            if (items.Count > 0 && !items[0].Shape.SequenceEqual(item.Shape))
            {
                Bad($"the rows of '{key}' must all have the same length, but the first has {items[0].Length} numbers and this one {item.Length}", child);
                return null;
            }
            items.Add(item);
        }
        var shape = items.Count == 0 ? new[] { 0 } : [items.Count, .. items[0].Shape];
        return new NumberArray(shape, items.SelectMany(i => i.Data).ToArray(), sequence, sequence.Children.ToArray());
    }

    /// <summary>A row: a list of numbers, none of them a list or an array.</summary>
    private NumberArray? Flat(string key, YamlSequenceNode row)
    {
        var values = new double[row.Children.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (row.Children[i] is YamlSequenceNode)
            {
                Bad($"'{key}' nests lists too deeply: it takes numbers, or rows of numbers", row.Children[i]);
                return null;
            }
            if (Number(key, row.Children[i], NumberRule.Any) is not { } value) return null;
            values[i] = value;
        }
        return new NumberArray([values.Length], values, row, row.Children.ToArray());
    }

    /// <summary>A plain number, or the value of an expression evaluated in the lesson's scope.</summary>
    private Tensor? Evaluate(string key, YamlNode node, string text, string what)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) && double.IsFinite(plain))
            return Tensor.Scalar(plain);
        if (text.Trim() is "true" or "false" or "yes" or "no")
        {
            Bad($"'{key}' needs {what}, not '{text.Trim()}'", node);
            return null;
        }
        var result = Calculator.Evaluate(text, scope);
        if (result.Error is { } error)
        {
            var at = At(node);
            Report(error.Code, error.Message, at with { Column = at.Column + error.Span.Start });
            return null;
        }
        if (result.Value is { } value) return value;
        Bad($"'{key}' needs {what}, not a formula", node);
        return null;
    }

    private static string Describe(Tensor value) => value.Rank == 1
        ? $"a vector of {NumberArray.Count(value.Shape[0], "number")}"
        : $"a {value.Shape[0]}×{value.Shape[1]} matrix";

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    public static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
