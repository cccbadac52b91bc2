using System.Runtime.CompilerServices;

namespace SiteGen.Compute.Optimisation;

/// <summary>
/// <c>torch.optim.Adam</c> with L2 weight decay (not AdamW), in the arithmetic order of its
/// single-tensor path: g ← g + λp; m ← m + (1 − β₁)(g − m) (lerp_); v ← β₂v + (1 − β₂)g²;
/// p ← p − (η / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + ε).
/// </summary>
public sealed class Adam : IOptimiser
{
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly double _eps;
    private readonly double _weightDecay;
    private readonly double[] _mean;
    private readonly double[] _square;
    private long _steps;
    private double _learningRate;

    public Adam(int size, double learningRate, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        _learningRate = HyperParameters.LearningRate(learningRate);
        _beta1 = HyperParameters.DecayRate(beta1, nameof(beta1));
        _beta2 = HyperParameters.DecayRate(beta2, nameof(beta2));
        _eps = HyperParameters.NonNegative(eps, nameof(eps));
        _weightDecay = HyperParameters.NonNegative(weightDecay, nameof(weightDecay));
        _mean = new double[size];
        _square = new double[size];
    }

    public double LearningRate
    {
        get => _learningRate;
        set => _learningRate = HyperParameters.ScheduledLearningRate(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(Span<double> point, ReadOnlySpan<double> gradient)
    {
        HyperParameters.SameSize(_mean.Length, point, gradient);
        _steps++;
        var weight = 1 - _beta1;
        var oneMinusBeta2 = 1 - _beta2;
        var negativeStepSize = -(_learningRate / (1 - IntegerPower.Of(_beta1, _steps)));
        var correction2Root = Math.Sqrt(1 - IntegerPower.Of(_beta2, _steps));
        for (var i = 0; i < point.Length; i++)
        {
            var g = _weightDecay == 0 ? gradient[i] : gradient[i] + _weightDecay * point[i];
            var m = Lerp(_mean[i], g, weight);
            var v = _square[i] * _beta2 + oneMinusBeta2 * g * g;
            (_mean[i], _square[i]) = (m, v);
            point[i] += negativeStepSize * m / (Math.Sqrt(v) / correction2Root + _eps);
        }
    }

    /// <summary>torch's lerp: from the start for weights below ½, from the end otherwise, so each end is exact.</summary>
    private static double Lerp(double start, double end, double weight) =>
        Math.Abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight);
}
