using System.Runtime.CompilerServices;

namespace SiteGen.Compute.Optimisation;

/// <summary>
/// <c>torch.optim.RMSprop</c> (not centred, no momentum), in its arithmetic order:
/// g ← g + λp; s ← αs + (1 − α)g²; p ← p − η·g / (√s + ε).
/// </summary>
public sealed class RmsProp : IOptimiser
{
    private readonly double _alpha;
    private readonly double _eps;
    private readonly double _weightDecay;
    private readonly double[] _squareAverage;
    private double _learningRate;

    public RmsProp(int size, double learningRate, double alpha = 0.99, double eps = 1e-8, double weightDecay = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        _learningRate = HyperParameters.LearningRate(learningRate);
        _alpha = HyperParameters.DecayRate(alpha, nameof(alpha));
        _eps = HyperParameters.NonNegative(eps, nameof(eps));
        _weightDecay = HyperParameters.NonNegative(weightDecay, nameof(weightDecay));
        _squareAverage = new double[size];
    }

    public double LearningRate
    {
        get => _learningRate;
        set => _learningRate = HyperParameters.ScheduledLearningRate(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(Span<double> point, ReadOnlySpan<double> gradient)
    {
        HyperParameters.SameSize(_squareAverage.Length, point, gradient);
        var oneMinusAlpha = 1 - _alpha;
        var negativeRate = -_learningRate;
        for (var i = 0; i < point.Length; i++)
        {
            var g = _weightDecay == 0 ? gradient[i] : gradient[i] + _weightDecay * point[i];
            // square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha): (1 − α)·g first, then ·g.
            var s = _squareAverage[i] * _alpha + oneMinusAlpha * g * g;
            _squareAverage[i] = s;
            // param.addcdiv_(grad, avg, value=-lr): (−η·g) / avg.
            point[i] += negativeRate * g / (Math.Sqrt(s) + _eps);
        }
    }
}
