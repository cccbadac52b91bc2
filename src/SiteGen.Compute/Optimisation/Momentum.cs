namespace SiteGen.Compute.Optimisation;

/// <summary>
/// Gradient descent with momentum, as PyTorch's SGD writes it: v ← βv + g, x ← x − ηv.
/// With β = 0 it is plain gradient descent, x ← x − ηg.
/// </summary>
public sealed class Momentum : IOptimiser
{
    private readonly double _learningRate;
    private readonly double _beta;
    private double[]? _velocity;

    public Momentum(double learningRate, double beta = 0)
    {
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "the learning rate must be a positive number");
        if (!(beta >= 0 && beta < 1)) throw new ArgumentOutOfRangeException(nameof(beta), beta, "momentum's β must be at least 0 and below 1");
        (_learningRate, _beta) = (learningRate, beta);
    }

    public void Step(Span<double> point, ReadOnlySpan<double> gradient)
    {
        _velocity ??= new double[point.Length];
        for (var i = 0; i < point.Length; i++)
        {
            _velocity[i] = _beta * _velocity[i] + gradient[i];
            point[i] -= _learningRate * _velocity[i];
        }
    }
}
