using System.Globalization;
using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;
using SiteGen.Directives.Compute;

namespace SiteGen.Directives.Training;

/// <summary>What a run is and what it did, in words: the summary under its definition and the start of figures' descriptions.</summary>
public static class RunDescription
{
    /// <summary>"a 2–16–16–1 ReLU network trained with Adam (learning rate 0.01) for 2,000 full-batch epochs on 200 moons points: loss 0.693 → 0.0123, accuracy 50 % → 100 %."</summary>
    public static string Summary(LessonRun run)
    {
        var spec = run.Spec;
        var what = $"a {Network(spec)} network";
        var data = Data(run);
        if (spec.Epochs == 0)
            return $"{what} at initialisation ({Init(spec)}) on {data}: {Measures(run, 0)}.";
        var training = $"trained with {Optimiser(spec.Optimiser)} for {Count(spec.Epochs)} {Batches(run)} on {data}";
        var result = run.Report.Diverged is { } diverged
            ? $"it diverged at epoch {diverged.Epoch} ({diverged.What}); loss {Number(run.Report.Loss[0])} at the start, {Number(run.Report.Loss[^1])} at epoch {run.LastEpoch}"
            : $"{Measures(run, 0)} → {Final(run)}";
        return $"{what} {training}: {result}.";
    }

    /// <summary>"2–16–16–1 ReLU", with skip connections when they apply.</summary>
    public static string Network(RunSpec spec)
    {
        var widths = string.Join("–", spec.Layers.Select(w => w.ToString(CultureInfo.InvariantCulture)));
        var hidden = spec.Layers.Count > 2 ? " " + ActivationName(spec.Activation) : "";
        return widths + hidden + (spec.Skip ? " (with skip connections)" : "");
    }

    public static string ActivationName(Activation activation) => activation switch
    {
        Activation.Sigmoid => "sigmoid",
        Activation.Tanh => "tanh",
        Activation.Relu => "ReLU",
        Activation.LeakyRelu => "leaky ReLU",
        Activation.Elu => "ELU",
        Activation.Gelu => "GELU",
        _ => "linear",
    };

    public static string OptimiserName(OptimiserKind kind) => kind switch
    {
        OptimiserKind.Sgd => "SGD",
        OptimiserKind.Momentum => "SGD with momentum",
        OptimiserKind.Nesterov => "Nesterov momentum",
        OptimiserKind.RmsProp => "RMSprop",
        OptimiserKind.AdaGrad => "AdaGrad",
        _ => "Adam",
    };

    private static string Optimiser(OptimiserSpec optimiser) => $"{OptimiserName(optimiser.Kind)} (learning rate {Number(optimiser.LearningRate)})";

    private static string Init(RunSpec spec) => spec.Weights is not null ? "weights given in the lesson"
        : spec.Init.ToString() switch
        {
            "XavierUniform" => "Xavier uniform",
            "XavierNormal" => "Xavier normal",
            "HeUniform" => "He uniform",
            _ => "He normal",
        } + (spec.InitScale != 1 ? $" × {Number(spec.InitScale)}" : "");

    /// <summary>"full-batch epochs", "epochs of 10-example batches"; "epoch" for a run of one.</summary>
    private static string Batches(LessonRun run)
    {
        var epochs = run.Spec.Epochs == 1 ? "epoch" : "epochs";
        return run.Spec.Batch is { } batch && batch < run.Data.Train.Count
            ? $"{epochs} of {Count(batch)}-example batches"
            : $"full-batch {epochs}";
    }

    private static string Data(LessonRun run)
    {
        var held = run.Data.Test.Count > 0 ? $" ({Count(run.Data.Test.Count)} more held out for testing)" : "";
        var examples = run.Data.Train.Count;
        return run.Spec.Data switch
        {
            GeneratedData { Set: DataSetKind.Curve } => $"{Count(examples)} points of sin(x){held}",
            GeneratedData generated => $"{Count(examples)} {generated.Set.ToString().ToLowerInvariant()} points{held}",
            _ => $"{Count(examples)} example{(examples == 1 ? "" : "s")} given in the lesson{held}",
        };
    }

    private static string Measures(LessonRun run, int epoch)
    {
        var loss = $"loss {Number(run.Report.Loss[epoch])}";
        return run.Report.Accuracy is { } accuracy ? $"{loss}, accuracy {Percent(accuracy[epoch])}" : loss;
    }

    private static string Final(LessonRun run)
    {
        var last = run.LastEpoch;
        var text = $"loss {Number(run.Report.Loss[last])}";
        if (run.Report.Accuracy is { } accuracy) text += $", accuracy {Percent(accuracy[last])}";
        if (run.Report.TestAccuracy is { } test) text += $" (test {Percent(test[last])})";
        else if (run.Report.TestLoss is { } testLoss) text += $" (test loss {Number(testLoss[last])})";
        return text;
    }

    public static string Number(double value) => NumberFormat.Number(value, 3);
    public static string Percent(double fraction) => new RunValue(fraction, 3, true).Text;
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
