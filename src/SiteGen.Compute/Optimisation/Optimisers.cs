namespace SiteGen.Compute.Optimisation;

/// <summary>Makes the optimiser a spec names, for networks and for 2-D descent alike.</summary>
public static class Optimisers
{
    /// <summary>A new optimiser for <paramref name="size"/> parameters; it keeps its own state between steps.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A hyper-parameter outside what <c>torch.optim</c> accepts.</exception>
    public static IOptimiser Create(OptimiserSpec spec, int size) => spec.Kind switch
    {
        OptimiserKind.Sgd => new Sgd(size, spec.LearningRate, spec.Momentum ?? 0, nesterov: false, spec.WeightDecay),
        OptimiserKind.Momentum => new Sgd(size, spec.LearningRate, spec.Momentum ?? OptimiserSpec.DefaultMomentum, nesterov: false, spec.WeightDecay),
        OptimiserKind.Nesterov => new Sgd(size, spec.LearningRate, spec.Momentum ?? OptimiserSpec.DefaultMomentum, nesterov: true, spec.WeightDecay),
        OptimiserKind.RmsProp => new RmsProp(size, spec.LearningRate, spec.Alpha, spec.Eps ?? OptimiserSpec.DefaultRmsPropEps, spec.WeightDecay),
        OptimiserKind.AdaGrad => new AdaGrad(size, spec.LearningRate, spec.Eps ?? OptimiserSpec.DefaultAdaGradEps, spec.WeightDecay),
        OptimiserKind.Adam => new Adam(size, spec.LearningRate, spec.Beta1, spec.Beta2, spec.Eps ?? OptimiserSpec.DefaultAdamEps, spec.WeightDecay),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "no such optimiser"),
    };
}
