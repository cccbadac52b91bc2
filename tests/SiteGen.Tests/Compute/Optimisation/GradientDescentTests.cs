using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Optimisation;

namespace SiteGen.Tests.Compute.Optimisation;

/// <summary>Gradient descent on compiled functions: its iterates, and how it says it ended.</summary>
public class GradientDescentTests
{
    private static CompiledFunction Bowl()
    {
        var compiled = Calculator.Compile("x^2 + y^2", new Scope(), ["x", "y"]);
        Assert.Null(compiled.Error);
        return compiled.Function!;
    }

    [Fact]
    public void Each_step_on_the_bowl_with_rate_one_tenth_multiplies_the_point_by_0_8()
    {
        var path = GradientDescent.Run(Bowl(), [3, 1], learningRate: 0.1, steps: 5);
        Assert.Equal(DescentOutcome.Completed, path.Outcome);
        Assert.Equal(6, path.Iterates.Count);
        Assert.Equal([3.0, 1.0], path.Iterates[0].Point);
        Assert.Equal(10.0, path.Iterates[0].Value);
        Assert.Equal([6.0, 2.0], path.Iterates[0].Gradient);
        Assert.Equal(2.4, path.Iterates[1].Point[0], 12);
        Assert.Equal(0.8, path.Iterates[1].Point[1], 12);
        Assert.Equal(1.92, path.Iterates[2].Point[0], 12);
        Assert.Equal(0.64, path.Iterates[2].Point[1], 12);
        for (var k = 0; k < path.Iterates.Count; k++)
        {
            Assert.Equal(3 * Math.Pow(0.8, k), path.Iterates[k].Point[0], 12);
            Assert.Equal(Math.Pow(0.8, k), path.Iterates[k].Point[1], 12);
            Assert.Equal(10 * Math.Pow(0.64, k), path.Iterates[k].Value, 12);
        }
    }

    [Fact]
    public void Too_large_a_rate_is_reported_as_divergence()
    {
        var path = GradientDescent.Run(Bowl(), [3, 1], learningRate: 1.1, steps: 1000);
        Assert.True(path.Diverged);
        Assert.False(path.Converged);
        Assert.True(path.Iterates[^1].Value > GradientDescent.DivergedValue);
        Assert.True(path.Iterates.Count < 1000);
    }

    [Fact]
    public void A_value_that_stops_being_finite_is_divergence()
    {
        var compiled = Calculator.Compile("log(x)", new Scope(), ["x"]);
        var path = GradientDescent.Run(compiled.Function!, [0.5], learningRate: 1, steps: 10);
        Assert.True(path.Diverged);
        Assert.True(double.IsNaN(path.Iterates[^1].Value));
    }

    [Fact]
    public void A_vanishing_gradient_stops_the_descent_as_converged()
    {
        // With rate ½, one step lands exactly on the bowl's minimum.
        var path = GradientDescent.Run(Bowl(), [3, 1], learningRate: 0.5, steps: 100);
        Assert.True(path.Converged);
        Assert.Equal(2, path.Iterates.Count);
        Assert.Equal([0.0, 0.0], path.Iterates[1].Point);
    }

    [Fact]
    public void Zero_steps_give_the_start_alone()
    {
        var path = GradientDescent.Run(Bowl(), [3, 1], learningRate: 0.1, steps: 0);
        Assert.Single(path.Iterates);
        Assert.Equal(DescentOutcome.Completed, path.Outcome);
    }

    [Fact]
    public void Momentum_accumulates_the_gradients_as_PyTorch_does()
    {
        var path = GradientDescent.Run(Bowl(), [3, 1], learningRate: 0.1, steps: 2, momentum: 0.9);
        // v1 = g0 = (6, 2), x1 = (2.4, 0.8); g1 = (4.8, 1.6), v2 = 0.9 v1 + g1 = (10.2, 3.4), x2 = (1.38, 0.46).
        Assert.Equal(2.4, path.Iterates[1].Point[0], 12);
        Assert.Equal(1.38, path.Iterates[2].Point[0], 12);
        Assert.Equal(0.46, path.Iterates[2].Point[1], 12);
    }

    [Fact]
    public void Momentum_zero_is_plain_descent()
    {
        var plain = GradientDescent.Run(Bowl(), [3, 1], learningRate: 0.1, steps: 10);
        var heavy = GradientDescent.Run(Bowl(), [3, 1], new Momentum(0.1, beta: 0), steps: 10);
        Assert.Equal(plain.Iterates.Select(i => i.Point), heavy.Iterates.Select(i => i.Point));
    }

    [Fact]
    public void A_start_of_the_wrong_length_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => GradientDescent.Run(Bowl(), [3], 0.1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Run(Bowl(), [3, 1], -0.1, 5));
    }
}
