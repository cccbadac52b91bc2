using System.Runtime.CompilerServices;

namespace SiteGen.Compute.Optimisation;

/// <summary>
/// <c>torch.optim.Adagrad</c> (no learning-rate decay, accumulator starting at 0), in its
/// arithmetic order: g ← g + λp; s ← s + g²; p ← p − η·g / (√s + ε).
/// </summary>
public sealed class AdaGrad : IOptimiser
{
    private readonly double _eps;
    private readonly double _weightDecay;
    private readonly double[] _sum;
    private double _learningRate;

    public AdaGrad(int size, double learningRate, double eps = 1e-10, double weightDecay = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        _learningRate = HyperParameters.LearningRate(learningRate);
        _eps = HyperParameters.NonNegative(eps, nameof(eps));
        _weightDecay = HyperParameters.NonNegative(weightDecay, nameof(weightDecay));
        _sum = new double[size];
    }

    public double LearningRate
    {
        get => _learningRate;
        set => _learningRate = HyperParameters.ScheduledLearningRate(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(Span<double> point, ReadOnlySpan<double> gradient)
    {
        HyperParameters.SameSize(_sum.Length, point, gradient);
        var negativeRate = -_learningRate;
        for (var i = 0; i < point.Length; i++)
        {
            var g = _weightDecay == 0 ? gradient[i] : gradient[i] + _weightDecay * point[i];
            var s = _sum[i] + g * g;
            _sum[i] = s;
            point[i] += negativeRate * g / (Math.Sqrt(s) + _eps);
        }
    }
}
