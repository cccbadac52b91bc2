namespace SiteGen.Compute.Optimisation;

/// <summary>
/// A rule for the next point of a descent from the current point and its gradient. An
/// optimiser keeps its own memory between steps (a velocity, running averages), so each descent
/// uses a new one.
/// </summary>
public interface IOptimiser
{
    /// <summary>The step size of the next step; a schedule changes it between epochs. At least 0.</summary>
    double LearningRate { get; set; }

    /// <summary>Moves <paramref name="point"/> one step, in place, using the gradient there.</summary>
    void Step(Span<double> point, ReadOnlySpan<double> gradient);
}
