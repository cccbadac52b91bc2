using SiteGen.Compute.Evaluation;
using static SiteGen.Tests.Compute.Compiled.Lessons;

namespace SiteGen.Tests.Compute.Compiled;

/// <summary>A compiled expression gives, at every point, the value the interpreter gives.</summary>
public class CompiledValueTests
{
    private static readonly string[] Definitions =
    [
        "w = [0.5, -0.3, 2]",
        "v = [0.5, -0.3]",
        "M = [[1, 2], [3, 4]]",
        "a = 1.5",
        "f(x) = x^2 * sigmoid(x)",
        "g(x, y) = x^2 + 3*y^2 + x*y",
        "h(x) = f(x) + tanh(x) / 2",
        "k(x) = relu(x) - leaky_relu(x, slope=0.1)",
    ];

    public static TheoryData<string, string> Expressions => new()
    {
        { "x^2 * sigmoid(x) + softplus(x) - tanh(x / 2)", "x" },
        { "f(x) + h(x)", "x" },
        { "g(x, y) - a", "x,y" },
        { "leaky_relu(x, slope=0.2) + elu(x, alpha=a) + leaky_relu(x, 0.3)", "x" },
        { "sigmoid'(x) + relu'(x) + f'(x) + h'(x)", "x" },
        { "f''(x) + tanh''(x) + gelu'(x)", "x" },
        { "dot(v, [x, y]) + sum(sigmoid(w * x))", "x,y" },
        { "norm([x, y]) + mean(w * y) + logsumexp([x, y, 1])", "x,y" },
        { "sum(softmax([x, y, a])) + sum(M @ [x, y]) + [x, y] @ M @ [1, y]", "x,y" },
        { "max(x, y) - min(x, 0) + sum(max(w, x))", "x,y" },
        { "grad(g, [x, y]) @ [1, 2] + grad(f, x)", "x,y" },
        { "-x^2 + 2^-x + abs(x) * exp(-y) + log(y^2 + 1) + sqrt(x^2 + 1) + gelu(x) + silu(y) + erf(x) + step(x) + k(x)", "x,y" },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Compiled_values_equal_the_interpreters_at_many_points(string text, string parameterList)
    {
        var parameters = parameterList.Split(',');
        var function = Compile(text, Scope(Definitions), parameters);
        Assert.True(function.IsScalarProgram, "expected the fast path");
        foreach (var x in new[] { -3.0, -1, -0.25, 0, 0.5, 1, 2.75 })
            foreach (var y in new[] { -2.0, 0, 1.25 })
            {
                double[] point = parameters.Length == 1 ? [x] : [x, y];
                AssertClose(Interpreted(text, Definitions, parameters, point), function.Evaluate(point), $"{text} at ({string.Join(", ", point)})");
            }
    }

    [Fact]
    public void The_one_and_two_argument_overloads_agree_with_the_span_overload()
    {
        var scope = Scope(Definitions);
        Assert.Equal(Compile("g(x, y)", scope, "x", "y").Evaluate([3, 1]), Compile("g(x, y)", scope, "x", "y").Evaluate(3, 1));
        Assert.Equal(4.0, Compile("x^2", scope, "x").Evaluate(2));
    }

    [Fact]
    public void Relu_has_slope_zero_at_its_kink_and_step_is_zero_there()
    {
        var scope = Scope();
        Assert.Equal(0.0, Compile("relu'(x)", scope, "x").Evaluate(0));
        Assert.Equal(1.0, Compile("relu'(x)", scope, "x").Evaluate(1e-300));
        Assert.Equal(0.0, Compile("step(x)", scope, "x").Evaluate(0));
        Assert.Equal(0.0, Compile("abs'(x)", scope, "x").Evaluate(0));
        Assert.Equal(0.2, Compile("leaky_relu'(x, slope=0.2)", scope, "x").Evaluate(0));
    }

    [Fact]
    public void An_undefined_point_gives_NaN_instead_of_an_error()
    {
        var log = Compile("log(x)", Scope(), "x");
        Assert.True(double.IsNaN(log.Evaluate(-1)));
        Assert.Equal(0.0, log.Evaluate(1));
        Assert.True(double.IsNaN(Compile("sqrt(x) + y", Scope(), "x", "y").Evaluate(-4, 1)));
    }

    [Fact]
    public void Parameters_shadow_the_lessons_variables_of_the_same_name()
    {
        var scope = Scope("x = 100", "c = 2");
        Assert.Equal(6.0, Compile("x * c", scope, "x").Evaluate(3));
    }

    [Fact]
    public void A_user_function_sees_the_lessons_names_not_the_callers_parameters()
    {
        var scope = Scope("c = 2", "f(t) = c * t");
        Assert.Equal(6.0, Compile("f(x)", scope, "x", "c").Evaluate(3, 10));
    }

    [Fact]
    public void An_expression_without_parameters_is_a_constant()
    {
        var function = Compile("sum([1, 2, 3]) * pi", Scope());
        Assert.Empty(function.Parameters);
        Assert.Equal(6 * Math.PI, function.Evaluate([]));
    }

    [Fact]
    public void The_gradient_of_an_expression_falls_back_to_the_evaluator_and_still_agrees()
    {
        var definitions = new[] { "w = [1, 2]" };
        var function = Compile("sum(grad(sum(w * x), w))", Scope(definitions), "x");
        Assert.False(function.IsScalarProgram);
        Assert.Equal(Interpreted("sum(grad(sum(w * x), w))", definitions, ["x"], [1.5]), function.Evaluate(1.5));
    }

    [Fact]
    public void The_derivative_of_a_function_that_reduces_an_array_falls_back_and_agrees()
    {
        var definitions = new[] { "w = [1, 2]", "f(t) = sum(sigmoid(w * t))" };
        var function = Compile("f'(x)", Scope(definitions), "x");
        Assert.False(function.IsScalarProgram);
        AssertClose(Interpreted("f'(x)", definitions, ["x"], [0.3]), function.Evaluate(0.3), "f'(0.3)");
    }

    [Fact]
    public void A_program_too_large_for_the_stack_gives_the_same_value_and_gradient()
    {
        var weights = string.Join(", ", Enumerable.Range(0, 400).Select(i => (i / 100.0 - 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        string[] definitions = [$"w = [{weights}]"];
        var function = Compile("sum(softplus(w * x)) / 400", Scope(definitions), "x");
        Assert.True(function.IsScalarProgram);
        AssertClose(Interpreted("sum(softplus(w * x)) / 400", definitions, ["x"], [0.7]), function.Evaluate(0.7), "value");
        var gradient = new double[1];
        function.ValueAndGradient([0.7], gradient);
        var expected = Enumerable.Range(0, 400).Select(i => i / 100.0 - 2).Sum(w => w / (1 + Math.Exp(-w * 0.7))) / 400;
        AssertClose(expected, gradient[0], "d/dx", 1e-12);
    }

    [Fact]
    public void Many_threads_evaluating_one_function_get_the_same_results()
    {
        var function = Compile("x^2 * sigmoid(x) + dot([x, y], [y, 1]) + relu'(y)", Scope(), "x", "y");
        var points = Enumerable.Range(0, 2000).Select(i => (X: i * 0.01 - 10, Y: i * 0.003 - 3)).ToArray();
        var expected = points.Select(p => function.Evaluate(p.X, p.Y)).ToArray();
        var gradients = points.Select(p => { var g = new double[2]; function.ValueAndGradient([p.X, p.Y], g); return g; }).ToArray();
        Parallel.For(0, 8, _ =>
        {
            var gradient = new double[2];
            for (var i = 0; i < points.Length; i++)
            {
                Assert.Equal(expected[i], function.Evaluate(points[i].X, points[i].Y));
                Assert.Equal(expected[i], function.ValueAndGradient([points[i].X, points[i].Y], gradient));
                Assert.Equal(gradients[i], gradient);
            }
        });
    }

    [Fact]
    public void Many_threads_sharing_a_fallback_function_get_the_same_results()
    {
        var function = Compile("sum(grad(sum(w * x^2), w))", Scope("w = [1, 2]"), "x");
        Assert.False(function.IsScalarProgram);
        Parallel.For(0, 8, t =>
        {
            for (var i = 0; i < 200; i++) Assert.Equal(2 * (t + i * 0.1) * (t + i * 0.1), function.Evaluate(t + i * 0.1), 12);
        });
    }
}
