using SiteGen.Compute.Training;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Training;

/// <summary>
/// Checks that a run's parts fit together: the loss and the output activation, the data and the
/// loss, the data and the first and last widths. Each check runs only on parts that were read
/// without error, so a broken part is reported once, by its own reader, and never again here.
/// </summary>
internal static class RunFit
{
    /// <summary>bce and cross-entropy read logits and apply their activation themselves; only softmax's is cross-entropy's.</summary>
    public static void OutputFitsLoss(OutputActivation output, YamlNode outputNode, LossKind loss, RunValueReader values)
    {
        var problem = (loss, output) switch
        {
            (LossKind.Bce, not OutputActivation.Sigmoid) =>
                "'loss: bce' reads the output's logit and applies the sigmoid itself, as BCEWithLogitsLoss does, so its output is sigmoid; remove 'output' or write 'output: sigmoid'",
            (LossKind.CrossEntropy, not OutputActivation.Softmax) =>
                "'loss: cross-entropy' reads the outputs' logits and applies softmax itself, as CrossEntropyLoss does, so its output is softmax; remove 'output' or write 'output: softmax'",
            (LossKind.Mse, OutputActivation.Softmax) =>
                "'output: softmax' goes with 'loss: cross-entropy' alone; with mse, use 'output: linear' or 'output: sigmoid'",
            _ => null,
        };
        if (problem is not null) values.Report(DiagnosticCodes.RunDoesNotFit, problem, outputNode);
    }

    /// <summary>The data as the engine takes it: explicit targets read as values or, for cross-entropy, class indices.</summary>
    public static DataSpec? DataFitsLoss(DataRead data, LossKind loss, YamlNode lossNode, RunValueReader values) => data switch
    {
        GeneratedRead generated => GeneratedFitsLoss(generated, loss, lossNode, values) ? generated.Spec : null,
        ExplicitRead given => loss == LossKind.CrossEntropy ? ClassIndices(given, values) : TargetValues(given, loss, values),
        _ => throw new ArgumentOutOfRangeException(nameof(data)),
    };

    private static bool GeneratedFitsLoss(GeneratedRead data, LossKind loss, YamlNode lossNode, RunValueReader values)
    {
        var set = RunNames.Of(data.Spec.Set);
        string? problem = null;
        if (data.IsRegression && loss != LossKind.Mse)
            problem = $"{set} is a regression set, whose targets are real numbers; use 'loss: mse'";
        else if (data.Spec.Classes > 2 && loss != LossKind.CrossEntropy)
            problem = $"{set} with {data.Spec.Classes} classes needs 'loss: cross-entropy'; {RunNames.Of(loss)} takes two classes, as one output";
        if (problem is null) return true;
        values.Report(DiagnosticCodes.RunDoesNotFit, problem, lossNode);
        return false;
    }

    private static ExplicitData? ClassIndices(ExplicitRead data, RunValueReader values)
    {
        if (data.Y.Rank != 1)
        {
            values.Report(DiagnosticCodes.RunDoesNotFit,
                "'loss: cross-entropy' takes one class index per example, such as y: [0, 2, 1], not rows of numbers", data.Y.Node);
            return null;
        }
        var classes = new int[data.Y.Length];
        for (var i = 0; i < classes.Length; i++)
        {
            var target = data.Y.Data[i];
            if (target != Math.Floor(target) || target < 0 || target > NetworkReader.MaxWidth)
            {
                values.Report(DiagnosticCodes.RunDoesNotFit,
                    $"'y' holds {RunValueReader.Format(target)}, but the targets of 'loss: cross-entropy' are class indices: whole numbers from 0",
                    data.Y.Items[i]);
                return null;
            }
            classes[i] = (int)target;
        }
        return new ExplicitData(data.X.Rows(), null, classes) { Test = data.Test };
    }

