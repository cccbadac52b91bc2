using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Optimisation;

namespace SiteGen.Tests.Compute.Optimisation;

/// <summary>
/// The optimisers of torch.optim: their first steps by hand on a small vector, their
/// arithmetic order (so the last bits are torch's), their checks, and convergence on a bowl.
/// </summary>
public class OptimiserTests
{
    private static readonly double[] Start = [1.0, -2.0];
    private static readonly double[][] Gradients = [[0.5, 1.0], [0.25, -0.5], [-1.0, 2.0]];

    /// <summary>The points after each step of the fixed gradient sequence above.</summary>
    private static double[][] Steps(OptimiserSpec spec, int count)
    {
        var optimiser = Optimisers.Create(spec, Start.Length);
        var point = Start.ToArray();
        var points = new double[count][];
        for (var k = 0; k < count; k++)
        {
            optimiser.Step(point, Gradients[k]);
            points[k] = point.ToArray();
        }
        return points;
    }

    private static void Near(double expected, double actual) => Assert.Equal(expected, actual, 1e-12);

    [Fact]
    public void Sgd_steps_against_the_gradient()
    {
        var p = Steps(new OptimiserSpec(OptimiserKind.Sgd, 0.1), 2);
        Near(0.95, p[0][0]);
        Near(-2.1, p[0][1]);
        Near(0.925, p[1][0]);
        Near(-2.05, p[1][1]);
    }

    [Fact]
    public void Sgd_weight_decay_adds_the_decay_times_the_parameter_to_the_gradient()
    {
        var p = Steps(new OptimiserSpec(OptimiserKind.Sgd, 0.1) { WeightDecay = 0.5 }, 1);
        // g + 0.5 p = (1, 0): the second coordinate's decay cancels its gradient.
        Near(0.9, p[0][0]);
        Near(-2.0, p[0][1]);
    }

    [Fact]
    public void Momentum_starts_its_buffer_at_the_first_gradient_and_then_accumulates()
    {
        var p = Steps(new OptimiserSpec(OptimiserKind.Momentum, 0.1), 3);
        // b1 = (0.5, 1); b2 = 0.9 b1 + g2 = (0.7, 0.4); b3 = 0.9 b2 + g3 = (-0.37, 2.36).
        Near(0.95, p[0][0]);
        Near(0.88, p[1][0]);
        Near(-2.14, p[1][1]);
        Near(0.917, p[2][0]);
        Near(-2.376, p[2][1]);
    }

    [Fact]
    public void Momentum_takes_the_spec_momentum_over_its_default()
    {
        var p = Steps(new OptimiserSpec(OptimiserKind.Momentum, 0.1) { Momentum = 0.5 }, 2);
        // b2 = 0.5 (0.5, 1) + (0.25, -0.5) = (0.5, 0).
        Near(0.9, p[1][0]);
        Near(-2.1, p[1][1]);
    }

    [Fact]
    public void Nesterov_steps_along_the_gradient_plus_momentum_times_the_buffer()
    {
        var p = Steps(new OptimiserSpec(OptimiserKind.Nesterov, 0.1), 2);
        // Step 1: b = g, step g + 0.9 b = 1.9 g = (0.95, 1.9).
        Near(0.905, p[0][0]);
        Near(-2.19, p[0][1]);
        // Step 2: b = (0.7, 0.4), step g + 0.9 b = (0.88, -0.14).
        Near(0.817, p[1][0]);
        Near(-2.176, p[1][1]);
    }

    [Fact]
    public void RmsProp_divides_by_the_root_of_the_running_mean_square()
    {
        var p = Steps(new OptimiserSpec(OptimiserKind.RmsProp, 0.01), 2);
        // s1 = 0.01 g², so √s1 = 0.1 |g| and the first step is 0.1 · sign(g), less ε's share.
        var s1 = new[] { 0.01 * 0.25, 0.01 * 1.0 };
        Near(1 - 0.01 * 0.5 / (Math.Sqrt(s1[0]) + 1e-8), p[0][0]);
        Assert.Equal(0.9, p[0][0], 6);
        Assert.Equal(-2.1, p[0][1], 6);
        var s2 = new[] { 0.99 * s1[0] + 0.01 * 0.0625, 0.99 * s1[1] + 0.01 * 0.25 };
        Near(p[0][0] - 0.01 * 0.25 / (Math.Sqrt(s2[0]) + 1e-8), p[1][0]);
        Near(p[0][1] + 0.01 * 0.5 / (Math.Sqrt(s2[1]) + 1e-8), p[1][1]);
    }

