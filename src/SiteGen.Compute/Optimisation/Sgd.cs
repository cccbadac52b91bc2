using System.Runtime.CompilerServices;

namespace SiteGen.Compute.Optimisation;

/// <summary>
/// <c>torch.optim.SGD</c> (dampening 0), in its arithmetic order: g ← g + λp; with momentum μ the
/// buffer is g on the first step, then b ← μb + g; Nesterov steps along g + μb, heavy ball along
/// b, plain SGD (μ = 0) along g; p ← p − η·step.
/// </summary>
public sealed class Sgd : IOptimiser
{
    private readonly double _momentum;
    private readonly bool _nesterov;
    private readonly double _weightDecay;
    private readonly int _size;
    private readonly double[] _buffer;
    private bool _started;
    private double _learningRate;

    public Sgd(int size, double learningRate, double momentum = 0, bool nesterov = false, double weightDecay = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        _learningRate = HyperParameters.LearningRate(learningRate);
        _momentum = HyperParameters.DecayRate(momentum, nameof(momentum));
        if (nesterov && momentum == 0)
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "Nesterov momentum needs a momentum above 0");
        _nesterov = nesterov;
        _weightDecay = HyperParameters.NonNegative(weightDecay, nameof(weightDecay));
        _size = size;
        _buffer = momentum == 0 ? [] : new double[size];
    }

    public double LearningRate
    {
        get => _learningRate;
        set => _learningRate = HyperParameters.ScheduledLearningRate(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(Span<double> point, ReadOnlySpan<double> gradient)
    {
        HyperParameters.SameSize(_size, point, gradient);
        var negativeRate = -_learningRate;
        for (var i = 0; i < point.Length; i++)
        {
            var g = _weightDecay == 0 ? gradient[i] : gradient[i] + _weightDecay * point[i];
            if (_momentum != 0)
            {
                var b = _started ? _buffer[i] * _momentum + g : g;
                _buffer[i] = b;
                g = _nesterov ? g + _momentum * b : b;
            }
            point[i] += negativeRate * g;
        }
        _started = true;
    }
}