    private static ExplicitData? TargetValues(ExplicitRead data, LossKind loss, RunValueReader values)
    {
        if (loss == LossKind.Bce)
            for (var i = 0; i < data.Y.Data.Length; i++)
                if (data.Y.Data[i] is < 0 or > 1)
                {
                    values.Report(DiagnosticCodes.RunDoesNotFit,
                        $"'y' holds {RunValueReader.Format(data.Y.Data[i])}, but the targets of 'loss: bce' are from 0 to 1, the probability of class 1",
                        data.Y.Items[i / data.Y.RowWidth]);
                    return null;
                }
        return new ExplicitData(data.X.Rows(), data.Y.Rows(), null) { Test = data.Test };
    }

    /// <summary>The first width must be the data's input width.</summary>
    public static void InputFits(LayersRead layers, DataRead data, RunValueReader values)
    {
        var width = data.InputWidth;
        if (layers.Widths[0] == width) return;
        var why = data switch
        {
            GeneratedRead g => $"the inputs of {RunNames.Of(g.Spec.Set)} have {NumberArray.Count(width, "number")} each",
            ExplicitRead { FlatX: true } => "'x' is a flat list, one input per example",
            _ => $"each row of 'x' has {NumberArray.Count(width, "number")}",
        };
        var hint = data is ExplicitRead { FlatX: true } ? $"; for examples of {layers.Widths[0]} inputs, write 'x' as rows, such as [[0.05, 0.10]]" : "";
        values.Report(DiagnosticCodes.RunDoesNotFit,
            $"{why}, so the first width in 'layers' must be {width}, not {layers.Widths[0]}{hint}", layers.Input);
    }

    /// <summary>The last width must be what the loss reads from the targets: one number, a row's width, or one output per class.</summary>
    public static void OutputWidthFits(LayersRead layers, DataSpec data, LossKind loss, ExplicitRead? given, RunValueReader values)
    {
        if (data is ExplicitData { Classes: { } classes })
        {
            ClassesFit(layers, classes, given!, values);
            return;
        }
        var (wanted, why) = (loss, data) switch
        {
            (LossKind.Bce, _) => (1, "'loss: bce' has one output, the logit of class 1 (for one output per class, use 'loss: cross-entropy')"),
            (LossKind.CrossEntropy, GeneratedData g) => (g.Classes, $"{RunNames.Of(g.Set)} has {g.Classes} classes and 'loss: cross-entropy' one output per class"),
            (_, GeneratedData g) => (1, $"the targets of {RunNames.Of(g.Set)} are one number each" + (g.Set == DataSetKind.Curve ? "" : ", the class 0 or 1")),
            (_, ExplicitData { Targets: { } rows }) => (rows[0].Length, given!.Y.Rank == 1 ? "'y' holds one number per example"
                : $"each target in 'y' has {NumberArray.Count(rows[0].Length, "number")}"),
            _ => throw new ArgumentOutOfRangeException(nameof(data)),
        };
        if (layers.OutputWidth != wanted)
            values.Report(DiagnosticCodes.RunDoesNotFit, $"{why}, so the last width in 'layers' must be {wanted}, not {layers.OutputWidth}", layers.Output);
    }

    /// <summary>Explicit class indices need at least two outputs, and an output for the largest index.</summary>
    private static void ClassesFit(LayersRead layers, int[] classes, ExplicitRead given, RunValueReader values)
    {
        var width = layers.OutputWidth;
        if (width < 2)
        {
            values.Report(DiagnosticCodes.RunDoesNotFit,
                $"'loss: cross-entropy' has one output per class, at least 2, so the last width in 'layers' must be 2 or more, not {width}", layers.Output);
            return;
        }
        var beyond = Array.FindIndex(classes, c => c >= width);
        if (beyond < 0) return;
        values.Report(DiagnosticCodes.RunDoesNotFit,
            $"'y' holds class {classes[beyond]}, but the last width in 'layers' is {width}, for the classes 0 to {width - 1}; make it {classes.Max() + 1}",
            given.Y.Items[beyond]);
    }
}
