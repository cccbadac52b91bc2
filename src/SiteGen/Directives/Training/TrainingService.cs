using SiteGen.Compute.Training;

namespace SiteGen.Directives.Training;

/// <summary>
/// Where a page's runs are trained. The build gives one that keeps reports on disk by key, so a
/// rebuild trains only the runs that changed; a lesson rendered on its own trains every time.
/// </summary>
public interface ITrainingService
{
    /// <summary>The most a run may cost (parameters × training examples × epochs): the site's max_training_cost.</summary>
    long Budget { get; }

    /// <summary>The outcome of <paramref name="spec"/>, whose cache key is <paramref name="key"/> (<see cref="RunCacheKey.Of"/>).</summary>
    TrainingOutcome Train(RunSpec spec, string key);
}

/// <summary>Trains every run it is asked for and keeps nothing.</summary>
public sealed class UncachedTraining(long budget = RunCost.DefaultBudget) : ITrainingService
{
    public static UncachedTraining Default { get; } = new();

    public long Budget => budget;
    public TrainingOutcome Train(RunSpec spec, string key) => Trainer.Run(spec);
}
