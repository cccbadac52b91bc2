using SiteGen.Diagnostics;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>```` ```{bar-chart} ````: computed values as bars, grouped by category (per-layer gradient norms and the like).</summary>
public sealed class BarChartDirective : FigureDirective
{
    public override string Name => "bar-chart";
    public override string Summary => "Computed values as bars grouped by category, on a linear or logarithmic scale.";
    protected override FigureSize DefaultSize => new(640, 380);

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } =
    [
        new OptionSpec("categories", OptionKind.Structured, "the category names, a list; numbered 1, 2, ... when left out"),
        new OptionSpec("series", OptionKind.Structured,
            "the bars: a list of {values: list or expression giving a vector, label: text}", Required: true),
        new OptionSpec("scale", OptionKind.Choice, "the value axis: linear, or log for values spanning powers of ten", "linear",
            Choices: ["linear", "log"]),
        new OptionSpec("x-title", OptionKind.Text, "title under the categories"),
        new OptionSpec("y-title", OptionKind.Text, "title of the value axis"),
    ];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var series = ChartSeries.Read(reader, "values");
        if (series is null || reader.Failed) return null;
        var length = series[0].Values.Length;
        var categories = Categories(reader, length);
        var log = reader.Options.Text("scale") == "log";
        if (categories is null || !ChartSeries.CheckLengths(reader, series, length, log)) return null;
        var bars = series.Select(s => new BarSeries(s.Label, s.Values)).ToList();
        var (xTitle, yTitle) = (reader.Label("x-title"), reader.Label("y-title"));
        var description = $"Bar chart of {PlotDirective.Join(series.Select((s, i) => s.Label ?? $"series {i + 1}").ToList())} " +
            $"over {length} categories{(log ? ", on a logarithmic scale" : "")}.";
        return new ChartPlan((size, text, style) => BarChart.Draw(new BarSpec(size, text, categories, bars)
        {
            YScale = log ? AxisScale.Log : AxisScale.Linear, XTitle = xTitle, YTitle = yTitle,
        }, style), description);
    }

    private static IReadOnlyList<string>? Categories(OptionReader reader, int count)
    {
        var items = reader.Items("categories");
        if (items.Count == 0) return Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var names = items.Select(i => reader.Text("categories", i, "a name")).ToList();
        if (names.Any(n => n is null)) return null;
        if (names.Count == count) return names!;
        reader.Report(DiagnosticCodes.BadOptionValue, $"'categories' names {names.Count} categories but the series have {count} values",
            reader.At("categories"));
        return null;
    }
}
