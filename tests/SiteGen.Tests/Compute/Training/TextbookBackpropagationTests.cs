using SiteGen.Compute.Optimisation;
using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>
/// Matt Mazur's "A Step by Step Backpropagation Example": a 2-2-2 sigmoid network, one example,
/// squared error, one step of gradient descent with rate ½. Our mse is the mean over the two
/// outputs, which is his ½Σ, so his numbers are ours.
/// </summary>
public class TextbookBackpropagationTests
{
    private static RunSpec Example(int epochs) => new()
    {
        Data = new ExplicitData([[0.05, 0.10]], [[0.01, 0.99]], null),
        Layers = [2, 2, 2],
        Activation = Activation.Sigmoid,
        Output = OutputActivation.Sigmoid,
        Loss = LossKind.Mse,
        Weights = [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
        Biases = [[0.35, 0.35], [0.60, 0.60]],
        Optimiser = new OptimiserSpec(OptimiserKind.Sgd, 0.5),
        Epochs = epochs,
    };

    [Fact]
    public void The_loss_before_training_is_0_298371109()
    {
        var report = Runs.Report(Example(0));
        Assert.Single(report.Loss);
        Assert.Equal(0.298371109, report.Loss[0], 9);
    }

    [Fact]
    public void One_step_moves_the_output_weights_to_his_w5_to_w8()
    {
        var w = Runs.Report(Example(1)).Weights[1];
        Assert.Equal(0.35891648, w[0][0], 8);
        Assert.Equal(0.408666186, w[0][1], 8);
        Assert.Equal(0.511301270, w[1][0], 8);
        Assert.Equal(0.561370121, w[1][1], 8);
    }

    [Fact]
    public void One_step_moves_the_hidden_weights_to_his_w1_to_w4()
    {
        var w = Runs.Report(Example(1)).Weights[0];
        Assert.Equal(0.149780716, w[0][0], 8);
        Assert.Equal(0.19956143, w[0][1], 8);
        Assert.Equal(0.24975114, w[1][0], 8);
        Assert.Equal(0.29950229, w[1][1], 8);
    }

    [Fact]
    public void The_history_has_the_start_and_each_epoch()
    {
        var report = Runs.Report(Example(3));
        Assert.Equal(4, report.Loss.Count);
        Assert.Equal(4, report.GradNorms.Count);
        Assert.All(report.GradNorms, norms => Assert.Equal(2, norms.Count));
        Assert.True(report.Loss[3] < report.Loss[0]);
        Assert.Null(report.Accuracy);
        Assert.Null(report.TestLoss);
        Assert.Equal(1, report.UpdatesPerEpoch);
    }
}
