using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>torch.nn.init's schemes by their bounds and spreads, fan-in and fan-out from the layer, biases at 0.</summary>
public class InitialisationTests
{
    private static (double[] Weights, double[] Biases) Layer(Initialisation init, double scale = 1)
    {
        var spec = new RunSpec
        {
            Data = new ExplicitData([[.. new double[100]]], [[0.0]], null),
            Layers = [100, 300, 1],
            Loss = LossKind.Mse,
            Init = init,
            InitScale = scale,
            Optimiser = new OptimiserSpec(OptimiserKind.Sgd, 0.1),
            Epochs = 0,
        };
        var parameters = InitialParameters.Of(spec, NetworkShape.Of(spec));
        return (parameters[..30000], parameters[30000..30300]);
    }

    private static double Spread(double[] values) => Math.Sqrt(values.Sum(v => v * v) / values.Length);

    [Theory]
    [InlineData(Initialisation.XavierUniform, 0.12247448713915890)] // √(6 / (100 + 300))
    [InlineData(Initialisation.HeUniform, 0.24494897427831781)]     // √2 · √(3 / 100)
    public void Uniform_schemes_stay_within_their_bound_and_fill_it(Initialisation init, double bound)
    {
        var (weights, biases) = Layer(init);
        Assert.All(weights, w => Assert.InRange(Math.Abs(w), 0, bound));
        Assert.True(weights.Max() > 0.99 * bound && weights.Min() < -0.99 * bound);
        Assert.Equal(bound / Math.Sqrt(3), Spread(weights), 0.01 * bound);
        Assert.All(biases, b => Assert.Equal(0, b));
    }

    [Theory]
    [InlineData(Initialisation.XavierNormal, 0.070710678118654752)] // √(2 / (100 + 300))
    [InlineData(Initialisation.HeNormal, 0.14142135623730950)]      // √(2 / 100)
    public void Normal_schemes_have_their_standard_deviation(Initialisation init, double deviation)
    {
        var (weights, _) = Layer(init);
        Assert.Equal(deviation, Spread(weights), 0.02 * deviation);
        Assert.Equal(0, weights.Average(), 0.02 * deviation);
    }

    [Fact]
    public void The_scale_multiplies_every_weight()
    {
        var (plain, _) = Layer(Initialisation.HeNormal);
        var (scaled, _) = Layer(Initialisation.HeNormal, scale: 0.5);
        for (var i = 0; i < plain.Length; i++) Assert.Equal(0.5 * plain[i], scaled[i]);
    }
}
