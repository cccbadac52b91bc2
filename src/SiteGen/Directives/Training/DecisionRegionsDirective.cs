using SiteGen.Compute.Training;
using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;
using SiteGen.Figures.Charts;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Training;

/// <summary>
/// ```` ```{decision-regions} ````: the regions of the plane a trained 2-D classifier gives to
/// each class, with its data points, and optionally the gradient of its output with respect to
/// its input as arrows: where a small move of the input changes the answer most.
/// </summary>
public sealed class DecisionRegionsDirective() : FigureDirective(new FigureSize(520, 460))
{
    public override string Name => "decision-regions";
    public override string Summary =>
        "The decision regions of a trained 2-D classifier with its data points; optionally the gradient of its output with respect to the input as arrows.";

    private static readonly Option<YamlNode?> Run = Option.Structured("run", "the run whose classifier to draw (2 inputs, bce or cross-entropy)", required: true);
    private static readonly Option<YamlNode?> X = Option.Structured("x", "the x range, [min, max] (by default the data's, with a margin)");
    private static readonly Option<YamlNode?> Y = Option.Structured("y", "the y range, [min, max] (by default the data's, with a margin)");
    private static readonly Option<YamlNode?> Arrows = Option.Structured("arrows",
        "draw the gradient of the classifier's output (the probability of class 1, or of the chosen class) with respect to the input, on an n × n grid (n) or [columns, rows]");
    private static readonly Option<bool> Confidence = Option.Boolean("confidence",
        "for two classes, deepen the tint where the classifier is surer (probability far from ½)", true);
    private static readonly Option<bool> Test = Option.Boolean("test", "also mark the held-out test points, hollow", true);
    private static readonly Option<YamlNode?> Classes = Option.Structured("classes", "the classes' names in the legend, in class order");
    private static readonly Option<string?> XTitle = Option.Text("x-title", "title of the x axis", "x₁");
    private static readonly Option<string?> YTitle = Option.Text("y-title", "title of the y axis", "x₂");

    protected override IReadOnlyList<OptionSpec> ChartOptions { get; } = [Run, X, Y, Arrows, Confidence, Test, Classes, XTitle, YTitle];

    protected override ChartPlan? Plan(OptionReader reader)
    {
        var run = RunSelection.ReadOne(reader, Run);
        if (run is null) return null;
        if (!run.Classifies || run.Spec.Layers[0] != 2)
        {
            reader.Report(DiagnosticCodes.BadOptionValue,
                $"run '{run.Id}' is not a classifier of 2-D inputs (it takes {run.Spec.Layers[0]} input{(run.Spec.Layers[0] == 1 ? "" : "s")}, loss {run.Spec.Loss.ToString().ToLowerInvariant()}), so it has no regions to draw",
                reader.At(Run));
            return null;
        }
        var network = run.Network;
        var classes = run.Spec.Loss == LossKind.Bce ? 2 : network.OutputWidth;
        var points = Points(run.Data.Train);
        var testPoints = reader.Options.Get(Test) ? Points(run.Data.Test) : [];
        var all = points.Concat(testPoints).ToList();
        var x = reader.Options.IsSet(X) ? reader.Range(X, required: false) : Around(all.Select(p => p.X));
        var y = reader.Options.IsSet(Y) ? reader.Range(Y, required: false) : Around(all.Select(p => p.Y));
        var arrows = ArrowGrid(reader);
        var labels = Labels(reader, classes);
        if (x is null || y is null || reader.Failed) return null;

        RegionClassifier classifier = classes == 2 && network.OutputWidth == 1
            ? new ProbabilityClassifier((a, b) => Output(network, a, b, 0))
            : new ScoreClassifier(classes, (a, b, scores) => network.Predict([a, b], scores));
        var field = arrows is { } grid ? new ArrowField((a, b) => InputGradient(network, a, b), grid.Columns, grid.Rows) : null;
        var colours = Enumerable.Range(0, classes).ToList();
        var (xTitle, yTitle) = (reader.Label(XTitle), reader.Label(YTitle));
        var accuracy = RunDescription.Percent(run.Report.Accuracy![run.LastEpoch]);
        var description = $"Decision regions of run {run.Label} over {Shown(x.Value)} × {Shown(y.Value)}, with its {points.Count} training points" +
            (testPoints.Count > 0 ? $" and {testPoints.Count} test points (hollow)" : "") + $"; it classifies {accuracy} of the training points correctly" +
            (field is null ? "." : "; arrows show the gradient of its output with respect to the input.");
        return new ChartPlan((size, text, style) => DecisionRegionChart.Draw(new DecisionRegionSpec(size, text, x.Value, y.Value, classifier)
        {
            ClassLabels = labels,
            ClassColours = colours,
            Confidence = reader.Options.Get(Confidence),
            Points = points,
            TestPoints = testPoints,
            Arrows = field,
            XTitle = xTitle,
            YTitle = yTitle,
        }, style), description) { CacheInputs = RunSelection.CacheInputs([run]) };
    }

