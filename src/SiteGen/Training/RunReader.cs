using System.Globalization;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Training;
using SiteGen.Content;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Training;

/// <summary>
/// Reads one training run (training.md) from its YAML mapping: the body of a lesson's training
/// directive or a whole file given to `sitegen train`. Every problem is reported at the line and
/// column of the key or value that causes it, once: a part that cannot be read is left out of
/// the checks that would otherwise report it again.
/// </summary>
public static class RunReader
{
    public const int MaxEpochs = 1_000_000;

    /// <summary>
    /// The run written in <paramref name="yaml"/>, which sits in its file at <paramref name="origin"/>;
    /// numbers may be expressions of <paramref name="scope"/>'s names. Null after reporting why, which
    /// includes a run that costs more than <paramref name="budget"/> (<see cref="RunCost"/>).
    /// </summary>
    public static RunSpec? Read(string yaml, YamlOrigin origin, Scope scope, long budget, DiagnosticBag diagnostics) =>
        YamlText.ParseMapping(yaml, origin.File, origin.FirstLine, origin.FirstColumn, diagnostics) is { } mapping
            ? Read(mapping, origin, scope, budget, diagnostics)
            : null;

    /// <summary>The run in a mapping already parsed from the text at <paramref name="origin"/>.</summary>
    public static RunSpec? Read(YamlMappingNode mapping, YamlOrigin origin, Scope scope, long budget, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        var values = new RunValueReader(origin, scope, diagnostics);
        var run = RunMapping.Of(mapping, RunKeys.Run, values, name => RunMapping.Suggest(name, RunKeys.Run, "a run"));
        RequireKeys(run, values);
        var seed = run.Value(RunKeys.Seed) is { } s ? values.Whole(RunKeys.Seed, s, 0, DataReader.MaxSeed) : 0;
        var data = DataReader.Read(run, seed ?? 0, values);
        var layers = NetworkReader.Layers(run, values);
        var loss = run.Value(RunKeys.Loss) is { } l ? values.Choice(RunKeys.Loss, l, RunNames.Losses) : null;
        var output = run.Value(RunKeys.Output) is { } o ? values.Choice(RunKeys.Output, o, RunNames.Outputs) : null;
        var fitted = Fit(run, data, layers, loss, output, values);
        var training = Training(run, values);
        var network = Network(run, layers, values);
        if (diagnostics.ErrorCount > errors || fitted is null || training is null || network is null) return null;
        var spec = new RunSpec
        {
            Data = fitted, Layers = layers!.Widths, Loss = loss!.Value, Output = output, Seed = seed ?? 0,
            Activation = network.Activation, Init = network.Init, InitScale = network.InitScale,
            Weights = network.Weights, Biases = network.Biases, Skip = network.Skip,
            Optimiser = training.Optimiser, Schedule = training.Schedule, Epochs = training.Epochs, Batch = training.Batch,
            Shuffle = training.Shuffle, ClipNorm = training.ClipNorm, ClipValue = training.ClipValue, AllowDivergence = training.AllowDivergence,
        };
        return WithinBudget(spec, data!.TrainCount, budget, run, values) ? spec : null;
    }

    private static readonly Dictionary<string, string> RequiredMeaning = new(StringComparer.Ordinal)
    {
        [RunKeys.Data] = "the examples, such as {set: moons, n: 200}",
        [RunKeys.Layers] = "the widths from input to output, such as [2, 8, 1]",
        [RunKeys.Loss] = "mse, bce or cross-entropy",
        [RunKeys.Lr] = "the learning rate, such as 0.1",
        [RunKeys.Epochs] = "the passes over the data, such as 100",
    };

    /// <summary>Every missing key in one message at the run's start: an empty run is one slip, not five.</summary>
    private static void RequireKeys(RunMapping run, RunValueReader values)
    {
        var missing = RunKeys.Required.Where(k => !run.Has(k)).Select(k => $"'{k}' ({RequiredMeaning[k]})").ToArray();
        if (missing.Length == 0) return;
        var list = missing.Length == 1 ? missing[0] : string.Join(", ", missing[..^1]) + " and " + missing[^1];
        values.Report(DiagnosticCodes.MissingRunKey, $"a run needs {list}", values.Start);
    }

