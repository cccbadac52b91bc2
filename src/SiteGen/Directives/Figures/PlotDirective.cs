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
public sealed class PlotDirective() : FigureDirective(new FigureSize(640, 400))
{
    public override string Name => "plot";
    public override string Summary => "Curves y = f(x) with labels, marked points, tangent lines and guides, drawn at build time.";

    private static readonly Option<YamlNode?> X =
        Option.Structured("x", "the x range, [min, max] (numbers or expressions such as -2*pi)", required: true);
    private static readonly Option<YamlNode?> Y = Option.Structured("y", "the y range, [min, max]; chosen from the curves when left out");
    private static readonly Option<YamlNode?> Series = Option.Structured("series",
        "the curves: a list of expressions of x, or of {y: EXPR, label: text, dashed: true, color: blue, jumps: dots} (jumps: dots draws open and closed ends where a curve jumps; colours: blue, vermilion, green, purple, orange, sky-blue, grey; one quantity can keep its colour across a lesson)",
        required: true);
    private static readonly Option<YamlNode?> Points =
        Option.Structured("points", "marked points: {x: EXPR, y: EXPR, label: text}; y defaults to the first curve at x");
    private static readonly Option<YamlNode?> Tangents = Option.Structured("tangents",
        "tangent lines: an x, or {at: EXPR, of: curve number, label: text, length: share of the plot width (0.42 by default)}; labelled with their slope by default");
    private static readonly Option<YamlNode?> Guides =
        Option.Structured("guides", "dashed reference lines: {x: EXPR} or {y: EXPR}, with an optional label");
    private static readonly Option<string?> XTitle = Option.Text("x-title", "title of the x axis", "x");
    private static readonly Option<string?> YTitle = Option.Text("y-title", "title of the y axis");
    private static readonly Option<bool> Grid = Option.Boolean("grid", "draw grid lines", true);
    private static readonly Option<bool> EqualAspect =
        Option.Boolean("equal-aspect", "one unit is as long on the y axis as on the x axis", false);
    private static readonly Option<string> Scale =
        Option.Choice("scale", "the y axis: linear, or log for curves that span powers of ten (no tangents there)", "linear", "log");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } =
        [X, Y, Series, Points, Tangents, Guides, XTitle, YTitle, Grid, EqualAspect, Scale];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var x = reader.Range(X, required: true);
        var y = reader.Range(Y, required: false);
        var series = ReadCurves(reader);
        if (x is null || series is null || reader.Failed) return null;
        var points = MarkedPoints.Read(reader, Points, series[0].Function.Evaluate);
        var tangents = ReadTangents(reader, series, x.Value);
        var guides = ReadGuides(reader);
        var grid = reader.Options.Get(Grid);
        var equal = reader.Options.Get(EqualAspect);
        var log = reader.Options.Get(Scale) == "log";
        if (log && tangents.Count > 0)
            reader.Report(DiagnosticCodes.BadOptionValue, "a tangent is a straight line only on a linear axis; draw tangents without 'scale: log'", reader.At(Tangents));
        if (log && y is { Min: <= 0 })
            reader.Report(DiagnosticCodes.BadOptionValue, "a logarithmic y axis needs a range above 0", reader.At(Y));
        if (log && equal) reader.Report(DiagnosticCodes.BadOptionValue, "'equal-aspect' needs a linear y axis", reader.At(EqualAspect));
        if (reader.Failed) return null;
        var functions = series.Select(s => s.Series).ToList();
        var xTitle = reader.Label(XTitle);
        var yTitle = reader.Label(YTitle);

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

    private static List<Curve>? ReadCurves(OptionReader reader)
    {
        var curves = new List<Curve>();
        foreach (var item in reader.Items(Series))
        {
            YamlNode expression = item;
            string? label = null;
            var dashed = false;
            int? colour = null;
            var jumpDots = false;
            if (item is YamlMappingNode)
            {
                if (reader.Fields(Series, item, "curve", "y", "label", "dashed", "color", "jumps") is not { } fields) continue;
                if (!fields.TryGetValue("y", out expression!))
                {
                    reader.Report(DiagnosticCodes.MissingOption, "each curve needs 'y: EXPR', an expression of x", reader.Locate(Series, item));
                    continue;
                }
                if (fields.TryGetValue("label", out var labelNode)) label = reader.Label(Series, labelNode);
                if (fields.TryGetValue("dashed", out var dashedNode)) dashed = reader.Text(Series, dashedNode, "true or false") == "true";
                if (fields.TryGetValue("color", out var colourNode)) colour = SeriesColour(reader, colourNode);
                if (fields.TryGetValue("jumps", out var jumpsNode))
                {
                    var jumps = reader.Text(Series, jumpsNode, "'dots' or 'lines'");
                    if (jumps is "dots" or "lines") jumpDots = jumps == "dots";
                    else if (jumps is not null)
                        reader.Report(DiagnosticCodes.BadOptionValue, $"'jumps' is 'dots' (open and closed ends) or 'lines' (joined), not '{jumps}'", reader.Locate(Series, jumpsNode));
                }
            }
            if (reader.Function(Series, expression, "x") is not { } function) continue;
            var text = (expression as YamlScalarNode)?.Value ?? "";
            curves.Add(new Curve(new FunctionSeries(function.Evaluate, label, dashed, colour) { JumpDots = jumpDots }, function, text));
        }
        if (curves.Count == 0 && !reader.Failed)
            reader.Report(DiagnosticCodes.BadOptionValue, "'series' needs at least one curve, such as '- sigmoid(x)'", reader.At(Series));
        // Several unlabelled curves get their expressions as labels, so the legend tells them apart.
        if (curves.Count > 1 && curves.All(c => c.Series.Label is null))
            return curves.Select(c => c with { Series = c.Series with { Label = SeriesLabels.Pretty(c.Expression) } }).ToList();
        return curves;
    }

    /// <summary>A series colour by name (blue, vermilion, green, …), so one quantity keeps its colour across a lesson's figures.</summary>
    private static int? SeriesColour(OptionReader reader, YamlNode node)
    {
        if (reader.Text(Series, node, "a colour name") is not { } name) return null;
        var index = Palette.SeriesNames.ToList().IndexOf(name.Trim());
        if (index >= 0) return index;
        var hint = Suggestions.Closest(name, Palette.SeriesNames) is { } near ? $"did you mean '{near}'? " : "";
        reader.Report(DiagnosticCodes.BadOptionValue,
            $"'{name}' is not a series colour; {hint}the colours are {string.Join(", ", Palette.SeriesNames)}", reader.Locate(Series, node));
        return null;
    }

    private static List<TangentLine> ReadTangents(OptionReader reader, List<Curve> curves, Interval range)
    {
        var tangents = new List<TangentLine>();
        var slope = new double[1];
        foreach (var item in reader.Items(Tangents))
        {
            YamlNode atNode = item;
            var curve = curves[0];
            string? label = null;
            double? length = null;
            if (item is YamlMappingNode)
            {
                if (reader.Fields(Tangents, item, "tangent", "at", "of", "label", "length") is not { } fields) continue;
                if (!fields.TryGetValue("at", out atNode!))
                {
                    reader.Report(DiagnosticCodes.MissingOption, "each tangent needs 'at: x'", reader.Locate(Tangents, item));
                    continue;
                }
                if (fields.TryGetValue("of", out var ofNode))
                {
                    if (reader.Count(Tangents, ofNode, 1, curves.Count) is not { } index) continue;
                    curve = curves[index - 1];
                }
                if (fields.TryGetValue("label", out var labelNode)) label = reader.Label(Tangents, labelNode);
                if (fields.TryGetValue("length", out var lengthNode))
                {
                    length = reader.Number(Tangents, lengthNode);
                    if (length is < 0.1 or > 2)
                    {
                        reader.Report(DiagnosticCodes.BadOptionValue,
                            $"a tangent's 'length' is a share of the plot's width from 0.1 to 2, not {OptionReader.Format(length.Value)}", reader.Locate(Tangents, lengthNode));
                        continue;
                    }
                }
            }
            if (reader.Number(Tangents, atNode) is not { } x) continue;
            if (x < range.Min || x > range.Max)
            {
                // Not an error: the figure is still right, it just lacks the line the author expected.
                reader.Diagnostics.Report(DiagnosticCodes.TangentOutsideRange,
                    $"the tangent point x = {NumberFormat.Number(x, 6)} lies outside the x range [{NumberFormat.Number(range.Min, 6)}, {NumberFormat.Number(range.Max, 6)}], so no tangent is drawn there; move it inside or widen 'x'",
                    reader.Locate(Tangents, atNode));
                continue;
            }
            var y = curve.Function.ValueAndGradient([x], slope);
            if (!double.IsFinite(y) || !double.IsFinite(slope[0]))
            {
                reader.Report(DiagnosticCodes.NotFinite, $"the curve has no finite value or slope at x = {NumberFormat.Number(x, 6)}",
                    reader.Locate(Tangents, atNode));
                continue;
            }
            tangents.Add(new TangentLine(x, y, slope[0], label ?? $"slope {NumberFormat.Number(slope[0], 4)}") { Length = length });
        }
        return tangents;
    }

    private static List<GuideLine> ReadGuides(OptionReader reader)
    {
        var guides = new List<GuideLine>();
        foreach (var item in reader.Items(Guides))
        {
            if (reader.Fields(Guides, item, "guide", "x", "y", "label") is not { } fields) continue;
            var label = fields.TryGetValue("label", out var labelNode) ? reader.Label(Guides, labelNode) : null;
            if (fields.TryGetValue("x", out var xNode) == fields.ContainsKey("y"))
            {
                reader.Report(DiagnosticCodes.BadOptionValue, "each guide needs either 'x: value' (a vertical line) or 'y: value' (a horizontal one)",
                    reader.Locate(Guides, item));
                continue;
            }
            var direction = xNode is not null ? GuideDirection.Vertical : GuideDirection.Horizontal;
            if (reader.Number(Guides, xNode ?? fields["y"]) is { } at) guides.Add(new GuideLine(direction, at, label));
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
