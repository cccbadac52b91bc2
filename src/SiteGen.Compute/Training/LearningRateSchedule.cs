namespace SiteGen.Compute.Training;

/// <summary>
/// The learning rate epoch by epoch, with torch's recursive formulas (each rate from the one
/// before, as <c>scheduler.step()</c> computes it): <c>StepLR</c> multiplies by γ after every
/// step-every epochs; <c>CosineAnnealingLR(T_max = epochs, eta_min = 0)</c> takes
/// lr_t = (1 + cos(πt/T)) / (1 + cos(π(t − 1)/T)) · lr_(t−1), reaching 0 after the last epoch.
/// </summary>
internal sealed class LearningRateSchedule(ScheduleSpec spec, int epochs)
{
    /// <summary>The rate for the epoch after <paramref name="epochsDone"/> epochs, from the rate the last one used.</summary>
    public double After(int epochsDone, double rate) => spec.Kind switch
    {
        ScheduleKind.Step => epochsDone % spec.StepEvery == 0 ? rate * spec.Gamma : rate,
        ScheduleKind.Cosine => (1 + Math.Cos(Math.PI * epochsDone / epochs)) / (1 + Math.Cos(Math.PI * (epochsDone - 1) / epochs)) * rate,
        _ => rate,
    };

    public static void Check(ScheduleSpec spec)
    {
        if (spec.Kind == ScheduleKind.Step && spec.StepEvery < 1)
            throw new ArgumentOutOfRangeException(nameof(spec), spec.StepEvery, "a step schedule steps every 1 or more epochs");
        if (spec.Kind == ScheduleKind.Step && !(spec.Gamma > 0 && double.IsFinite(spec.Gamma)))
            throw new ArgumentOutOfRangeException(nameof(spec), spec.Gamma, "a step schedule's gamma must be a positive number");
    }
}
