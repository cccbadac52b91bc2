namespace SiteGen.Compute.Training;

/// <summary>What a run costs against the site's training budget: parameters × training examples × epochs.</summary>
public static class RunCost
{
    /// <summary>Lets a 2-16-16-1 network (337 parameters) train on 1,000 points for 5,000 epochs, with room to spare.</summary>
    public const long DefaultBudget = 2_000_000_000;

    public static int Parameters(IReadOnlyList<int> layers)
    {
        var count = 0;
        for (var l = 1; l < layers.Count; l++) count += layers[l - 1] * layers[l] + layers[l];
        return count;
    }

    /// <summary>The cost of training <paramref name="spec"/> on <paramref name="trainCount"/> examples; a run of 0 epochs costs one pass.</summary>
    public static long Of(RunSpec spec, int trainCount) => (long)Parameters(spec.Layers) * trainCount * Math.Max(1, spec.Epochs);
}
