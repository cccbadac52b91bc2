using SiteGen.Diagnostics;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>
/// ```` ```{contour} ````: a function of two variables as filled bands or contour lines with a
/// colour scale, optional gradient arrows, marked points and paths drawn on top.
/// </summary>
public sealed class ContourDirective() : FigureDirective(new FigureSize(560, 460))
{
    public override string Name => "contour";
    public override string Summary => "A function of x and y as a contour map, with gradient arrows, marked points and paths.";

    private static readonly Option<YamlNode?> Paths = Option.Structured("paths", "paths drawn on top: {points: [[x, y], ...], label: text}");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [.. ContourOptions.Specs, Paths];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var contour = ContourOptions.Read(reader, reader.Options.Get(Width));
        var paths = ReadPaths(reader);
        if (contour is not { } map || reader.Failed) return null;
        return new ChartPlan((size, text, style) => ContourChart.Draw(map.Spec(size, text) with { Paths = paths }, style), map.Description);
    }

    private static List<PathSeries> ReadPaths(OptionReader reader)
    {
        var paths = new List<PathSeries>();
        foreach (var item in reader.Items(Paths))
        {
            if (reader.Fields(Paths, item, "path", "points", "label") is not { } fields) continue;
            if (!fields.TryGetValue("points", out var pointsNode) || pointsNode is not YamlSequenceNode list)
            {
                reader.Report(DiagnosticCodes.MissingOption, "each path needs 'points: [[x, y], ...]'", reader.Locate(Paths, item));
                continue;
            }
            var points = list.Children.Select(p => reader.Point(Paths, p, 2)).ToList();
            var label = fields.TryGetValue("label", out var labelNode) ? reader.Label(Paths, labelNode) : null;
            if (points.All(p => p is not null)) paths.Add(new PathSeries(points.Select(p => (p![0], p[1])).ToList(), label));
        }
        return paths;
    }
}
