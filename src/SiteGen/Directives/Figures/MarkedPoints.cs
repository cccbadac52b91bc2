using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>The `points` option every chart with axes shares: `[x, y]`, or `{x, y, label}`.</summary>
public static class MarkedPoints
{
    /// <summary>
    /// Reads the points from the chart's own <paramref name="option"/>; with <paramref name="onCurve"/>
    /// (a plot's first curve) a point may leave out y and sits on the curve, otherwise it needs both coordinates.
    /// </summary>
    public static List<MarkedPoint> Read(OptionReader reader, Option<YamlNode?> option, Func<double, double>? onCurve = null)
    {
        var points = new List<MarkedPoint>();
        foreach (var item in reader.Items(option))
        {
            if (item is YamlSequenceNode)
            {
                if (reader.Point(option, item, 2) is { } xy) points.Add(new MarkedPoint(xy[0], xy[1], null));
                continue;
            }
            if (reader.Fields(option, item, "point", "x", "y", "label") is not { } fields) continue;
            var hasY = fields.TryGetValue("y", out var yNode);
            if (!fields.TryGetValue("x", out var xNode) || (!hasY && onCurve is null))
            {
                reader.Report(DiagnosticCodes.MissingOption, onCurve is null ? "each point needs 'x' and 'y'" : "each point needs 'x'",
                    reader.Locate(option, item));
                continue;
            }
            var x = reader.Number(option, xNode);
            double? y = hasY ? reader.Number(option, yNode!) : x is { } at ? onCurve!(at) : null;
            var label = fields.TryGetValue("label", out var labelNode) ? reader.Label(option, labelNode) : null;
            if (x is null || y is null) continue;
            if (!double.IsFinite(y.Value))
            {
                reader.Report(DiagnosticCodes.NotFinite, $"the first curve has no finite value at x = {NumberFormat.Number(x.Value, 6)}",
                    reader.Locate(option, xNode));
                continue;
            }
            points.Add(new MarkedPoint(x.Value, y.Value, label));
        }
        return points;
    }
}