    private static List<ClassPoint> Points(Examples examples)
    {
        var points = new List<ClassPoint>(examples.Count);
        for (var i = 0; i < examples.Count; i++)
            points.Add(new ClassPoint(examples.Inputs[2 * i], examples.Inputs[2 * i + 1], (int)examples.Targets[i * examples.TargetWidth]));
        return points;
    }

    /// <summary>The data's extent with a tenth of it spare on each side, so no point sits on the frame.</summary>
    private static Interval Around(IEnumerable<double> values)
    {
        var list = values.ToList();
        if (list.Count == 0) return new Interval(-1, 1);
        var (min, max) = (list.Min(), list.Max());
        var margin = Math.Max((max - min) * 0.1, 0.1);
        return new Interval(min - margin, max + margin);
    }

    private static (int Columns, int Rows)? ArrowGrid(OptionReader reader)
    {
        if (reader.Options.Get(Arrows) is not { } node) return null;
        if (node is YamlScalarNode && reader.Count(Arrows, node, 2, 40) is { } n) return (n, n);
        if (node is YamlSequenceNode { Children.Count: 2 } pair
            && reader.Count(Arrows, pair.Children[0], 2, 40) is { } columns && reader.Count(Arrows, pair.Children[1], 2, 40) is { } rows)
            return (columns, rows);
        if (!reader.Failed)
            reader.Report(DiagnosticCodes.BadOptionValue, "'arrows' must be a grid size n, or [columns, rows], from 2 to 40", reader.At(Arrows));
        return null;
    }

    private static IReadOnlyList<string>? Labels(OptionReader reader, int classes)
    {
        if (!reader.Options.IsSet(Classes)) return null;
        var items = reader.Items(Classes);
        if (items.Count != classes)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, $"'classes' names {items.Count} classes, but the run has {classes}", reader.At(Classes));
            return null;
        }
        return items.Select(item => reader.Label(Classes, item) ?? "").ToList();
    }

    private static double Output(TrainedNetwork network, double a, double b, int output)
    {
        Span<double> outputs = stackalloc double[network.OutputWidth];
        network.Predict([a, b], outputs);
        return outputs[output];
    }

    /// <summary>The gradient of the probability of class 1 (one output), or of the most likely class, with respect to (x₁, x₂).</summary>
    private static (double Dx, double Dy) InputGradient(TrainedNetwork network, double a, double b)
    {
        var output = 0;
        if (network.OutputWidth > 1)
        {
            Span<double> outputs = stackalloc double[network.OutputWidth];
            network.Predict([a, b], outputs);
            for (var c = 1; c < outputs.Length; c++) if (outputs[c] > outputs[output]) output = c;
        }
        Span<double> gradient = stackalloc double[2];
        network.InputGradient([a, b], output, gradient);
        return (gradient[0], gradient[1]);
    }

    private static string Shown(Interval range) => $"[{RunDescription.Number(range.Min)}, {RunDescription.Number(range.Max)}]";
}