    /// <summary>The checks of parts against each other, each only on parts read without error; the data as the engine takes it.</summary>
    private static DataSpec? Fit(RunMapping run, DataRead? data, LayersRead? layers, LossKind? loss, OutputActivation? output, RunValueReader values)
    {
        if (output is { } o && loss is { } lossKind) RunFit.OutputFitsLoss(o, run.Value(RunKeys.Output)!, lossKind, values);
        if (data is not null && layers is not null) RunFit.InputFits(layers, data, values);
        if (data is null || loss is null) return null;
        var errors = values.ErrorCount;
        var spec = RunFit.DataFitsLoss(data, loss.Value, run.Value(RunKeys.Loss)!, values);
        if (spec is not null && layers is not null && values.ErrorCount == errors)
            RunFit.OutputWidthFits(layers, spec, loss.Value, data as ExplicitRead, values);
        return spec;
    }

    private sealed record NetworkRead(Activation Activation, Initialisation Init, double InitScale, double[][][]? Weights, double[][]? Biases, bool Skip);

    /// <summary>The network beyond its widths: activation, initialisation or explicit parameters, skips.</summary>
    private static NetworkRead? Network(RunMapping run, LayersRead? layers, RunValueReader values)
    {
        var errors = values.ErrorCount;
        var activation = run.Value(RunKeys.Activation) is { } a ? values.Choice(RunKeys.Activation, a, RunNames.Activations) : Activation.Tanh;
        var init = run.Value(RunKeys.Init) is { } i ? values.Choice(RunKeys.Init, i, RunNames.Initialisations) : Initialisation.XavierUniform;
        var scale = run.Value(RunKeys.InitScale) is { } c ? values.Number(RunKeys.InitScale, c, NumberRule.NonNegative) : 1;
        var skip = run.Value(RunKeys.Skip) is { } k ? values.Boolean(RunKeys.Skip, k) : false;
        var (weights, biases) = NetworkReader.Parameters(run, layers, values);
        if (values.ErrorCount > errors || activation is null || init is null || scale is null || skip is null) return null;
        return new NetworkRead(activation.Value, init.Value, scale.Value, weights, biases, skip.Value);
    }

    private sealed record TrainingRead(Compute.Optimisation.OptimiserSpec Optimiser, ScheduleSpec Schedule, int Epochs, int? Batch,
        bool? Shuffle, double? ClipNorm, double? ClipValue, bool AllowDivergence);

    /// <summary>How the network is trained: optimiser, schedule, clipping, epochs and batches.</summary>
    private static TrainingRead? Training(RunMapping run, RunValueReader values)
    {
        var errors = values.ErrorCount;
        var optimiser = OptimiserReader.Optimiser(run, values);
        var schedule = OptimiserReader.Schedule(run, values);
        var clipNorm = run.Value(RunKeys.ClipNorm) is { } n ? values.Number(RunKeys.ClipNorm, n, NumberRule.Positive) : null;
        var clipValue = run.Value(RunKeys.ClipValue) is { } v ? values.Number(RunKeys.ClipValue, v, NumberRule.Positive) : null;
        var epochs = run.Value(RunKeys.Epochs) is { } e ? values.Integer(RunKeys.Epochs, e, 0, MaxEpochs) : null;
        var batch = Batch(run, values);
        var shuffle = run.Value(RunKeys.Shuffle) is { } s ? values.Boolean(RunKeys.Shuffle, s) : null;
        var allow = run.Value(RunKeys.AllowDivergence) is { } d ? values.Boolean(RunKeys.AllowDivergence, d) : false;
        if (values.ErrorCount > errors || optimiser is null || schedule is null || epochs is null || allow is null) return null;
        return new TrainingRead(optimiser, schedule, epochs.Value, batch, shuffle, clipNorm, clipValue, allow.Value);
    }

    /// <summary>Examples per update: a whole number, or absent or 'full' for the whole training set.</summary>
    private static int? Batch(RunMapping run, RunValueReader values) => run.Value(RunKeys.Batch) switch
    {
        null or YamlScalarNode { Value: "full" } => null,
        var node => values.Integer(RunKeys.Batch, node, 1, DataReader.MaxCount),
    };

    private static bool WithinBudget(RunSpec spec, int trainCount, long budget, RunMapping run, RunValueReader values)
    {
        var cost = RunCost.Of(spec, trainCount);
        if (cost <= budget) return true;
        var parameters = RunCost.Parameters(spec.Layers);
        values.Report(DiagnosticCodes.TrainingBudget,
            $"this run costs {Number(cost)} ({Number(parameters)} parameters × {Number(trainCount)} training examples × {Number(Math.Max(1, spec.Epochs))} epochs), " +
            $"more than the site's training budget of {Number(budget)}; train a smaller network, on fewer examples or for fewer epochs, " +
            "or raise the budget: set max_training_cost in site.yml", run.Key(RunKeys.Epochs));
        return false;
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
