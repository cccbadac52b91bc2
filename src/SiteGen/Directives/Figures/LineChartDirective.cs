using SiteGen.Figures.Charts;

namespace SiteGen.Directives.Figures;

/// <summary>```` ```{line-chart} ````: computed series as lines, such as loss curves over training steps.</summary>
public sealed class LineChartDirective : FigureDirective
{
    public override string Name => "line-chart";
    public override string Summary => "Computed series as lines (loss curves and the like), on a linear or logarithmic scale.";
    protected override FigureSize DefaultSize => new(640, 380);

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } =
    [
        new OptionSpec("series", OptionKind.Structured,
            "the lines: a list of {y: list or expression giving a vector, x: the same for x (1, 2, ... when left out), label: text}",
            Required: true),
        new OptionSpec("scale", OptionKind.Choice, "the y axis: linear, or log for values spanning powers of ten", "linear",
            Choices: ["linear", "log"]),
        new OptionSpec("markers", OptionKind.Boolean, "mark each point", false),
        new OptionSpec("x-title", OptionKind.Text, "title of the x axis"),
        new OptionSpec("y-title", OptionKind.Text, "title of the y axis"),
    ];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var series = ChartSeries.Read(reader, "y", withX: true);
        if (series is null) return null;
        var log = reader.Options.Text("scale") == "log";
        foreach (var s in series)
            if (!ChartSeries.CheckLengths(reader, [s], s.Values.Length, log)) return null;
        var lines = series.Select(s => new DataSeries(s.Label, s.X ?? Enumerable.Range(1, s.Values.Length).Select(i => (double)i).ToArray(), s.Values))
            .ToList();
        var (xTitle, yTitle, markers) = (reader.Label("x-title"), reader.Label("y-title"), reader.Options.Boolean("markers"));
        var description = $"Line chart of {PlotDirective.Join(series.Select((s, i) => s.Label ?? $"series {i + 1}").ToList())}" +
            (log ? ", on a logarithmic scale." : ".");
        return new ChartPlan((size, text, style) => LineChart.Draw(new LineSpec(size, text, lines)
        {
            YScale = log ? AxisScale.Log : AxisScale.Linear, XTitle = xTitle, YTitle = yTitle, Markers = markers,
        }, style), description);
    }
}
