namespace SiteGen.Compute.Training;

/// <summary>
/// What a run measures epoch by epoch, in storage allocated before the first epoch so that
/// recording allocates nothing; a run that stops early reports the epochs it measured.
/// </summary>
internal sealed class RunHistory
{
    private readonly double[] _loss;
    private readonly double[]? _accuracy;
    private readonly double[]? _testLoss;
    private readonly double[]? _testAccuracy;
    private readonly double[][] _gradNorms;

    public RunHistory(int epochs, int layers, bool classifies, bool tests)
    {
        _loss = new double[epochs + 1];
        _accuracy = classifies ? new double[epochs + 1] : null;
        _testLoss = tests ? new double[epochs + 1] : null;
        _testAccuracy = classifies && tests ? new double[epochs + 1] : null;
        _gradNorms = new double[epochs + 1][];
        for (var k = 0; k <= epochs; k++) _gradNorms[k] = new double[layers];
    }

    /// <summary>How many epochs (counting the start) are recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Where the next epoch's weight-gradient norms go, layer by layer.</summary>
    public Span<double> NextGradNorms => _gradNorms[Count];

    public void Record(double loss, double accuracy, double testLoss, double testAccuracy)
    {
        _loss[Count] = loss;
        _accuracy?[Count] = accuracy;
        _testLoss?[Count] = testLoss;
        _testAccuracy?[Count] = testAccuracy;
        Count++;
    }

    public RunReport Report(NetworkShape shape, ReadOnlySpan<double> parameters, int updatesPerEpoch, Divergence? diverged)
    {
        var (weights, biases) = shape.Unflatten(parameters);
        return new RunReport
        {
            Loss = Measured(_loss)!,
            Accuracy = Measured(_accuracy),
            TestLoss = Measured(_testLoss),
            TestAccuracy = Measured(_testAccuracy),
            GradNorms = Count == _gradNorms.Length ? _gradNorms : _gradNorms[..Count],
            Weights = weights,
            Biases = biases,
            Diverged = diverged,
            UpdatesPerEpoch = updatesPerEpoch,
        };
    }

    private double[]? Measured(double[]? values) => values is null || Count == values.Length ? values : values[..Count];
}
