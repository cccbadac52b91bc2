using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Training;

/// <summary>The widths of a run's layers, with the nodes they were written at.</summary>
internal sealed record LayersRead(int[] Widths, NumberArray Written)
{
    public YamlNode Input => Written.Items[0];
    public YamlNode Output => Written.Items[^1];
    public int OutputWidth => Widths[^1];
    public string Text => "[" + string.Join(", ", Widths) + "]";
}

/// <summary>
/// Reads a run's network: its widths and its explicit initial parameters, which must have the
/// shapes of <c>nn.Linear</c> for those widths: weights[l] one row of in numbers per out unit, biases[l] out numbers.
/// </summary>
internal static class NetworkReader
{
    public const int MaxWidth = 1024, MaxWidths = 100;

    public static LayersRead? Layers(RunMapping run, RunValueReader values)
    {
        if (run.Value(RunKeys.Layers) is not { } node || values.Array(RunKeys.Layers, node) is not { } written) return null;
        if (written.Rank != 1 || written.Length < 2 || written.Length > MaxWidths)
        {
            values.Bad($"'layers' needs from 2 to {MaxWidths} widths, from the input's to the output's, such as [2, 8, 1]", node);
            return null;
        }
        var widths = new int[written.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            var width = written.Data[i];
            if (width != Math.Floor(width) || width is < 1 or > MaxWidth)
            {
                values.Bad($"each width in 'layers' must be a whole number from 1 to {RunValueReader.Format(MaxWidth)}, not {RunValueReader.Format(width)}",
                    written.Items[i]);
                return null;
            }
            widths[i] = (int)width;
        }
        return new LayersRead(widths, written);
    }

    /// <summary>
    /// The explicit weights and biases, or (null, null) when there are none. Shapes are checked
    /// only against readable <paramref name="layers"/>: bad widths are one cause, said once.
    /// </summary>
    public static (double[][][]? Weights, double[][]? Biases) Parameters(RunMapping run, LayersRead? layers, RunValueReader values)
    {
        if (run.Has(RunKeys.Biases) && !run.Has(RunKeys.Weights))
        {
            values.Bad("explicit 'biases' go with explicit 'weights'; with 'init', biases start at 0", run.Key(RunKeys.Biases));
            return (null, null);
        }
        foreach (var key in new[] { RunKeys.Init, RunKeys.InitScale }.Where(k => run.Has(k) && run.Has(RunKeys.Weights)))
            values.Bad($"'{key}' has no effect when 'weights' are given, since they replace it; remove one of them", run.Key(key));
        var weights = run.Value(RunKeys.Weights) is { } w ? List(RunKeys.Weights, w, 2, values) : null;
        var biases = run.Value(RunKeys.Biases) is { } b ? List(RunKeys.Biases, b, 1, values) : null;
        if (layers is null) return (null, null);
        var weightsFit = weights is not null && Fits(RunKeys.Weights, weights, run.Value(RunKeys.Weights)!, layers, values);
        var biasesFit = biases is not null && Fits(RunKeys.Biases, biases, run.Value(RunKeys.Biases)!, layers, values);
        return (weightsFit ? weights!.Select(m => m.Rows()).ToArray() : null, biasesFit ? biases!.Select(v => v.Data).ToArray() : null);
    }

    /// <summary>A list of one array per layer, each of <paramref name="rank"/> (2 for weights, 1 for biases).</summary>
    private static List<NumberArray>? List(string key, YamlNode node, int rank, RunValueReader values)
    {
        var each = rank == 2 ? "a matrix, one row of the layer's inputs for each of its outputs, such as [[0.15, 0.20], [0.25, 0.30]]"
            : "a list of numbers, one for each of the layer's outputs, such as [0.35, 0.35]";
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            values.Bad($"'{key}' needs a list with one item per layer, each {each}", node);
            return null;
        }
        var items = new List<NumberArray>(sequence.Children.Count);
        var readable = true;
        foreach (var child in sequence.Children)
        {
            if (values.Array(key, child) is not { } item) readable = false;
            else if (item.Rank != rank)
            {
                values.Bad($"each item of '{key}' must be {each}, not {item.ShapeText}", child);
                readable = false;
            }
            else items.Add(item);
        }
        return readable ? items : null;
    }

    private static bool Fits(string key, List<NumberArray> items, YamlNode node, LayersRead layers, RunValueReader values)
    {
        var count = layers.Widths.Length - 1;
        if (items.Count != count)
        {
            values.Report(DiagnosticCodes.RunDoesNotFit,
                $"'{key}' has {items.Count} item{(items.Count == 1 ? "" : "s")} but 'layers' {layers.Text} has {NumberArray.Count(count, "layer")}; give one per layer",
                node);
            return false;
        }
        var fits = true;
        for (var l = 0; l < count; l++)
        {
            var (inputs, outputs) = (layers.Widths[l], layers.Widths[l + 1]);
            var expected = key == RunKeys.Weights ? new[] { outputs, inputs } : [outputs];
            if (items[l].Shape.SequenceEqual(expected)) continue;
            var wanted = key == RunKeys.Weights
                ? $"{NumberArray.Count(outputs, "row")} (one per output) of {NumberArray.Count(inputs, "number")} (one per input), as nn.Linear.weight is"
                : $"{NumberArray.Count(outputs, "number")}, one per output";
            values.Report(DiagnosticCodes.RunDoesNotFit,
                $"{key}[{l}], of layer {l + 1} ({inputs} → {outputs}), must have {wanted}, not {items[l].ShapeText}", items[l].Node);
            fits = false;
        }
        return fits;
    }
}
