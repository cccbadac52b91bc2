using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>Runs the training tests share, and the asserts they make of reports.</summary>
internal static class Runs
{
    public static RunSpec Moons(int n = 100, double noise = 0.1, int[]? layers = null, Activation activation = Activation.Tanh,
        LossKind loss = LossKind.Bce, OptimiserSpec? optimiser = null, int epochs = 20) => new()
    {
        Data = new GeneratedData(DataSetKind.Moons, n, noise, Seed: 7),
        Layers = layers ?? [2, 8, 1],
        Activation = activation,
        Loss = loss,
        Optimiser = optimiser ?? new OptimiserSpec(OptimiserKind.Sgd, 0.1),
        Epochs = epochs,
    };

    public static RunReport Report(RunSpec spec)
    {
        var outcome = Trainer.Run(spec);
        Assert.True(outcome.Failure is null, outcome.Failure?.Message);
        return outcome.Report!;
    }

    public static long[] Bits(IEnumerable<double> values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    public static double[] Flat(RunReport report) =>
        report.Weights.Zip(report.Biases, (w, b) => w.SelectMany(row => row).Concat(b)).SelectMany(x => x).ToArray();

    /// <summary>Every number of two reports, bit for bit.</summary>
    public static void Identical(RunReport a, RunReport b)
    {
        Assert.Equal(Bits(a.Loss), Bits(b.Loss));
        Assert.Equal(Bits(a.Accuracy ?? []), Bits(b.Accuracy ?? []));
        Assert.Equal(Bits(a.TestLoss ?? []), Bits(b.TestLoss ?? []));
        Assert.Equal(Bits(a.TestAccuracy ?? []), Bits(b.TestAccuracy ?? []));
        Assert.Equal(Bits(a.GradNorms.SelectMany(n => n)), Bits(b.GradNorms.SelectMany(n => n)));
        Assert.Equal(Bits(Flat(a)), Bits(Flat(b)));
    }
}
