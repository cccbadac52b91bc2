using SiteGen.Directives.Figures;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Training;

/// <summary>
/// ```` ```{loss-curves} ````: the loss or accuracy of several training runs in one chart, over
/// epochs or optimiser steps, on a log scale when the values span powers of ten.
/// </summary>
public sealed class LossCurvesDirective() : FigureDirective(new FigureSize(640, 380))
{
    public override string Name => "loss-curves";
    public override string Summary => "The loss or accuracy of training runs over epochs (or update steps), several runs in one chart.";

    private static readonly Option<YamlNode?> Runs = Option.Structured("runs", "the runs to draw: one id or a list of ids, up to 7", required: true);
    private static readonly Option<string> Metric = Option.Choice("metric", "what to draw: the loss, or the accuracy of a classifier", "loss", "accuracy");
    private static readonly Option<string> Split = Option.Choice("split",
        "which examples: the training set, the held-out test set, or both (test dashed in the run's colour)", "train", "test", "both");
    private static readonly Option<string> Scale = Option.Choice("scale",
        "the y axis: auto is logarithmic for a loss that spans more than two powers of ten, else linear", "auto", "linear", "log");
    private static readonly Option<string> Along = Option.Choice("x",
        "the x axis: epochs, or optimiser steps (updates), which tells batch sizes apart", "epochs", "updates");
    private static readonly Option<string?> XTitle = Option.Text("x-title", "title of the x axis (by default 'epoch' or 'update step')");
    private static readonly Option<string?> YTitle = Option.Text("y-title", "title of the y axis (by default what is drawn)");
    private static readonly Option<YamlNode?> YMax = Option.Structured("y-max",
        "the top of the y axis, a number or an expression: a curve that climbs past it (a run that diverges) is drawn up to where it crosses it, " +
        "and again where it comes back below, as a taller axis would show it (by default the largest value drawn)");

    private static readonly Option<YamlNode?> XMax = Option.Structured("x-max",
        "the right end of the x axis, in epochs or update steps, a number or an expression: each curve is drawn up to it, " +
        "so the first epochs of runs of different lengths can be compared (by default the end of the longest run)");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [Runs, Metric, Split, Scale, Along, XTitle, YTitle, YMax, XMax];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var runs = RunSelection.Read(reader, Runs);
        if (runs is null) return null;
        var accuracy = reader.Options.Get(Metric) == "accuracy";
        var split = reader.Options.Get(Split);
        foreach (var run in runs)
        {
            if (accuracy && !run.Classifies)
                reader.Report(Diagnostics.DiagnosticCodes.BadRunCitation,
                    $"run '{run.Id}' is a regression, so it has no accuracy; draw its loss", reader.At(Metric));
            else if (split != "train" && run.Report.TestLoss is null)
                reader.Report(Diagnostics.DiagnosticCodes.BadRunCitation,
                    $"run '{run.Id}' holds out no test examples; give its data a 'test' fraction, or draw split: train", reader.At(Split));
        }
        var ceiling = reader.Options.Get(YMax) is { } maxNode ? reader.Number(YMax, maxNode) : null;
        if (ceiling is { } top && top <= 0)
            reader.Report(Diagnostics.DiagnosticCodes.BadOptionValue, "'y-max' must be above 0: it is the top of the y axis", reader.At(YMax));
        var end = reader.Options.Get(XMax) is { } endNode ? reader.Number(XMax, endNode) : null;
        if (end is { } right && right <= 0)
            reader.Report(Diagnostics.DiagnosticCodes.BadOptionValue, "'x-max' must be above 0: it is the right end of the x axis", reader.At(XMax));
        if (reader.Failed) return null;

