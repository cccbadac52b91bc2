namespace SiteGen.Compute.Training;

/// <summary>Why a run produced no report: it diverged where divergence was not allowed.</summary>
public sealed record TrainingFailure(Divergence Divergence, string Message);

/// <summary>A run's report, or why it has none.</summary>
public sealed record TrainingOutcome(RunReport? Report, TrainingFailure? Failure);

/// <summary>
/// Trains one run (training.md) on contiguous arrays, deterministically, bit for bit. Every
/// buffer is allocated before the first epoch; the epoch loop allocates nothing.
/// </summary>
public static class Trainer
{
    /// <summary>Runs <paramref name="spec"/>, which a reader has already checked (widths, targets, budget).</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; it is checked between epochs.</exception>
    public static TrainingOutcome Run(RunSpec spec, CancellationToken cancel = default)
        => new TrainingRun(spec).Train(cancel);
}
