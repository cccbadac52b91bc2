using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>What the lessons show: a network that learns XOR, and gradients that vanish through deep sigmoid stacks but not through ReLU ones.</summary>
public class LearningTests
{
    private static readonly int[] TenLayers = [2, 16, 16, 16, 16, 16, 16, 16, 16, 16, 1];

    private static IReadOnlyList<double> NormsAtInitialisation(Activation activation, Initialisation init, long seed) =>
        Runs.Report(new RunSpec
        {
            Data = new GeneratedData(DataSetKind.Moons, 200, 0.1, seed),
            Layers = TenLayers,
            Activation = activation,
            Init = init,
            Loss = LossKind.Bce,
            Optimiser = new OptimiserSpec(OptimiserKind.Sgd, 0.1),
            Epochs = 0,
            Seed = seed,
        }).GradNorms[0];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_2_8_1_tanh_network_learns_xor_to_every_example(long seed)
    {
        var report = Runs.Report(new RunSpec
        {
            Data = new GeneratedData(DataSetKind.Xor, 4, 0, 0),
            Layers = [2, 8, 1],
            Activation = Activation.Tanh,
            Loss = LossKind.Bce,
            Optimiser = new OptimiserSpec(OptimiserKind.Adam, 0.05),
            Epochs = 300,
            Seed = seed,
        });
        Assert.Equal(1.0, report.Accuracy![^1]);
        Assert.True(report.Loss[^1] < 0.01, $"final loss {report.Loss[^1]}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Ten_sigmoid_layers_at_initialisation_give_the_first_layer_a_gradient_far_below_the_last_s(long seed)
    {
        var norms = NormsAtInitialisation(Activation.Sigmoid, Initialisation.XavierUniform, seed);
        Assert.Equal(10, norms.Count);
        Assert.True(norms[0] < norms[^1] / 1000, $"first {norms[0]}, last {norms[^1]}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Ten_relu_layers_with_he_normal_keep_the_first_layer_s_gradient_within_ten_times_the_last_s(long seed)
    {
        var norms = NormsAtInitialisation(Activation.Relu, Initialisation.HeNormal, seed);
        var ratio = norms[0] / norms[^1];
        Assert.InRange(ratio, 0.1, 10);
    }

    [Fact]
    public void Three_blobs_are_separated_by_a_softmax_classifier()
    {
        var report = Runs.Report(new RunSpec
        {
            Data = new GeneratedData(DataSetKind.Blobs, 150, 0.5, 3, Classes: 3) { Test = 0.2 },
            Layers = [2, 8, 3],
            Loss = LossKind.CrossEntropy,
            Optimiser = new OptimiserSpec(OptimiserKind.Adam, 0.05),
            Epochs = 100,
        });
        Assert.True(report.Accuracy![^1] > 0.95, $"accuracy {report.Accuracy[^1]}");
        Assert.True(report.TestAccuracy![^1] > 0.9, $"test accuracy {report.TestAccuracy[^1]}");
        Assert.True(report.Loss[^1] < report.Loss[0] / 3);
    }

    [Fact]
    public void A_curve_is_fitted_by_regression_with_mse()
    {
        var report = Runs.Report(new RunSpec
        {
            Data = new GeneratedData(DataSetKind.Curve, 60, 0, 1),
            Layers = [1, 16, 1],
            Loss = LossKind.Mse,
            Optimiser = new OptimiserSpec(OptimiserKind.Adam, 0.02),
            Epochs = 500,
        });
        Assert.True(report.Loss[^1] < 0.01, $"final loss {report.Loss[^1]}");
        Assert.Null(report.Accuracy);
    }
}
