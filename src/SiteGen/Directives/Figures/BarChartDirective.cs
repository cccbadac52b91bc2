using SiteGen.Diagnostics;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>```` ```{bar-chart} ````: computed values as bars, grouped by category (per-layer gradient norms and the like).</summary>
public sealed class BarChartDirective() : FigureDirective(new FigureSize(640, 380))
{
    public override string Name => "bar-chart";
    public override string Summary => "Computed values as bars grouped by category, on a linear or logarithmic scale.";

    private static readonly Option<YamlNode?> Categories =
        Option.Structured("categories", "the category names, a list; numbered 1, 2, ... when left out");
    private static readonly Option<YamlNode?> Series =
        Option.Structured("series", "the bars: a list of {values: list or expression giving a vector, label: text}", required: true);
    private static readonly Option<string> Scale =
        Option.Choice("scale", "the value axis: linear, or log for values spanning powers of ten", "linear", "log");
    private static readonly Option<string?> XTitle = Option.Text("x-title", "title under the categories");
    private static readonly Option<string?> YTitle = Option.Text("y-title", "title of the value axis");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [Categories, Series, Scale, XTitle, YTitle];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var series = ChartSeries.Read(reader, Series, "values");
        if (series is null || reader.Failed) return null;
        var length = series[0].Values.Length;
        var categories = ReadCategories(reader, length);
        var log = reader.Options.Get(Scale) == "log";
        if (categories is null || !ChartSeries.CheckLengths(reader, series, length, Series, Scale)) return null;
        var bars = series.Select(s => new BarSeries(s.Label, s.Values)).ToList();
        var (xTitle, yTitle) = (reader.Label(XTitle), reader.Label(YTitle));
        var description = $"Bar chart of {PlotDirective.Join(series.Select((s, i) => s.Label ?? $"series {i + 1}").ToList())} " +
            $"over {length} categories{(log ? ", on a logarithmic scale" : "")}.";
        return new ChartPlan((size, text, style) => BarChart.Draw(new BarSpec(size, text, categories, bars)
        {
            YScale = log ? AxisScale.Log : AxisScale.Linear, XTitle = xTitle, YTitle = yTitle,
        }, style), description);
    }

    private static IReadOnlyList<string>? ReadCategories(OptionReader reader, int count)
    {
        var items = reader.Items(Categories);
        if (items.Count == 0) return Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var names = items.Select(i => reader.Text(Categories, i, "a name")).ToList();
        if (names.Any(n => n is null)) return null;
        if (names.Count == count) return names!;
        reader.Report(DiagnosticCodes.BadOptionValue, $"'categories' names {names.Count} categories but the series have {count} values",
            reader.At(Categories));
        return null;
    }
}
