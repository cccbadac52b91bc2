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

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [Runs, Metric, Split, Scale, Along, XTitle, YTitle];

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
        if (reader.Failed) return null;

        var updates = reader.Options.Get(Along) == "updates";
        var series = new List<DataSeries>();
        var colours = RunSelection.Colours(runs);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var colour = colours[i];
            var xs = Enumerable.Range(0, run.LastEpoch + 1).Select(k => updates ? (double)k * run.Report.UpdatesPerEpoch : k).ToArray();
            if (split != "test")
                series.Add(new DataSeries(split == "both" ? run.Label + " (training)" : run.Label, xs, History(run, accuracy, test: false)) { Colour = colour });
            if (split != "train")
                series.Add(new DataSeries(split == "both" ? run.Label + " (test)" : run.Label, xs, History(run, accuracy, test: true))
                    { Colour = colour, Dashed = split == "both" });
        }
        var log = reader.Options.Get(Scale) switch
        {
            "log" => true,
            "linear" => false,
            _ => !accuracy && SpansDecades(series),
        };
        var what = (split == "test" ? "test " : split == "both" ? "" : "training ") + (accuracy ? "accuracy" : "loss");
        var (xTitle, yTitle) = (reader.Label(XTitle) ?? (updates ? "update step" : "epoch"), reader.Label(YTitle) ?? what);
        var description = Describe(runs, accuracy, what, log);
        return new ChartPlan((size, text, style) => LineChart.Draw(new LineSpec(size, text, series)
        {
            YScale = log ? AxisScale.Log : AxisScale.Linear, XTitle = xTitle, YTitle = yTitle,
        }, style), description) { CacheInputs = RunSelection.CacheInputs(runs) };
    }

    private static IReadOnlyList<double> History(LessonRun run, bool accuracy, bool test) =>
        (accuracy, test) switch
        {
            (false, false) => run.Report.Loss,
            (false, true) => run.Report.TestLoss!,
            (true, false) => run.Report.Accuracy!,
            _ => run.Report.TestAccuracy!,
        };

    private static bool SpansDecades(IEnumerable<DataSeries> series)
    {
        var values = series.SelectMany(s => s.Y).Where(double.IsFinite).ToList();
        return values.Count > 0 && values.Min() > 0 && values.Max() / values.Min() > 100;
    }

    private static string Describe(IReadOnlyList<LessonRun> runs, bool accuracy, string what, bool log)
    {
        string Shown(double v) => accuracy ? RunDescription.Percent(v) : RunDescription.Number(v);
        var parts = runs.Select(run =>
        {
            var values = accuracy ? run.Report.Accuracy! : run.Report.Loss;
            var end = run.Report.Diverged is { } d ? $"until it diverged at epoch {d.Epoch}" : $"to {Shown(values[^1])} after {RunDescription.Count(run.LastEpoch)} epochs";
            return $"{run.Label} from {Shown(values[0])} {end}";
        });
        return $"Line chart of the {what} of {string.Join("; ", parts)}" + (log ? ", on a logarithmic scale." : ".");
    }
}
