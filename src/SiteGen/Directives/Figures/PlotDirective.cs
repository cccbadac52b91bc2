using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Compute;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>
/// ```` ```{plot} ````: curves y = EXPR(x) over a range (derivatives included, `relu'(x)`),
/// with marked points, tangent lines and guides. Sampling adapts to the curve, so kinks stay
/// sharp and jumps are vertical.
/// </summary>
public sealed class PlotDirective : FigureDirective
{
    public override string Name => "plot";
    public override string Summary => "Curves y = f(x) with labels, marked points, tangent lines and guides, drawn at build time.";
    protected override FigureSize DefaultSize => new(640, 400);

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } =
    [
        new OptionSpec("x", OptionKind.Structured, "the x range, [min, max] (numbers or expressions such as -2*pi)", Required: true),
        new OptionSpec("y", OptionKind.Structured, "the y range, [min, max]; chosen from the curves when left out"),
        new OptionSpec("series", OptionKind.Structured,
            "the curves: a list of expressions of x, or of {y: EXPR, label: text, dashed: true, color: blue, jumps: dots} (jumps: dots draws open and closed ends where a curve jumps; colours: blue, vermilion, green, purple, orange, sky-blue, grey; one quantity can keep its colour across a lesson)", Required: true),
        new OptionSpec("points", OptionKind.Structured, "marked points: {x: EXPR, y: EXPR, label: text}; y defaults to the first curve at x"),
        new OptionSpec("tangents", OptionKind.Structured,
            "tangent lines: an x, or {at: EXPR, of: curve number, label: text, length: share of the plot width (0.42 by default)}; labelled with their slope by default"),
        new OptionSpec("guides", OptionKind.Structured, "dashed reference lines: {x: EXPR} or {y: EXPR}, with an optional label"),
        new OptionSpec("x-title", OptionKind.Text, "title of the x axis", "x"),
        new OptionSpec("y-title", OptionKind.Text, "title of the y axis"),
        new OptionSpec("grid", OptionKind.Boolean, "draw grid lines", true),
        new OptionSpec("equal-aspect", OptionKind.Boolean, "one unit is as long on the y axis as on the x axis", false),
        new OptionSpec("scale", OptionKind.Choice, "the y axis: linear, or log for curves that span powers of ten (no tangents there)", "linear",
            Choices: ["linear", "log"]),
    ];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var x = reader.Range("x", required: true);
        var y = reader.Range("y", required: false);
        var series = Series(reader);
        if (x is null || series is null || reader.Failed) return null;
        var points = MarkedPoints.Read(reader, series[0].Function.Evaluate);
        var tangents = Tangents(reader, series);
        var guides = Guides(reader);
        var grid = reader.Options.Boolean("grid");
        var equal = reader.Options.Boolean("equal-aspect");
        var log = reader.Options.Text("scale") == "log";
        if (log && tangents.Count > 0)
            reader.Report(DiagnosticCodes.BadOptionValue, "a tangent is a straight line only on a linear axis; draw tangents without 'scale: log'", reader.At("tangents"));
        if (log && y is { Min: <= 0 })
            reader.Report(DiagnosticCodes.BadOptionValue, "a logarithmic y axis needs a range above 0", reader.At("y"));
        if (log && equal) reader.Report(DiagnosticCodes.BadOptionValue, "'equal-aspect' needs a linear y axis", reader.At("equal-aspect"));
        if (reader.Failed) return null;
        var functions = series.Select(s => s.Series).ToList();
        var xTitle = reader.Label("x-title");
        var yTitle = reader.Label("y-title");

        var names = series.Select(s => s.Series.Label ?? s.Expression).ToList();
        var description = $"Plot of {Join(names)} for x from {NumberFormat.Number(x.Value.Min, 4)} to {NumberFormat.Number(x.Value.Max, 4)}" +
            (tangents.Count > 0 ? $", with tangent lines at x = {Join(tangents.Select(t => NumberFormat.Number(t.X, 4)).ToList())}" : "") + ".";
        return new ChartPlan((size, text, style) => PlotChart.Draw(new PlotSpec(size, text, x.Value, y, functions)
        {
            Points = points, Tangents = tangents, Guides = guides, XTitle = xTitle, YTitle = yTitle, Grid = grid, EqualAspect = equal,
            YScale = log ? AxisScale.Log : AxisScale.Linear,
        }, style), description);
    }

    private sealed record Curve(FunctionSeries Series, SiteGen.Compute.Evaluation.CompiledFunction Function, string Expression);

    private static List<Curve>? Series(OptionReader reader)
    {
        var curves = new List<Curve>();
        foreach (var item in reader.Items("series"))
        {
            YamlNode expression = item;
            string? label = null;
            var dashed = false;
            int? colour = null;
            var jumpDots = false;
            if (item is YamlMappingNode)
            {
                if (reader.Fields("series", item, "curve", "y", "label", "dashed", "color", "jumps") is not { } fields) continue;
                if (!fields.TryGetValue("y", out expression!))
                {
                    reader.Report(DiagnosticCodes.MissingOption, "each curve needs 'y: EXPR', an expression of x", reader.Locate("series", item));
                    continue;
                }
                if (fields.TryGetValue("label", out var labelNode)) label = reader.Label("series", labelNode);
                if (fields.TryGetValue("dashed", out var dashedNode)) dashed = reader.Text("series", dashedNode, "true or false") == "true";
                if (fields.TryGetValue("color", out var colourNode)) colour = SeriesColour(reader, colourNode);
                if (fields.TryGetValue("jumps", out var jumpsNode))
                {
                    var jumps = reader.Text("series", jumpsNode, "'dots' or 'lines'");
                    if (jumps is "dots" or "lines") jumpDots = jumps == "dots";
                    else if (jumps is not null)
                        reader.Report(DiagnosticCodes.BadOptionValue, $"'jumps' is 'dots' (open and closed ends) or 'lines' (joined), not '{jumps}'", reader.Locate("series", jumpsNode));
                }
            }
            if (reader.Function("series", expression, "x") is not { } function) continue;
            var text = (expression as YamlScalarNode)?.Value ?? "";
            curves.Add(new Curve(new FunctionSeries(function.Evaluate, label, dashed, colour) { JumpDots = jumpDots }, function, text));
        }
        if (curves.Count == 0 && !reader.Failed)
            reader.Report(DiagnosticCodes.BadOptionValue, "'series' needs at least one curve, such as '- sigmoid(x)'", reader.At("series"));
        // Several unlabelled curves get their expressions as labels, so the legend tells them apart.
        if (curves.Count > 1 && curves.All(c => c.Series.Label is null))
            return curves.Select(c => c with { Series = c.Series with { Label = SeriesLabels.Pretty(c.Expression) } }).ToList();
        return curves;
    }

    /// <summary>A series colour by name (blue, vermilion, green, …), so one quantity keeps its colour across a lesson's figures.</summary>
    private static int? SeriesColour(OptionReader reader, YamlNode node)
    {
        if (reader.Text("series", node, "a colour name") is not { } name) return null;
        var index = Palette.SeriesNames.ToList().IndexOf(name.Trim());
        if (index >= 0) return index;
        var hint = Suggestions.Closest(name, Palette.SeriesNames) is { } near ? $"did you mean '{near}'? " : "";
        reader.Report(DiagnosticCodes.BadOptionValue,
            $"'{name}' is not a series colour; {hint}the colours are {string.Join(", ", Palette.SeriesNames)}", reader.Locate("series", node));
        return null;
    }

    private static List<TangentLine> Tangents(OptionReader reader, List<Curve> curves)
    {
        var tangents = new List<TangentLine>();
        var slope = new double[1];
        foreach (var item in reader.Items("tangents"))
        {
            YamlNode atNode = item;
            var curve = curves[0];
            string? label = null;
            double? length = null;
            if (item is YamlMappingNode)
            {
                if (reader.Fields("tangents", item, "tangent", "at", "of", "label", "length") is not { } fields) continue;
                if (!fields.TryGetValue("at", out atNode!))
                {
                    reader.Report(DiagnosticCodes.MissingOption, "each tangent needs 'at: x'", reader.Locate("tangents", item));
                    continue;
                }
                if (fields.TryGetValue("of", out var ofNode))
                {
                    if (reader.Count("tangents", ofNode, 1, curves.Count) is not { } index) continue;
                    curve = curves[index - 1];
                }
                if (fields.TryGetValue("label", out var labelNode)) label = reader.Label("tangents", labelNode);
                if (fields.TryGetValue("length", out var lengthNode))
                {
                    length = reader.Number("tangents", lengthNode);
                    if (length is < 0.1 or > 2)
                    {
                        reader.Report(DiagnosticCodes.BadOptionValue,
                            $"a tangent's 'length' is a share of the plot's width from 0.1 to 2, not {OptionReader.Format(length.Value)}", reader.Locate("tangents", lengthNode));
                        continue;
                    }
                }
            }
            if (reader.Number("tangents", atNode) is not { } x) continue;
            var y = curve.Function.ValueAndGradient([x], slope);
            if (!double.IsFinite(y) || !double.IsFinite(slope[0]))
            {
                reader.Report(DiagnosticCodes.NotFinite, $"the curve has no finite value or slope at x = {NumberFormat.Number(x, 6)}",
                    reader.Locate("tangents", atNode));
                continue;
            }
            tangents.Add(new TangentLine(x, y, slope[0], label ?? $"slope {NumberFormat.Number(slope[0], 4)}") { Length = length });
        }
        return tangents;
    }

    private static List<GuideLine> Guides(OptionReader reader)
    {
        var guides = new List<GuideLine>();
        foreach (var item in reader.Items("guides"))
        {
            if (reader.Fields("guides", item, "guide", "x", "y", "label") is not { } fields) continue;
            var label = fields.TryGetValue("label", out var labelNode) ? reader.Label("guides", labelNode) : null;
            if (fields.TryGetValue("x", out var xNode) == fields.ContainsKey("y"))
            {
                reader.Report(DiagnosticCodes.BadOptionValue, "each guide needs either 'x: value' (a vertical line) or 'y: value' (a horizontal one)",
                    reader.Locate("guides", item));
                continue;
            }
            var direction = xNode is not null ? GuideDirection.Vertical : GuideDirection.Horizontal;
            if (reader.Number("guides", xNode ?? fields["y"]) is { } at) guides.Add(new GuideLine(direction, at, label));
        }
        return guides;
    }

    internal static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
