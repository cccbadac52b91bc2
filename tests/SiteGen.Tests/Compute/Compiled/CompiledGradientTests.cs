using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using static SiteGen.Tests.Compute.Compiled.Lessons;

namespace SiteGen.Tests.Compute.Compiled;

/// <summary>ValueAndGradient gives exact partial derivatives: known values, and agreement with central differences.</summary>
public class CompiledGradientTests
{
    private static readonly Scope Lesson = Scope(
        "w = [0.5, -0.3, 2]",
        "f(x) = x^2 * sigmoid(x)",
        "g(x, y) = x^2 + 3*y^2 + x*y");

    [Fact]
    public void The_gradient_of_the_bowl_at_3_1_is_6_2()
    {
        var gradient = new double[2];
        var value = Compile("x^2 + y^2", Scope(), "x", "y").ValueAndGradient([3, 1], gradient);
        Assert.Equal(10.0, value);
        Assert.Equal([6.0, 2.0], gradient);
    }

    [Fact]
    public void A_parameter_the_expression_does_not_use_has_gradient_zero()
    {
        var gradient = new double[2];
        Compile("x^3", Scope(), "x", "y").ValueAndGradient([2, 5], gradient);
        Assert.Equal([12.0, 0.0], gradient);
    }

    [Fact]
    public void The_gradient_of_relu_at_its_kink_is_zero_as_in_PyTorch()
    {
        var gradient = new double[1];
        Compile("relu(x)", Scope(), "x").ValueAndGradient([0], gradient);
        Assert.Equal(0.0, gradient[0]);
    }

    [Fact]
    public void The_norms_gradient_at_the_zero_vector_is_zero()
    {
        var gradient = new double[2];
        Compile("norm([x, y])", Scope(), "x", "y").ValueAndGradient([0, 0], gradient);
        Assert.Equal([0.0, 0.0], gradient);
    }

    public static TheoryData<string> Expressions => new()
    {
        "x^2 * sigmoid(x) + softplus(x) - tanh(x / 2) + y",
        "g(x, y) * exp(-x^2 / 4)",
        "sigmoid'(x) * y + tanh'(y) + f'(x) + f''(y) + gelu'(x + y)",
        "dot(w, [x, y, x * y]) + sum(sigmoid(w * x)) + norm([x, y, 1])",
        "logsumexp([x, y, 0]) + sum(softmax([x, y]) * [1, 3]) + mean([x^2, y^3])",
        "[x, y] @ [[1, 2], [3, 4]] @ [x, 2] + x^y + 2^x",
        "grad(g, [x, y]) @ [x, y] + leaky_relu(x - 1, slope=0.3) + elu(y - 1, alpha=2)",
        "max(x, y^2) + min(x, 1) + log(y) / sqrt(x)",
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void The_gradient_matches_central_differences(string text)
    {
        var function = Compile(text, Lesson, "x", "y");
        Assert.True(function.IsScalarProgram);
        foreach (double[] point in new[] { new[] { 0.7, 1.3 }, [1.9, 0.4], [2.5, 2.2] })
        {
            var gradient = new double[2];
            AssertClose(function.Evaluate(point), function.ValueAndGradient(point, gradient), "the value beside the gradient");
            for (var i = 0; i < 2; i++)
            {
                const double h = 1e-6;
                double[] ahead = [.. point], behind = [.. point];
                ahead[i] += h;
                behind[i] -= h;
                var numeric = (function.Evaluate(ahead) - function.Evaluate(behind)) / (2 * h);
                AssertClose(numeric, gradient[i], $"d({text})/d{function.Parameters[i]} at ({point[0]}, {point[1]})", 1e-6);
            }
        }
    }

    [Fact]
    public void A_gradient_reaches_a_builtins_option()
    {
        var gradient = new double[2];
        var function = Compile("leaky_relu(x, slope=s) + elu(x, alpha=s^2)", Scope(), "x", "s");
        Assert.True(function.IsScalarProgram);
        var value = function.ValueAndGradient([-2, 0.1], gradient);
        Assert.Equal(-0.2 + 0.01 * (Math.Exp(-2) - 1), value, 15);
        Assert.Equal(0.1 + 0.01 * Math.Exp(-2), gradient[0], 15);
        // d/ds of s·x + s²·(eˣ − 1) at x = −2.
        Assert.Equal(-2 + 2 * 0.1 * (Math.Exp(-2) - 1), gradient[1], 15);
    }

    [Fact]
    public void A_formula_inside_a_compiled_expression_is_compiled_with_its_gradient()
    {
        var function = Compile("diff(x^3, x) + 1", Scope(), "x");
        Assert.True(function.IsScalarProgram);
        var gradient = new double[1];
        Assert.Equal(13, function.ValueAndGradient([2], gradient), 15);
        Assert.Equal(12, gradient[0], 15);
    }

    [Fact]
    public void The_gradient_through_softmax_and_a_matrix_product_is_exact()
    {
        var function = Compile("sum(softmax([x, y]) @ [[1, 2], [3, 4]])", Scope(), "x", "y");
        var gradient = new double[2];
        function.ValueAndGradient([0.5, -0.5], gradient);
        var s = 1 / (1 + Math.Exp(-1.0));  // softmax([0.5, -0.5])[0]
        // The value is 3s + 7(1 - s), so d/dx = -4 s (1 - s) and d/dy is its opposite.
        Assert.Equal(-4 * s * (1 - s), gradient[0], 12);
        Assert.Equal(4 * s * (1 - s), gradient[1], 12);
    }

    [Fact]
    public void The_evaluator_fallback_gives_the_same_value_and_gradient_as_the_program()
    {
        const string text = "sum(softmax([x, y]) @ [[1, 2], [3, 4]]) + x * sigmoid(y)";
        var scope = Scope();
        var program = Compile(text, scope, "x", "y");
        var fallback = new EvaluatedFunction(Parser.ParseExpression(text).Expr!, scope, ["x", "y"]);
        double[] compiledGradient = new double[2], evaluatedGradient = new double[2];
        AssertClose(program.ValueAndGradient([0.3, 1.1], compiledGradient), fallback.ValueAndGradient([0.3, 1.1], evaluatedGradient), "value");
        AssertClose(evaluatedGradient[0], compiledGradient[0], "d/dx");
        AssertClose(evaluatedGradient[1], compiledGradient[1], "d/dy");
    }

    [Fact]
    public void A_fallback_gradient_through_a_derivative_it_cannot_follow_is_NaN()
    {
        var function = Compile("sum(grad(sum(w * x^2), w))", Scope("w = [1, 2]"), "x");
        Assert.False(function.IsScalarProgram);
        var gradient = new double[1];
        Assert.Equal(4.5, function.ValueAndGradient([1.5], gradient), 12);
        Assert.True(double.IsNaN(gradient[0]));
    }
}
