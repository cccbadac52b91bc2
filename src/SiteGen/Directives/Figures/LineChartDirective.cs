using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>```` ```{line-chart} ````: computed series as lines, such as loss curves over training steps.</summary>
public sealed class LineChartDirective() : FigureDirective(new FigureSize(640, 380))
{
    public override string Name => "line-chart";
    public override string Summary => "Computed series as lines (loss curves and the like), on a linear or logarithmic scale.";

    private static readonly Option<YamlNode?> Series = Option.Structured("series",
        "the lines: a list of {y: list or expression giving a vector, x: the same for x (1, 2, ... when left out), label: text}",
        required: true);
    private static readonly Option<string> Scale =
        Option.Choice("scale", "the y axis: linear, or log for values spanning powers of ten", "linear", "log");
    private static readonly Option<bool> Markers = Option.Boolean("markers", "mark each point", false);
    private static readonly Option<string?> XTitle = Option.Text("x-title", "title of the x axis");
    private static readonly Option<string?> YTitle = Option.Text("y-title", "title of the y axis");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [Series, Scale, Markers, XTitle, YTitle];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var series = ChartSeries.Read(reader, Series, "y", withX: true);
        if (series is null) return null;
        var log = reader.Options.Get(Scale) == "log";
        foreach (var s in series)
            if (!ChartSeries.CheckLengths(reader, [s], s.Values.Length, Series, Scale)) return null;
        var lines = series.Select(s => new DataSeries(s.Label, s.X ?? Enumerable.Range(1, s.Values.Length).Select(i => (double)i).ToArray(), s.Values))
            .ToList();
        var (xTitle, yTitle, markers) = (reader.Label(XTitle), reader.Label(YTitle), reader.Options.Get(Markers));
        var description = $"Line chart of {PlotDirective.Join(series.Select((s, i) => s.Label ?? $"series {i + 1}").ToList())}" +
            (log ? ", on a logarithmic scale." : ".");
        return new ChartPlan((size, text, style) => LineChart.Draw(new LineSpec(size, text, lines)
        {
            YScale = log ? AxisScale.Log : AxisScale.Linear, XTitle = xTitle, YTitle = yTitle, Markers = markers,
        }, style), description);
    }
}
