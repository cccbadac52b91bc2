using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Training;

/// <summary>
/// The words a run is written with and the engine's values they stand for, in one table each,
/// so that reading a run and writing its canonical text cannot disagree.
/// </summary>
public static class RunNames
{
    public static readonly IReadOnlyList<(string Name, Activation Value)> Activations =
    [
        ("sigmoid", Activation.Sigmoid), ("tanh", Activation.Tanh), ("relu", Activation.Relu),
        ("leaky_relu", Activation.LeakyRelu), ("elu", Activation.Elu), ("gelu", Activation.Gelu), ("linear", Activation.Linear),
    ];

    public static readonly IReadOnlyList<(string Name, OutputActivation Value)> Outputs =
        [("linear", OutputActivation.Linear), ("sigmoid", OutputActivation.Sigmoid), ("softmax", OutputActivation.Softmax)];

    public static readonly IReadOnlyList<(string Name, LossKind Value)> Losses =
        [("mse", LossKind.Mse), ("bce", LossKind.Bce), ("cross-entropy", LossKind.CrossEntropy)];

    public static readonly IReadOnlyList<(string Name, Initialisation Value)> Initialisations =
    [
        ("xavier-uniform", Initialisation.XavierUniform), ("xavier-normal", Initialisation.XavierNormal),
        ("he-uniform", Initialisation.HeUniform), ("he-normal", Initialisation.HeNormal),
    ];

    public static readonly IReadOnlyList<(string Name, OptimiserKind Value)> Optimisers =
    [
        ("sgd", OptimiserKind.Sgd), ("momentum", OptimiserKind.Momentum), ("nesterov", OptimiserKind.Nesterov),
        ("rmsprop", OptimiserKind.RmsProp), ("adagrad", OptimiserKind.AdaGrad), ("adam", OptimiserKind.Adam),
    ];

    public static readonly IReadOnlyList<(string Name, ScheduleKind Value)> Schedules =
        [("constant", ScheduleKind.Constant), ("step", ScheduleKind.Step), ("cosine", ScheduleKind.Cosine)];

    public static readonly IReadOnlyList<(string Name, DataSetKind Value)> DataSets =
    [
        ("xor", DataSetKind.Xor), ("moons", DataSetKind.Moons), ("circles", DataSetKind.Circles),
        ("spirals", DataSetKind.Spirals), ("blobs", DataSetKind.Blobs), ("curve", DataSetKind.Curve),
    ];

    public static string Of<T>(IReadOnlyList<(string Name, T Value)> table, T value) where T : struct, Enum =>
        table.First(entry => EqualityComparer<T>.Default.Equals(entry.Value, value)).Name;

    public static string Of(Activation value) => Of(Activations, value);
    public static string Of(OutputActivation value) => Of(Outputs, value);
    public static string Of(LossKind value) => Of(Losses, value);
    public static string Of(Initialisation value) => Of(Initialisations, value);
    public static string Of(OptimiserKind value) => Of(Optimisers, value);
    public static string Of(ScheduleKind value) => Of(Schedules, value);
    public static string Of(DataSetKind value) => Of(DataSets, value);
}
