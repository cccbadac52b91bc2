namespace SiteGen.Compute.Optimisation;

/// <summary>
/// Gradient descent with momentum, as PyTorch's SGD writes it: v ← βv + g, x ← x − ηv.
/// With β = 0 it is plain gradient descent, x ← x − ηg. It is <see cref="Sgd"/>, sized by the
/// first point it steps, for descents that do not say their dimension up front.
/// </summary>
public sealed class Momentum : IOptimiser
{
    private readonly double _beta;
    private double _learningRate;
    private Sgd? _sgd;

    public Momentum(double learningRate, double beta = 0)
    {
        _learningRate = HyperParameters.LearningRate(learningRate);
        _beta = HyperParameters.DecayRate(beta, nameof(beta));
    }

    public double LearningRate
    {
        get => _sgd?.LearningRate ?? _learningRate;
        set
        {
            _learningRate = HyperParameters.ScheduledLearningRate(value);
            if (_sgd is not null) _sgd.LearningRate = value;
        }
    }

    public void Step(Span<double> point, ReadOnlySpan<double> gradient)
    {
        // Made with rate 1 and then given the real one, which a schedule may have brought down to 0.
        _sgd ??= new Sgd(point.Length, learningRate: 1, _beta) { LearningRate = _learningRate };
        _sgd.Step(point, gradient);
    }
}
