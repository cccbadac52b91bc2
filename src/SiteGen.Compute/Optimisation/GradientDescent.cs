using SiteGen.Compute.Evaluation;

namespace SiteGen.Compute.Optimisation;

/// <summary>One iterate of a descent: the point, the function's value there, and its gradient.</summary>
public sealed record DescentIterate(IReadOnlyList<double> Point, double Value, IReadOnlyList<double> Gradient);

/// <summary>How a descent ended.</summary>
public enum DescentOutcome
{
    /// <summary>Every step was taken.</summary>
    Completed,
    /// <summary>Stopped early: the gradient's norm fell below <see cref="GradientDescent.ConvergedGradientNorm"/>.</summary>
    Converged,
    /// <summary>Stopped early: the value or gradient stopped being finite, or the value's size passed <see cref="GradientDescent.DivergedValue"/>.</summary>
    Diverged,
}

/// <summary>The iterates of a descent, the start first, and how it ended.</summary>
public sealed record DescentPath(IReadOnlyList<DescentIterate> Iterates, DescentOutcome Outcome)
{
    public bool Converged => Outcome == DescentOutcome.Converged;
    public bool Diverged => Outcome == DescentOutcome.Diverged;
}

/// <summary>
/// Descends a compiled function from a start point with exact gradients, recording every
/// iterate for a figure to draw. The step rule is an <see cref="IOptimiser"/>.
/// </summary>
public static class GradientDescent
{
    public const double DivergedValue = 1e12;
    public const double ConvergedGradientNorm = 1e-12;

    /// <summary>Plain gradient descent, or with <paramref name="momentum"/> β &gt; 0 the heavy-ball method.</summary>
    public static DescentPath Run(CompiledFunction f, IReadOnlyList<double> start, double learningRate, int steps, double momentum = 0) =>
        Run(f, start, new Momentum(learningRate, momentum), steps);

    /// <summary>At most <paramref name="steps"/> steps of <paramref name="optimiser"/>, which must be new (it remembers its steps).</summary>
    public static DescentPath Run(CompiledFunction f, IReadOnlyList<double> start, IOptimiser optimiser, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        if (start.Count != f.Parameters.Count)
            throw new ArgumentException($"the function takes {f.Parameters.Count} arguments, so the start needs {f.Parameters.Count} numbers, not {start.Count}", nameof(start));
        var point = start.ToArray();
        var iterates = new List<DescentIterate>(steps + 1);
        for (var step = 0; ; step++)
        {
            var gradient = new double[point.Length];
            var value = f.ValueAndGradient(point, gradient);
            iterates.Add(new DescentIterate(point.ToArray(), value, gradient));
            if (!double.IsFinite(value) || Math.Abs(value) > DivergedValue || !gradient.All(double.IsFinite))
                return new DescentPath(iterates, DescentOutcome.Diverged);
            if (Math.Sqrt(gradient.Sum(g => g * g)) < ConvergedGradientNorm) return new DescentPath(iterates, DescentOutcome.Converged);
            if (step == steps) return new DescentPath(iterates, DescentOutcome.Completed);
            optimiser.Step(point, gradient);
        }
    }
}
