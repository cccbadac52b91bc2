using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>The labelled number lists of bar and line charts, read from the `series` option each declares in its own words.</summary>
public static class ChartSeries
{
    public sealed record Series(string? Label, double[] Values, double[]? X);

    public static List<Series>? Read(OptionReader reader, Option<YamlNode?> option, string valuesKey, bool withX = false)
    {
        var list = new List<Series>();
        string[] keys = withX ? ["x", valuesKey, "label"] : [valuesKey, "label"];
        foreach (var item in reader.Items(option))
        {
            if (reader.Fields(option, item, "series", keys) is not { } fields) continue;
            if (!fields.TryGetValue(valuesKey, out var valuesNode))
            {
                reader.Report(DiagnosticCodes.MissingOption, $"each series needs '{valuesKey}'", reader.Locate(option, item));
                continue;
            }
            var values = reader.Vector(option, valuesNode);
            var x = fields.TryGetValue("x", out var xNode) ? reader.Vector(option, xNode) : null;
            var label = fields.TryGetValue("label", out var labelNode) ? reader.Label(option, labelNode) : null;
            if (values is null) continue;
            if (x is not null && x.Length != values.Length)
                reader.Report(DiagnosticCodes.BadOptionValue, $"this series has {x.Length} x values but {values.Length} values",
                    reader.Locate(option, xNode!));
            list.Add(new Series(label, values, x));
        }
        if (list.Count == 0 && !reader.Failed)
            reader.Report(DiagnosticCodes.BadOptionValue, $"'series' needs at least one series with '{valuesKey}'", reader.At(option));
        return reader.Failed ? null : list;
    }

    /// <summary>Every series as long as the first, every value finite (and positive on a log <paramref name="scale"/>).</summary>
    public static bool CheckLengths(OptionReader reader, List<Series> series, int length, Option<YamlNode?> option, Option<string> scale)
    {
        var (at, log) = (reader.At(option), reader.Options.Get(scale) == "log");
        if (length == 0)
            reader.Report(DiagnosticCodes.BadOptionValue, "the series have no values", at);
        else if (series.Any(s => s.Values.Length != length))
            reader.Report(DiagnosticCodes.BadOptionValue, "every series needs the same number of values", at);
        else if (series.Any(s => s.Values.Any(v => !double.IsFinite(v))))
            reader.Report(DiagnosticCodes.NotFinite, "a series has a value that is NaN or infinite", at);
        else if (log && series.Any(s => s.Values.Any(v => v <= 0)))
            reader.Report(DiagnosticCodes.BadOptionValue, "a logarithmic scale needs values above 0", reader.At(scale));
        else if (series.Any(s => s.Values.Any(v => Math.Abs(v) > OptionReader.LargestDrawable || (log && v < 1 / OptionReader.LargestDrawable))
            || (s.X ?? []).Any(v => Math.Abs(v) > OptionReader.LargestDrawable)))
            reader.Report(DiagnosticCodes.BadOptionValue,
                $"a series has a value beyond what a figure can show (magnitudes from {NumberFormat.Number(1 / OptionReader.LargestDrawable, 1)} to {NumberFormat.Number(OptionReader.LargestDrawable, 1)})",
                at);
        return !reader.Failed;
    }
}