        var updates = reader.Options.Get(Along) == "updates";
        // The last epoch each run shows: its own last, or the last at or before the x axis's end.
        int Shown(LessonRun run) => end is { } e ? (int)Math.Min(run.LastEpoch, Math.Floor(e / (updates ? run.Report.UpdatesPerEpoch : 1) + 1e-9)) : run.LastEpoch;
        var series = new List<DataSeries>();
        var colours = RunSelection.Colours(runs);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var colour = colours[i];
            var count = Shown(run) + 1;
            var xs = Enumerable.Range(0, count).Select(k => updates ? (double)k * run.Report.UpdatesPerEpoch : k).ToArray();
            if (split != "test")
                series.Add(new DataSeries(split == "both" ? run.Label + " (training)" : run.Label, xs, History(run, accuracy, test: false).Take(count).ToArray())
                    { Colour = colour });
            if (split != "train")
                series.Add(new DataSeries(split == "both" ? run.Label + " (test)" : run.Label, xs, History(run, accuracy, test: true).Take(count).ToArray())
                    { Colour = colour, Dashed = split == "both" });
        }
        var log = reader.Options.Get(Scale) switch
        {
            "log" => true,
            "linear" => false,
            _ => !accuracy && SpansDecades(series, ceiling),
        };
        var crossings = new List<string>();
        if (ceiling is { } cap)
            for (var i = 0; i < series.Count; i++)
            {
                var (clipped, first) = Clip(series[i], cap, log);
                if (first is { } x) crossings.Add($"{series[i].Label} passes it at {(updates ? "update step" : "epoch")} {RunDescription.Number(x)}");
                series[i] = clipped;
            }
        var what = (split == "test" ? "test " : split == "both" ? "" : "training ") + (accuracy ? "accuracy" : "loss");
        var (xTitle, yTitle) = (reader.Label(XTitle) ?? (updates ? "update step" : "epoch"), reader.Label(YTitle) ?? what);
        var description = Describe(runs, accuracy, what, log, Shown);
        if (ceiling is { } axisTop)
            description = description[..^1] + $"; the y axis stops at {RunDescription.Number(axisTop)}" +
                (crossings.Count > 0 ? $", and {string.Join("; ", crossings)}." : ".");
        return new ChartPlan((size, text, style) => LineChart.Draw(new LineSpec(size, text, series)
        {
            YScale = log ? AxisScale.Log : AxisScale.Linear, XTitle = xTitle, YTitle = yTitle,
        }, style), description) { CacheInputs = RunSelection.CacheInputs(runs) };
    }

    private static IReadOnlyList<double> History(LessonRun run, bool accuracy, bool test) =>
        run.History((test ? "test_" : "") + (accuracy ? "accuracy" : "loss"))!;

    private static bool SpansDecades(IEnumerable<DataSeries> series, double? ceiling)
    {
        var values = series.SelectMany(s => s.Y).Where(v => double.IsFinite(v) && !(v > ceiling)).ToList();
        return values.Count > 0 && values.Min() > 0 && values.Max() / values.Min() > 100;
    }

    /// <summary>
    /// The part of a curve at or below <paramref name="cap"/>, as an axis that stops there draws it:
    /// a segment that crosses the cap ends (or starts again) at the crossing, interpolated on the
    /// axis's scale, and a gap (NaN) stands for the stretch above it. Also the x of its first crossing.
    /// </summary>
    internal static (DataSeries Clipped, double? FirstCrossing) Clip(DataSeries series, double cap, bool log)
    {
        var count = Math.Min(series.X.Count, series.Y.Count);
        var (xs, ys) = (new List<double>(count + 4), new List<double>(count + 4));
        double? first = null;
        bool Below(double y) => y <= cap;
        double Scale(double y) => log ? Math.Log(y) : y;
        double Crossing(int a, int b)
        {
            var (ya, yb) = (series.Y[a], series.Y[b]);
            if (log && (ya <= 0 || yb <= 0)) return series.X[Below(ya) ? a : b];
            var t = (Scale(cap) - Scale(ya)) / (Scale(yb) - Scale(ya));
            return series.X[a] + t * (series.X[b] - series.X[a]);
        }
        void Add(double x, double y) { xs.Add(x); ys.Add(y); }
        for (var i = 0; i < count; i++)
        {
            var y = series.Y[i];
            var previous = i > 0 ? series.Y[i - 1] : double.NaN;
            var finite = double.IsFinite(y) && double.IsFinite(previous);
            if (Below(y))
            {
                // Coming back down from above the cap: the line restarts where it crosses it.
                if (finite && !Below(previous)) Add(Crossing(i - 1, i), cap);
                Add(series.X[i], y);
            }
            else if (double.IsFinite(y))
            {
                if (finite && Below(previous))
                {
                    var x = Crossing(i - 1, i);
                    first ??= x;
                    Add(x, cap);
                }
                else first ??= series.X[i];
                Add(series.X[i], double.NaN);
            }
            else Add(series.X[i], double.NaN);
        }
        return (series with { X = xs, Y = ys }, first);
    }

    private static string Describe(IReadOnlyList<LessonRun> runs, bool accuracy, string what, bool log, Func<LessonRun, int> last)
    {
        string Shown(double v) => accuracy ? RunDescription.Percent(v) : RunDescription.Number(v);
        var parts = runs.Select(run =>
        {
            var values = accuracy ? run.Report.Accuracy! : run.Report.Loss;
            var shown = last(run);
            var end = shown < run.LastEpoch ? $"to {Shown(values[shown])} after the {RunDescription.Count(shown)} epochs shown (of {RunDescription.Count(run.LastEpoch)})"
                : run.Report.Diverged is { } d ? $"until it diverged at epoch {d.Epoch}" : $"to {Shown(values[^1])} after {RunDescription.Count(run.LastEpoch)} epochs";
            return $"{run.Label} from {Shown(values[0])} {end}";
        });
        return $"Line chart of the {what} of {string.Join("; ", parts)}" + (log ? ", on a logarithmic scale." : ".");
    }
}
