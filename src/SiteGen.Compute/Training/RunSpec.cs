using SiteGen.Compute.Optimisation;

namespace SiteGen.Compute.Training;

/// <summary>Hidden layers' activation: the lesson language's builtins with their default parameters.</summary>
public enum Activation { Sigmoid, Tanh, Relu, LeakyRelu, Elu, Gelu, Linear }

/// <summary>What the last layer applies to its pre-activation.</summary>
public enum OutputActivation { Linear, Sigmoid, Softmax }

/// <summary>The loss a run minimises, averaged over a batch's examples (reduction "mean").</summary>
public enum LossKind { Mse, Bce, CrossEntropy }

/// <summary>PyTorch's <c>nn.init</c> schemes, fan-in and fan-out taken from the layer.</summary>
public enum Initialisation { XavierUniform, XavierNormal, HeUniform, HeNormal }

/// <summary>How the learning rate changes from epoch to epoch.</summary>
public enum ScheduleKind { Constant, Step, Cosine }

/// <summary>
/// The learning-rate schedule, stepped once per epoch as <c>StepLR</c> (×<paramref name="Gamma"/>
/// every <paramref name="StepEvery"/> epochs) and <c>CosineAnnealingLR(T_max = epochs)</c> are.
/// </summary>
public sealed record ScheduleSpec(ScheduleKind Kind, int StepEvery = 1, double Gamma = 0.1)
{
    public static readonly ScheduleSpec Constant = new(ScheduleKind.Constant);
}

/// <summary>
/// The generated data sets: 2-D classification, or <see cref="Curve"/> for 1-D regression. n is
/// the set's count; "noise" is Gaussian with standard deviation the set's noise; "shuffled" is a
/// Fisher–Yates shuffle. All draws come from the set's own seed.
/// </summary>
public enum DataSetKind
{
    /// <summary>
    /// n = 4 without noise: exactly the truth table (0, 0) → 0, (0, 1) → 1, (1, 0) → 1, (1, 1) → 0, in
    /// that order. Otherwise n points uniform in [−1, 1]², class 1 where x·y &lt; 0, then noise added
    /// to the inputs.
    /// </summary>
    Xor,
    /// <summary>
    /// As scikit-learn's make_moons: ⌊n/2⌋ points of class 0 on the upper half circle (cos t, sin t)
    /// and the rest of class 1 on (1 − cos t, 1 − sin t − 0.5), t evenly spaced over [0, π] with both
    /// ends; shuffled, then noise added to the inputs.
    /// </summary>
    Moons,
    /// <summary>
    /// As make_circles with factor 0.5: ⌊n/2⌋ points of class 0 on the circle of radius 1 and the
    /// rest of class 1 on the circle of radius 0.5, angles evenly spaced from 0 (2π excluded);
    /// shuffled, then noise added to the inputs.
    /// </summary>
    Circles,
    /// <summary>
    /// k arms (classes), as CS231n draws them: arm j has n/k points (the first n mod k arms one
    /// more), radius r evenly spaced from 0 to 1, angle 4r + 2πj/k plus noise (in radians), at
    /// (r sin θ, r cos θ); shuffled.
    /// </summary>
    Spirals,
    /// <summary>
    /// k Gaussian clusters (classes), centre j at radius 2 and angle 2πj/k, each coordinate with
    /// standard deviation the noise, or 0.5 when the noise is 0 (clusters of single points teach
    /// nothing); n/k points each, the first n mod k one more; shuffled.
    /// </summary>
    Blobs,
    /// <summary>1-D regression: x evenly spaced over [−3, 3], both ends included; shuffled; target sin(x) plus noise.</summary>
    Curve,
}

/// <summary>Where a run's examples come from.</summary>
public abstract record DataSpec
{
    /// <summary>The fraction of the examples held out as the test split, from 0 (none) to below 1.</summary>
    public double Test { get; init; }
}

/// <summary>
/// A data set made by SiteGen's own seeded generator, identical on every machine.
/// <paramref name="Classes"/> is 2 except for blobs and spirals, which may have more.
/// </summary>
public sealed record GeneratedData(DataSetKind Set, int Count, double Noise, long Seed, int Classes = 2) : DataSpec;

/// <summary>
/// Examples given in the lesson: one input row each, and as targets either rows of numbers
/// (<paramref name="Targets"/>, one number per output) or class indices (<paramref name="Classes"/>, for cross-entropy).
/// </summary>
public sealed record ExplicitData(double[][] Inputs, double[][]? Targets, int[]? Classes) : DataSpec;

/// <summary>
/// One training run, as the contract (training.md) defines it: every field has the contract's
/// default, so a reader sets only what the author wrote.
/// </summary>
public sealed record RunSpec
{
    public required DataSpec Data { get; init; }
    /// <summary>Widths from input to output, such as [2, 8, 8, 1].</summary>
    public required IReadOnlyList<int> Layers { get; init; }
    public Activation Activation { get; init; } = Activation.Tanh;
    /// <summary>Null takes the loss's default: sigmoid for bce, softmax for cross-entropy, else linear.</summary>
    public OutputActivation? Output { get; init; }
    public required LossKind Loss { get; init; }
    public Initialisation Init { get; init; } = Initialisation.XavierUniform;
    public double InitScale { get; init; } = 1;
    /// <summary>Explicit initial weights replacing <see cref="Init"/>: Weights[l][out][in], the layout of <c>nn.Linear.weight</c>.</summary>
    public double[][][]? Weights { get; init; }
    /// <summary>Explicit initial biases, Biases[l][out]; zeros when only weights are given.</summary>
    public double[][]? Biases { get; init; }
    /// <summary>A hidden layer whose input and output widths are equal adds its input: h ← h + act(W h + b).</summary>
    public bool Skip { get; init; }
    public required OptimiserSpec Optimiser { get; init; }
    public ScheduleSpec Schedule { get; init; } = ScheduleSpec.Constant;
    public double? ClipNorm { get; init; }
    public double? ClipValue { get; init; }
    /// <summary>Passes over the training set; 0 measures the network at initialisation.</summary>
    public required int Epochs { get; init; }
    /// <summary>Examples per update; null is the whole training set.</summary>
    public int? Batch { get; init; }
    /// <summary>Null takes the default: reshuffle before each epoch when <see cref="Batch"/> is set.</summary>
    public bool? Shuffle { get; init; }
    public long Seed { get; init; }
    /// <summary>Divergence is the point of this run (a learning rate too high): the history ends where it diverged.</summary>
    public bool AllowDivergence { get; init; }

    public OutputActivation ResolvedOutput => Output ?? Loss switch
    {
        LossKind.Bce => OutputActivation.Sigmoid,
        LossKind.CrossEntropy => OutputActivation.Softmax,
        _ => OutputActivation.Linear,
    };

    public bool ResolvedShuffle => Shuffle ?? Batch is not null;
}
