using SiteGen.Compute.Training;

namespace SiteGen.Tests.Compute.Training;

/// <summary>A trained network as figures read it: its parameters, predictions, input gradients and loss slices.</summary>
public class TrainedNetworkTests
{
    private static (RunSpec Spec, RunReport Report, TrainedNetwork Network) Trained(RunSpec? spec = null)
    {
        spec ??= Runs.Moons(layers: [2, 6, 4, 1], epochs: 30) with { Data = new GeneratedData(DataSetKind.Moons, 103, 0.1, 7) { Test = 0.2 } };
        var report = Runs.Report(spec);
        return (spec, report, TrainedNetwork.Of(spec, report));
    }

    [Fact]
    public void Its_parameters_are_the_report_s_weights_then_biases_layer_by_layer()
    {
        var (_, report, network) = Trained();
        Assert.Equal(2 * 6 + 6 + 6 * 4 + 4 + 4 + 1, network.ParameterCount);
        Assert.Equal(0, network.WeightIndex(0, 0, 0));
        Assert.Equal(12, network.BiasIndex(0, 0));
        Assert.Equal(18, network.WeightIndex(1, 0, 0));
        Assert.Equal(18 + 6 + 5, network.WeightIndex(1, 1, 5));
        for (var l = 0; l < 3; l++)
            for (var r = 0; r < report.Weights[l].Length; r++)
            {
                for (var c = 0; c < report.Weights[l][r].Length; c++) Assert.Equal(report.Weights[l][r][c], network.Parameter(network.WeightIndex(l, r, c)));
                Assert.Equal(report.Biases[l][r], network.Parameter(network.BiasIndex(l, r)));
            }
        Assert.Throws<ArgumentOutOfRangeException>(() => network.WeightIndex(3, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => network.BiasIndex(1, 4));
    }

    [Fact]
    public void The_loss_at_the_trained_parameters_is_the_report_s_last_loss_to_the_last_bit()
    {
        var (spec, report, network) = Trained();
        var data = Dataset.Of(spec.Data, spec.Seed);
        var (i, j) = (network.WeightIndex(0, 1, 1), network.BiasIndex(2, 0));
        Assert.Equal(BitConverter.DoubleToInt64Bits(report.Loss[^1]),
            BitConverter.DoubleToInt64Bits(network.LossWith(data.Train, i, network.Parameter(i), j, network.Parameter(j))));
        Assert.Equal(BitConverter.DoubleToInt64Bits(report.TestLoss![^1]),
            BitConverter.DoubleToInt64Bits(network.LossWith(data.Test, i, network.Parameter(i), j, network.Parameter(j))));
    }

    [Fact]
    public void A_loss_slice_changes_only_the_two_parameters_it_names()
    {
        var (spec, _, network) = Trained();
        var train = Dataset.Of(spec.Data, spec.Seed).Train;
        var (i, j) = (network.WeightIndex(1, 2, 3), network.WeightIndex(2, 0, 1));
        var moved = network.LossWith(train, i, network.Parameter(i) + 0.5, j, network.Parameter(j) - 0.5);
        var back = network.LossWith(train, i, network.Parameter(i), j, network.Parameter(j));
        Assert.NotEqual(moved, back);
        Assert.Equal(back, network.LossWith(train, j, network.Parameter(j), i, network.Parameter(i)));
    }

    [Fact]
    public void Predictions_are_probabilities_that_classify_as_the_report_s_accuracy_says()
    {
        var (spec, report, network) = Trained();
        var train = Dataset.Of(spec.Data, spec.Seed).Train;
        var correct = 0;
        var output = new double[1];
        for (var e = 0; e < train.Count; e++)
        {
            network.Predict(train.Inputs.AsSpan(2 * e, 2), output);
            Assert.InRange(output[0], 0, 1);
            if (output[0] > 0.5 == train.Targets[e] > 0.5) correct++;
        }
        Assert.Equal(report.Accuracy![^1], (double)correct / train.Count);
    }

    [Fact]
    public void Softmax_predictions_sum_to_one()
    {
        var (_, _, network) = Trained(Runs.Moons(loss: SiteGen.Compute.Training.LossKind.CrossEntropy, layers: [2, 5, 2], epochs: 5));
        var output = new double[2];
        network.Predict([0.3, -0.2], output);
        Assert.Equal(1, output.Sum(), 1e-15);
    }

    [Theory]
    [InlineData(OutputActivation.Sigmoid, false)]
    [InlineData(OutputActivation.Softmax, false)]
    [InlineData(OutputActivation.Linear, false)]
    [InlineData(OutputActivation.Sigmoid, true)]
    public void The_input_gradient_is_the_slope_of_the_prediction(OutputActivation output, bool skip)
    {
        var loss = output switch { OutputActivation.Softmax => LossKind.CrossEntropy, OutputActivation.Sigmoid => LossKind.Bce, _ => LossKind.Mse };
        int[] layers = output == OutputActivation.Softmax ? [2, 4, 3] : [2, 4, 4, 1];
        var data = output == OutputActivation.Softmax ? new GeneratedData(DataSetKind.Blobs, 60, 0.5, 1, 3) : new GeneratedData(DataSetKind.Moons, 60, 0.1, 1);
        var (_, _, network) = Trained(Runs.Moons(loss: loss, layers: layers, epochs: 10) with { Data = data, Skip = skip, Output = output });
        double[] x = [0.4, -0.3];
        const double h = 1e-6;
        for (var k = 0; k < network.OutputWidth; k++)
        {
            var gradient = new double[2];
            network.InputGradient(x, k, gradient);
            for (var i = 0; i < 2; i++)
            {
                double At(double shift)
                {
                    var shifted = x.ToArray();
                    shifted[i] += shift;
                    var y = new double[network.OutputWidth];
                    network.Predict(shifted, y);
                    return y[k];
                }
                Assert.Equal((At(h) - At(-h)) / (2 * h), gradient[i], 1e-8);
            }
        }
    }

    [Fact]
    public void Calls_from_many_threads_at_once_agree_with_calls_from_one()
    {
        var (spec, _, network) = Trained();
        var train = Dataset.Of(spec.Data, spec.Seed).Train;
        double Work(int e)
        {
            var output = new double[1];
            var gradient = new double[2];
            network.Predict(train.Inputs.AsSpan(2 * (e % train.Count), 2), output);
            network.InputGradient(train.Inputs.AsSpan(2 * (e % train.Count), 2), 0, gradient);
            return output[0] + gradient[0] + gradient[1] + network.LossWith(train, 0, e * 0.01, 5, -e * 0.01);
        }
        var alone = Enumerable.Range(0, 200).Select(Work).ToArray();
        var together = new double[200];
        Parallel.For(0, 200, e => together[e] = Work(e));
        Assert.Equal(Runs.Bits(alone), Runs.Bits(together));
    }
}
