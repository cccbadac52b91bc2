using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using SiteGen.Tests.Compute.Compiled;

namespace SiteGen.Tests.Compute;

/// <summary>
/// Programs that once gave a wrong number or a wrong refusal, each reduced to its smallest form;
/// the property tests over generated programs found or confirmed every one.
/// </summary>
public class LessonLanguageRegressionTests
{
    private static Evaluated Run(string expression, params string[] definitions) => Calculator.Evaluate(expression, Lessons.Scope(definitions));

    private static string Value(string expression, params string[] definitions)
    {
        var result = Run(expression, definitions);
        Assert.True(result.Error is null, result.Error?.Message);
        return result.Formula ?? result.Value!.ToString();
    }

    [Fact]
    public void Grad_follows_a_variable_read_inside_a_function_body() =>
        Assert.Equal("9", Value("grad(f(3), a)", "a = 2", "f(x) = a*x^2"));

    [Fact]
    public void Grad_follows_a_variable_through_several_levels_of_functions_and_when_it_is_also_an_argument() =>
        // h(a) = a·g(a) = a·(a·a + a) with a = 2, so d/da = 3a² + 2a = 16.
        Assert.Equal("16", Value("grad(h(a), a)", "a = 2", "g(x) = x*a + a", "h(x) = x*g(x)"));

    [Fact]
    public void Grad_follows_a_matrix_into_a_network_and_its_loss()
    {
        string[] network =
        [
            "W1 = [[0.5, -0.3], [0.2, 0.8]]", "b1 = [0.1, -0.1]", "W2 = [[1, -1]]", "b2 = [0.05]", "x = [1, 2]",
            "net(x) = sigmoid(W2 @ tanh(W1 @ x + b1) + b2)", "loss(p, y) = sum((p - y)^2)",
        ];
        var gradient = Run("grad(loss(net(x), [1]), W1)", network).Value!;
        Assert.Equal([2, 2], gradient.Shape);
        // Central differences over each weight, the network written out by hand in C#.
        double Loss(double[] w)
        {
            var hidden = new[] { Math.Tanh(w[0] * 1 + w[1] * 2 + 0.1), Math.Tanh(w[2] * 1 + w[3] * 2 - 0.1) };
            var p = 1 / (1 + Math.Exp(-(hidden[0] - hidden[1] + 0.05)));
            return (p - 1) * (p - 1);
        }
        double[] weights = [0.5, -0.3, 0.2, 0.8];
        for (var i = 0; i < 4; i++)
        {
            var (ahead, behind) = (weights.ToArray(), weights.ToArray());
            ahead[i] += 1e-6;
            behind[i] -= 1e-6;
            Assert.Equal((Loss(ahead) - Loss(behind)) / 2e-6, gradient[i], 8);
        }
    }

    [Fact]
    public void A_parameter_named_like_a_variable_does_not_capture_it_in_second_derivatives()
    {
        string[] lesson = ["c = 0.5", "g(u) = u*c", "f(c) = g(c^2)"];
        Assert.Equal("1", Value("f''(2)", lesson));
        Assert.Equal("[[1]]", Value("hessian(f, [2])", lesson));
        // The formula names f's parameter c; g's c is the lesson's 0.5, written as its value.
        Assert.Equal("[2*c*0.5]", Value("grad(f)", lesson));
    }

    [Fact]
    public void A_parameter_named_like_a_variable_does_not_capture_it_in_compiled_figures()
    {
        var compiled = Lessons.Compile("f''(t) + f'(t)", Lessons.Scope("c = 0.5", "g(u) = u*c", "f(c) = g(c^2)"), "t");
        Assert.True(compiled.IsScalarProgram);
        Assert.Equal(1 + 2, compiled.Evaluate(2), 12);
    }

    [Theory]
    [InlineData("diff(diff(x^4 - x, x), x)", "12*x^2")]
    [InlineData("diff(diff(diff(x^4 - x, x), x), x)", "24*x")]
    [InlineData("diff(f(x), x)", "4*x^3")]
    public void Diff_of_diff_to_any_depth(string expression, string formula) =>
        Assert.Equal(formula, Value(expression, "f(t) = diff(t^5, t)/5"));

    [Fact]
    public void Diff_inside_a_function_body_differentiates_in_the_parameter_before_the_argument_arrives() =>
        Assert.Equal("12", Value("h(2)", "h(x) = diff(x^3, x)"));