    [Fact]
    public void AdaGrad_divides_by_the_root_of_the_sum_of_squares()
    {
        var p = Steps(new OptimiserSpec(OptimiserKind.AdaGrad, 0.1), 2);
        Assert.Equal(0.9, p[0][0], 9);
        Assert.Equal(-2.1, p[0][1], 9);
        // s2 = (0.3125, 1.25).
        Near(p[0][0] - 0.1 * 0.25 / (Math.Sqrt(0.3125) + 1e-10), p[1][0]);
        Near(p[0][1] + 0.1 * 0.5 / (Math.Sqrt(1.25) + 1e-10), p[1][1]);
    }

    [Fact]
    public void Adam_first_step_moves_each_coordinate_by_the_learning_rate()
    {
        // Bias correction makes m̂ = g and v̂ = g² on the first step: the step is η·g/(|g| + ε).
        var p = Steps(new OptimiserSpec(OptimiserKind.Adam, 0.1), 1);
        Near(1 - 0.1 * 0.5 / (0.5 + 1e-8), p[0][0]);
        Near(-2 - 0.1 * 1 / (1 + 1e-8), p[0][1]);
    }

    [Fact]
    public void Adam_second_step_uses_bias_corrected_moments()
    {
        var p = Steps(new OptimiserSpec(OptimiserKind.Adam, 0.1), 2);
        // m2 = 0.9·0.1g1 + 0.1g2, v2 = 0.999·0.001g1² + 0.001g2²; m̂ = m2/0.19, v̂ = v2/0.001999.
        double[] g1 = [0.5, 1.0], g2 = [0.25, -0.5];
        for (var i = 0; i < 2; i++)
        {
            var m = 0.09 * g1[i] + 0.1 * g2[i];
            var v = 0.000999 * g1[i] * g1[i] + 0.001 * g2[i] * g2[i];
            var expected = p[0][i] - 0.1 * (m / 0.19) / (Math.Sqrt(v / 0.001999) + 1e-8);
            Near(expected, p[1][i]);
        }
    }

