using SiteGen.Compute.Optimisation;

namespace SiteGen.Training;

/// <summary>The keys of a run and of its data, as training.md's table spells them.</summary>
internal static class RunKeys
{
    public const string Data = "data", Layers = "layers", Activation = "activation", Output = "output", Loss = "loss";
    public const string Init = "init", InitScale = "init-scale", Weights = "weights", Biases = "biases", Skip = "skip";
    public const string Optimiser = "optimiser", Lr = "lr", Momentum = "momentum", Beta1 = "beta1", Beta2 = "beta2";
    public const string Alpha = "alpha", Eps = "eps", WeightDecay = "weight-decay";
    public const string Schedule = "schedule", StepEvery = "step-every", Gamma = "gamma";
    public const string ClipNorm = "clip-norm", ClipValue = "clip-value";
    public const string Epochs = "epochs", Batch = "batch", Shuffle = "shuffle", Seed = "seed";
    public const string AllowDivergence = "allow-divergence";

    public static readonly string[] Run =
    [
        Data, Layers, Activation, Output, Loss, Init, InitScale, Weights, Biases, Skip,
        Optimiser, Lr, Momentum, Beta1, Beta2, Alpha, Eps, WeightDecay, Schedule, StepEvery, Gamma,
        ClipNorm, ClipValue, Epochs, Batch, Shuffle, Seed, AllowDivergence,
    ];

    /// <summary>The keys without which a run means nothing; each has no default.</summary>
    public static readonly string[] Required = [Data, Layers, Loss, Lr, Epochs];

    public const string Set = "set", Count = "n", Noise = "noise", Test = "test", Classes = "classes", X = "x", Y = "y";

    public static readonly string[] GeneratedData = [Set, Count, Noise, Seed, Test, Classes];
    public static readonly string[] ExplicitData = [X, Y, Test];
    public static readonly string[] AnyData = [Set, Count, Noise, Seed, Test, Classes, X, Y];

    /// <summary>
    /// The optimisers that read each optimiser-specific key: giving one to another optimiser
    /// would be silently ignored, so it is an error. weight-decay belongs to every optimiser.
    /// </summary>
    public static readonly IReadOnlyList<(string Key, OptimiserKind[] UsedBy)> OptimiserSettings =
    [
        (Momentum, [OptimiserKind.Momentum, OptimiserKind.Nesterov]),
        (Beta1, [OptimiserKind.Adam]),
        (Beta2, [OptimiserKind.Adam]),
        (Alpha, [OptimiserKind.RmsProp]),
        (Eps, [OptimiserKind.RmsProp, OptimiserKind.AdaGrad, OptimiserKind.Adam]),
    ];
}
