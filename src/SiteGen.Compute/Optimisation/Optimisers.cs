namespace SiteGen.Compute.Optimisation;

/// <summary>Makes the optimiser a spec names, for networks and for 2-D descent alike.</summary>
public static class Optimisers
{
    /// <summary>A new optimiser for <paramref name="size"/> parameters; it keeps its own state between steps.</summary>
    public static IOptimiser Create(OptimiserSpec spec, int size) => throw new NotImplementedException();
}
