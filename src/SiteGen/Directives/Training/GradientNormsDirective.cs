using SiteGen.Directives.Figures;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Training;

/// <summary>
/// ```` ```{gradient-norms} ````: the size of the gradient of each layer's weights, as bars, at
/// initialisation or at a chosen epoch, several runs side by side, on a log scale by default:
/// vanishing and exploding gradients, measured.
/// </summary>
public sealed class GradientNormsDirective() : FigureDirective(new FigureSize(640, 380))
{
    public override string Name => "gradient-norms";
    public override string Summary => "The norm of the loss gradient for each layer's weights, as bars, for several runs side by side at one epoch.";

    private static readonly Option<YamlNode?> Runs = Option.Structured("runs", "the runs to compare: one id or a list of ids, up to 7", required: true);
    private static readonly Option<YamlNode> Epoch = Option.Structured("epoch",
        "when to measure: 0 is at initialisation, before any update; a later epoch, or 'last'", "0");
    private static readonly Option<string> Scale = Option.Choice("scale",
        "the y axis: log shows gradients that differ by powers of ten; linear", "log", "linear");
    private static readonly Option<string?> YTitle = Option.Text("y-title", "title of the y axis (by default ‖∂L/∂W‖)");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [Runs, Epoch, Scale, YTitle];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var runs = RunSelection.Read(reader, Runs);
        if (runs is null) return null;
        var epoch = EpochOption.Read(reader, Epoch, reader.Options.Get(Epoch), runs);
        if (epoch is null) return null;
        var layers = runs.Max(r => r.Spec.Layers.Count - 1);
        var categories = Enumerable.Range(1, layers).Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var colours = RunSelection.Colours(runs);
        var bars = runs.Select((run, i) => new BarSeries(run.Label, run.Report.GradNorms[epoch.Value]) { Colour = colours[i] }).ToList();
        var log = reader.Options.Get(Scale) == "log";
        var yTitle = reader.Label(YTitle) ?? "‖∂L/∂W‖";
        var when = epoch == 0 ? "at initialisation" : $"after {RunDescription.Count(epoch.Value)} epochs";
        var description = $"Bar chart of the gradient norm of each layer's weights {when}: " +
            string.Join("; ", runs.Select(run => $"{run.Label} from {RunDescription.Number(run.Report.GradNorms[epoch.Value][0])} at layer 1 " +
                $"to {RunDescription.Number(run.Report.GradNorms[epoch.Value][^1])} at layer {run.Spec.Layers.Count - 1}")) +
            (log ? ", on a logarithmic scale." : ".");
        return new ChartPlan((size, text, style) => BarChart.Draw(new BarSpec(size, text, categories, bars)
        {
            YScale = log ? AxisScale.Log : AxisScale.Linear, XTitle = "layer (1 takes the input)", YTitle = yTitle,
        }, style), description) { CacheInputs = RunSelection.CacheInputs(runs) };
    }
}
