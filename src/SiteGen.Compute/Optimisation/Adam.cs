using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        var i = 0;
        // Element by element, so vectors change no result: each lane does the scalar loop's arithmetic in its order.
        if (Vector.IsHardwareAccelerated && _weightDecay == 0)
        {
            var n = Vector<double>.Count;
            ref var p = ref MemoryMarshal.GetReference(point);
            ref var gs = ref MemoryMarshal.GetReference(gradient);
            ref var ms = ref MemoryMarshal.GetArrayDataReference(_mean);
            ref var vs = ref MemoryMarshal.GetArrayDataReference(_square);
            var (fromStart, w, complement) = (Math.Abs(weight) < 0.5, new Vector<double>(weight), new Vector<double>(1 - weight));
            var (beta2, oneMinus, step, root, eps) = (new Vector<double>(_beta2), new Vector<double>(oneMinusBeta2),
                new Vector<double>(negativeStepSize), new Vector<double>(correction2Root), new Vector<double>(_eps));
            for (; i <= point.Length - n; i += n)
            {
                var at = (nuint)i;
                var g = Vector.LoadUnsafe(ref gs, at);
                var mean = Vector.LoadUnsafe(ref ms, at);
                var m = fromStart ? mean + w * (g - mean) : g - (g - mean) * complement;
                var v = Vector.LoadUnsafe(ref vs, at) * beta2 + oneMinus * g * g;
                m.StoreUnsafe(ref ms, at);
                v.StoreUnsafe(ref vs, at);
                (Vector.LoadUnsafe(ref p, at) + step * m / (Vector.SquareRoot(v) / root + eps)).StoreUnsafe(ref p, at);
            }
        }
        for (; i < point.Length; i++)
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
