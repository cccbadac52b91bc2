namespace SiteGen.Compute.Optimisation;

/// <summary>The optimisers of <c>torch.optim</c> that lessons use, one implementation for networks and for 2-D descent.</summary>
public enum OptimiserKind { Sgd, Momentum, Nesterov, RmsProp, AdaGrad, Adam }

/// <summary>
/// An optimiser and its hyper-parameters, with <c>torch.optim</c>'s defaults. Null means the
/// kind's own default: momentum 0.9 for momentum and Nesterov; ε 1e-8 for Adam and RMSprop, 1e-10 for Adagrad.
/// </summary>
public sealed record OptimiserSpec(OptimiserKind Kind, double LearningRate)
{
    public double? Momentum { get; init; }
    public double Beta1 { get; init; } = 0.9;
    public double Beta2 { get; init; } = 0.999;
    public double Alpha { get; init; } = 0.99;
    public double? Eps { get; init; }
    public double WeightDecay { get; init; }

    public const double DefaultMomentum = 0.9;
    public const double DefaultAdamEps = 1e-8;
    public const double DefaultRmsPropEps = 1e-8;
    public const double DefaultAdaGradEps = 1e-10;
}
