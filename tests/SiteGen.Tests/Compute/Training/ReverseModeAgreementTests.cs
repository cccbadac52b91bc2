using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Values;

namespace SiteGen.Tests.Compute.Training;

/// <summary>
/// The network's dense backward pass against the lesson language's reverse mode (grad) on the
/// same network written as an expression: two independent implementations of one derivative.
/// </summary>
public class ReverseModeAgreementTests
{
    private static Tensor Evaluate(string expression, string[] definitions)
    {
        var scope = new Scope();
        foreach (var definition in definitions)
        {
            var error = Calculator.Define(definition, scope);
            Assert.True(error is null, $"{definition}: {error?.Message}");
        }
        var result = Calculator.Evaluate(expression, scope);
        Assert.True(result.Error is null, $"{expression}: {result.Error?.Message}");
        return result.Value!;
    }

    private static void Agree(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(Math.Abs(expected), 1e-3),
            $"{what}: the lesson language gives {expected:R}, the network {actual:R}");

    [Theory]
    [MemberData(nameof(GradientCase.All), MemberType = typeof(GradientCase))]
    public void The_loss_is_the_lesson_language_s(GradientCase network)
    {
        var (definitions, loss) = network.InLessonLanguage();
        Agree(Evaluate(loss, definitions).ScalarValue, network.LossAndGradient(network.Parameters).Loss, "the loss");
    }

    [Theory]
    [MemberData(nameof(GradientCase.All), MemberType = typeof(GradientCase))]
    public void Every_weight_and_bias_gradient_is_the_lesson_language_s(GradientCase network)
    {
        var (definitions, loss) = network.InLessonLanguage();
        var gradient = network.LossAndGradient(network.Parameters).Gradient;
        var shape = network.Shape;
        for (var l = 0; l < shape.LayerCount; l++)
        {
            var weights = Evaluate($"grad({loss}, W{l + 1})", definitions);
            var biases = Evaluate($"grad({loss}, b{l + 1})", definitions);
            for (var o = 0; o < shape.UnitsOf(l); o++)
            {
                for (var i = 0; i < shape.InputsOf(l); i++)
                    Agree(weights[o * shape.InputsOf(l) + i], gradient[shape.WeightIndex(l, o, i)], $"∂L/∂W{l + 1}[{o + 1},{i + 1}]");
                Agree(biases[o], gradient[shape.BiasIndex(l, o)], $"∂L/∂b{l + 1}[{o + 1}]");
            }
        }
    }
}
