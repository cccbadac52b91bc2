using SiteGen.Compute.Optimisation;

namespace SiteGen.Tests.Compute.Optimisation;

/// <summary>
/// Adam steps a network's parameters several at a time; each must still be torch's scalar
/// arithmetic, bit for bit, whatever the vector width and however many parameters are left over.
/// </summary>
public class AdamVectorTests
{
    /// <summary>torch's single-tensor Adam, one parameter at a time, written out as its source orders it (with our exact powers of β).</summary>
    private static void ScalarStep(double[] point, double[] gradient, double[] mean, double[] square, int step,
        double lr, double beta1, double beta2, double eps)
    {
        var weight = 1 - beta1;
        var negativeStepSize = -(lr / (1 - IntegerPower.Of(beta1, step)));
        var correction2Root = Math.Sqrt(1 - IntegerPower.Of(beta2, step));
        for (var i = 0; i < point.Length; i++)
        {
            var g = gradient[i];
            mean[i] = Math.Abs(weight) < 0.5 ? mean[i] + weight * (g - mean[i]) : g - (g - mean[i]) * (1 - weight);
            square[i] = square[i] * beta2 + (1 - beta2) * g * g;
            point[i] += negativeStepSize * mean[i] / (Math.Sqrt(square[i]) / correction2Root + eps);
        }
    }

    [Theory]
    [InlineData(0.9, 1)]    // lerp from the start
    [InlineData(0.2, 37)]   // lerp from the end, with a remainder after the whole vectors
    [InlineData(0.9, 64)]
    public void Every_parameter_takes_the_scalar_step(double beta1, int size)
    {
        var adam = new Adam(size, 0.01, beta1);
        var (point, reference) = (new double[size], new double[size]);
        var (mean, square) = (new double[size], new double[size]);
        for (var i = 0; i < size; i++) point[i] = reference[i] = Math.Sin(i * 0.7) * Math.Pow(10, i % 5 - 2);
        for (var step = 1; step <= 6; step++)
        {
            var gradient = Enumerable.Range(0, size).Select(i => Math.Cos(i * 1.3 + step) * Math.Pow(10, (i + step) % 7 - 4)).ToArray();
            adam.Step(point, gradient);
            ScalarStep(reference, gradient, mean, square, step, 0.01, beta1, 0.999, 1e-8);
            for (var i = 0; i < size; i++)
                Assert.True(BitConverter.DoubleToInt64Bits(reference[i]) == BitConverter.DoubleToInt64Bits(point[i]),
                    $"step {step}, parameter {i}: {point[i]:R}, torch's arithmetic gives {reference[i]:R}");
        }
    }
}