    [Fact]
    public void Adam_computes_in_torchs_order_to_the_last_bit()
    {
        // torch 2.x _single_tensor_adam: exp_avg.lerp_(grad, 1 - beta1);
        // exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2);
        // step_size = lr / (1 - beta1**t); denom = exp_avg_sq.sqrt() / sqrt(1 - beta2**t) + eps;
        // param.addcdiv_(exp_avg, denom, value=-step_size).
        var spec = new OptimiserSpec(OptimiserKind.Adam, 0.03) { WeightDecay = 0.01 };
        var p = Steps(spec, 3);
        double[] point = Start.ToArray(), m = new double[2], v = new double[2];
        for (var t = 1; t <= 3; t++)
        {
            double c1 = 1 - Math.Pow(0.9, t), c2 = 1 - Math.Pow(0.999, t);
            for (var i = 0; i < 2; i++)
            {
                var g = Gradients[t - 1][i] + 0.01 * point[i];
                m[i] = m[i] + (1 - 0.9) * (g - m[i]);
                v[i] = v[i] * 0.999 + (1 - 0.999) * g * g;
                point[i] = point[i] + -(0.03 / c1) * m[i] / (Math.Sqrt(v[i]) / Math.Sqrt(c2) + 1e-8);
            }
            Assert.Equal(BitConverter.DoubleToInt64Bits(point[0]), BitConverter.DoubleToInt64Bits(p[t - 1][0]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(point[1]), BitConverter.DoubleToInt64Bits(p[t - 1][1]));
        }
    }

    [Fact]
    public void A_changed_learning_rate_applies_from_the_next_step()
    {
        var optimiser = Optimisers.Create(new OptimiserSpec(OptimiserKind.Sgd, 0.1), 2);
        var point = Start.ToArray();
        optimiser.Step(point, Gradients[0]);
        optimiser.LearningRate = 0;
        optimiser.Step(point, Gradients[1]);
        Assert.Equal(0.0, optimiser.LearningRate);
        Near(0.95, point[0]);
        Near(-2.1, point[1]);
    }

    [Theory]
    [InlineData(OptimiserKind.Sgd)]
    [InlineData(OptimiserKind.Momentum)]
    [InlineData(OptimiserKind.Nesterov)]
    [InlineData(OptimiserKind.RmsProp)]
    [InlineData(OptimiserKind.AdaGrad)]
    [InlineData(OptimiserKind.Adam)]
    public void Every_optimiser_descends_an_elongated_bowl_to_its_minimum(OptimiserKind kind)
    {
        var compiled = Calculator.Compile("(x - 1)^2 + 5 * (y + 2)^2", new Scope(), ["x", "y"]);
        var rate = kind switch { OptimiserKind.Momentum or OptimiserKind.Nesterov => 0.02, OptimiserKind.AdaGrad => 0.5, _ => 0.05 };
        var optimiser = Optimisers.Create(new OptimiserSpec(kind, rate), 2);
        var path = GradientDescent.Run(compiled.Function!, [-1.5, 1], optimiser, steps: 5000);
        var end = path.Iterates[^1].Point;
        Assert.False(path.Diverged);
        Assert.Equal(1, end[0], 3);
        Assert.Equal(-2, end[1], 3);
    }

    [Theory]
    [InlineData(OptimiserKind.Sgd, -0.1, "learning rate")]
    [InlineData(OptimiserKind.Sgd, double.NaN, "learning rate")]
    [InlineData(OptimiserKind.Adam, 0.0, "learning rate")]
    public void A_learning_rate_that_is_not_positive_is_refused(OptimiserKind kind, double rate, string named)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Optimisers.Create(new OptimiserSpec(kind, rate), 2));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Hyper_parameters_outside_torchs_ranges_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimisers.Create(new OptimiserSpec(OptimiserKind.Momentum, 0.1) { Momentum = 1 }, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimisers.Create(new OptimiserSpec(OptimiserKind.Nesterov, 0.1) { Momentum = 0 }, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimisers.Create(new OptimiserSpec(OptimiserKind.Adam, 0.1) { Beta1 = -0.1 }, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimisers.Create(new OptimiserSpec(OptimiserKind.Adam, 0.1) { Beta2 = 1 }, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimisers.Create(new OptimiserSpec(OptimiserKind.RmsProp, 0.1) { Alpha = 1.5 }, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimisers.Create(new OptimiserSpec(OptimiserKind.AdaGrad, 0.1) { Eps = -1 }, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimisers.Create(new OptimiserSpec(OptimiserKind.Sgd, 0.1) { WeightDecay = -1 }, 2));
        var sgd = Optimisers.Create(new OptimiserSpec(OptimiserKind.Sgd, 0.1), 2);
        Assert.Throws<ArgumentOutOfRangeException>(() => sgd.LearningRate = -1);
    }

    [Fact]
    public void A_point_of_another_size_than_the_optimiser_was_made_for_is_refused()
    {
        var adam = Optimisers.Create(new OptimiserSpec(OptimiserKind.Adam, 0.1), 3);
        Assert.Throws<ArgumentException>(() => adam.Step(new double[2], new double[2]));
    }

    [Fact]
    public void A_step_allocates_nothing()
    {
        foreach (var kind in Enum.GetValues<OptimiserKind>())
        {
            var optimiser = Optimisers.Create(new OptimiserSpec(kind, 0.01), 2);
            var point = Start.ToArray();
            optimiser.Step(point, Gradients[0]);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var k = 0; k < 100; k++) optimiser.Step(point, Gradients[k % 3]);
            Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        }
    }
}
