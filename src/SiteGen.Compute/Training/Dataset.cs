namespace SiteGen.Compute.Training;

/// <summary>
/// Examples as contiguous rows: Inputs[i * InputWidth + j]; Targets likewise with TargetWidth
/// (for cross-entropy, TargetWidth is 1 and each target is the class index).
/// </summary>
public sealed record Examples(double[] Inputs, int InputWidth, double[] Targets, int TargetWidth, int Count);

/// <summary>A run's examples, split into the training set and the held-out test set (maybe empty).</summary>
public sealed record Dataset(Examples Train, Examples Test)
{
    /// <summary>The examples a run's data spec names: generated (seeded) or explicit.</summary>
    public static Dataset Of(DataSpec data, long runSeed) => throw new NotImplementedException();
}
