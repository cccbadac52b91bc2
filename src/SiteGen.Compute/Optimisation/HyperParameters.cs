namespace SiteGen.Compute.Optimisation;

/// <summary>
/// The checks every optimiser makes of its hyper-parameters. The reader reports a bad value to
/// the author at its line first, so reaching one of these throws is a bug in the caller.
/// </summary>
internal static class HyperParameters
{
    public static double LearningRate(double value, string name = "learningRate")
    {
        if (!(value > 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, "the learning rate must be a positive number");
        return value;
    }

    /// <summary>A schedule may bring the rate down to 0 (cosine annealing ends there), never below.</summary>
    public static double ScheduledLearningRate(double value)
    {
        if (!(value >= 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "the learning rate must be a number at least 0");
        return value;
    }

    /// <summary>A decay rate of a running average (momentum, β₁, β₂, α): from 0 up to, not including, 1.</summary>
    public static double DecayRate(double value, string name)
    {
        if (!(value >= 0 && value < 1))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 0 and below 1");
        return value;
    }

    public static double NonNegative(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a number at least 0");
        return value;
    }

    public static void SameSize(int size, Span<double> point, ReadOnlySpan<double> gradient)
    {
        if (point.Length != size || gradient.Length != size)
            throw new ArgumentException($"the optimiser was made for {size} parameters, not a point of {point.Length} and a gradient of {gradient.Length}");
    }
}
