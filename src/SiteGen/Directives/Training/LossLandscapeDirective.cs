using SiteGen.Compute.Training;
using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Sampling;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Training;

/// <summary>
/// ```` ```{loss-landscape} ````: a slice of a trained network's loss over two of its parameters,
/// the others held at their trained values, as a contour map with the trained point marked.
/// </summary>
public sealed class LossLandscapeDirective() : FigureDirective(new FigureSize(520, 440))
{
    public override string Name => "loss-landscape";
    public override string Summary => "A slice of a trained network's loss over two of its parameters, the rest held at their trained values, as a contour map.";

    private static readonly Option<YamlNode?> Run = Option.Structured("run", "the run whose network to slice", required: true);
    private static readonly Option<string?> X = Option.Text("x",
        "the parameter along x, counted from 1: W2[1,3] is layer 2's weight from input 3 to unit 1, b1[2] layer 1's bias of unit 2") with { Required = true };
    private static readonly Option<string?> Y = Option.Text("y", "the parameter along y, named like x") with { Required = true };
    private static readonly Option<YamlNode> Span = Option.Structured("span",
        "how far each parameter goes either side of its trained value", "2");
    private static readonly Option<int> Levels = Option.Integer("levels", "about how many contour levels", 12) with { Range = (2, 40) };
    private static readonly Option<string> Split = Option.Choice("split", "whose loss: the training set or the held-out test set", "train", "test");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [Run, X, Y, Span, Levels, Split];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var run = RunSelection.ReadOne(reader, Run);
        var span = reader.Number(Span, reader.Options.Get(Span));
        if (span is <= 0) reader.Report(DiagnosticCodes.BadOptionValue, "'span' must be above 0", reader.At(Span));
        if (run is null) return null;
        var x = Parameter(reader, X, run);
        var y = Parameter(reader, Y, run);
        if (x is null || y is null || span is null || reader.Failed) return null;
        if (x == y)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, "'x' and 'y' name the same parameter; a slice needs two", reader.At(Y));
            return null;
        }
        var test = reader.Options.Get(Split) == "test";
        if (test && run.Data.Test.Count == 0)
        {
            reader.Report(DiagnosticCodes.BadRunCitation, $"run '{run.Id}' holds out no test examples; give its data a 'test' fraction", reader.At(Split));
            return null;
        }
        var network = run.Network;
        var (i, j) = (Index(network, x), Index(network, y));
        var (cx, cy) = (network.Parameter(i), network.Parameter(j));
        var examples = test ? run.Data.Test : run.Data.Train;
        var trained = network.LossWith(examples, i, cx, j, cy);
        var (xRange, yRange) = (new Interval(cx - span.Value, cx + span.Value), new Interval(cy - span.Value, cy + span.Value));
        // Sampled once for every size the figure is drawn at, and only when it is drawn (not when it comes from the cache).
        var grid = new Lazy<GridInterpolant>(() => GridInterpolant.Sample((a, b) => network.LossWith(examples, i, a, j, b), xRange, yRange, Resolution));
        var f = (double a, double b) => grid.Value.At(a, b);
        var levels = reader.Options.Get(Levels);
        var description = $"Contour map of the {(test ? "test" : "training")} loss of run {run.Label} as {x} and {y} vary by up to " +
            $"{RunDescription.Number(span.Value)} from their trained values ({RunDescription.Number(cx)}, {RunDescription.Number(cy)}), " +
            $"where the loss is {RunDescription.Number(trained)}; every other parameter keeps its trained value.";
        return new ChartPlan((size, text, style) => ContourChart.Draw(new ContourSpec(size, text, xRange, yRange, f)
        {
            LevelCount = levels,
            XTitle = x.ToString(),
            YTitle = y.ToString(),
            ColourBarTitle = "loss",
            EqualAspect = true,
            Points = [new MarkedPoint(cx, cy, "trained")],
        }, style), description) { CacheInputs = RunSelection.CacheInputs([run]) };
    }

    /// <summary>Samples per side: about 5 px apart on a 400 px plot, where a smooth loss is indistinguishable from its bilinear interpolation.</summary>
    private const int Resolution = 81;

    private static ParameterName? Parameter(OptionReader reader, Option<string?> option, LessonRun run)
    {
        var text = reader.Options.Get(option) ?? "";
        if (ParameterName.Parse(text) is not { } name)
        {
            reader.Report(DiagnosticCodes.BadOptionValue,
                $"'{option.Name}' must name a parameter such as W1[1,2] (layer 1's weight from input 2 to unit 1) or b2[1] (layer 2's bias of unit 1), not '{text}'",
                reader.At(option));
            return null;
        }
        if (name.Problem(run.Spec.Layers) is { } problem)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, $"'{option.Name}': {problem}", reader.At(option));
            return null;
        }
        return name;
    }

    private static int Index(TrainedNetwork network, ParameterName name) => name.Weight
        ? network.WeightIndex(name.Layer - 1, name.Row - 1, name.Column - 1)
        : network.BiasIndex(name.Layer - 1, name.Row - 1);
}