    /// <summary>Found by the property tests: f1(b) once put b in for x first, and then d(b)/db was 1.</summary>
    [Theory]
    [InlineData("f1(b)")]
    [InlineData("diff(f1(b), b)")]
    [InlineData("F''(0.7) - sigmoid''''(0.7)")]
    public void Diff_in_a_body_differentiates_before_the_argument_can_be_captured_by_its_variable(string expression) =>
        Assert.Equal("0", Value(expression, "b = -0.2", "f1(x) = diff(x, b)", "F(a) = sigmoid''(a + f1(b))"));

    [Theory]
    [InlineData("diff(x^2, 3)")]
    [InlineData("diff(x^2)")]
    [InlineData("diff(x^2, x, y)")]
    public void Diff_used_wrongly_has_its_own_code_and_says_how_to_write_it(string expression)
    {
        var error = Run(expression).Error!;
        Assert.Equal(ExpressionError.Codes.Symbolic, error.Code);
        Assert.Contains("diff(x^2 + y^2, x)", error.Message);
    }

    [Theory]
    [InlineData("grad(sigmoid'(w), w)", "sigmoid''(w)")]
    [InlineData("grad(f'(2), w)", "12")]
    [InlineData("grad(w * grad(w*a, a), w)", "2*w")]
    [InlineData("grad(grad(w^3, w), w)", "6*w")]
    [InlineData("grad(leaky_relu(-2, slope=w), w)", "-2")]
    [InlineData("grad(sum(linspace(0, w, 3)), w)", "1.5")]
    public void A_derivative_inside_grad_is_differentiated_too(string expression, string expected) =>
        Assert.Equal(Value(expected, "w = 1.5", "a = 2", "f(x) = w*x^3"), Value(expression, "w = 1.5", "a = 2", "f(x) = w*x^3"));

    [Fact]
    public void A_derivative_that_has_no_formula_is_refused_inside_grad_rather_than_taken_as_a_constant()
    {
        var error = Run("grad(f'(2), w)", "w = 1.5", "f(x) = sum([x, x] * w)^2").Error!;
        Assert.Equal((ExpressionError.Codes.HiddenGradient, 5), (error.Code, error.Span.Start));
    }

    [Fact]
    public void The_same_derivative_outside_grad_is_computed_by_reverse_mode() =>
        // f(x) = (2·x·w)², so f'(x) = 8·x·w² = 36 at x = 2, w = 1.5.
        Assert.Equal("36", Value("f'(2)", "w = 1.5", "f(x) = sum([x, x] * w)^2"));

    [Fact]
    public void A_second_derivative_whose_formula_would_be_a_tree_of_billions_of_nodes_is_refused_not_walked()
    {
        // Found by a timed property run that hung: the derivatives of sigmoid'' nested in itself share
        // their subtrees, so the tree that F'' would walk is astronomically larger than its memory.
        string[] lesson =
        [
            "b = -0.8", "f0(x, a) = sigmoid''((x + b))", "f1(c) = f0(f0(c, c), sum([[1, 0.5], [-0.5, 2]] @ [c, -0.6]))",
            "F(a) = f1'(f1'(sin(b)))", "G(a, b) = f1'(f1'(sin(b)))",
        ];
        foreach (var expression in new[] { "F''(0.7)", "hessian(G, [0.7, -0.4])" })
        {
            var error = Run(expression, lesson).Error;
            Assert.NotNull(error);
            Assert.Equal(ExpressionError.Codes.Symbolic, error.Code);
            Assert.Contains("too large to differentiate symbolically", error.Message);
        }
    }

    [Fact]
    public void Grad_refuses_a_variable_computed_from_its_variable_instead_of_answering_zero()
    {
        var scope = new SiteGen.Compute.Evaluation.Scope();
        Assert.Null(SiteGen.Compute.Evaluation.Calculator.Define("w = [1, 2]", scope));
        Assert.Null(SiteGen.Compute.Evaluation.Calculator.Define("L = sum(w^2)", scope));
        Assert.Null(SiteGen.Compute.Evaluation.Calculator.Define("M = 3 * L", scope));
        Assert.Null(SiteGen.Compute.Evaluation.Calculator.Define("f(v) = v + M", scope));
        foreach (var expression in new[] { "grad(L, w)", "grad(M + sum(w), w)", "grad(f(sum(w)), w)" })
        {
            var result = SiteGen.Compute.Evaluation.Calculator.Evaluate(expression, scope);
            Assert.Equal("SG1210", result.Error?.Code);
            Assert.Contains("was computed from 'w'", result.Error!.Message);
        }
        Assert.Equal("[2, 4]", SiteGen.Compute.Evaluation.Calculator.Evaluate("grad(sum(w^2), w)", scope).Value!.ToString());
    }
}
