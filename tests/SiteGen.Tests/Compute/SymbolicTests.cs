using System.Globalization;
using SiteGen.Compute.Evaluation;

namespace SiteGen.Tests.Compute;

/// <summary>diff, grad(f) without a point, f'' and hessian: exact symbolic derivatives, simplified.</summary>
public class SymbolicTests
{
    private static Evaluated Run(string expression, params string[] definitions)
    {
        var scope = new Scope();
        foreach (var definition in definitions) Assert.Null(Calculator.Define(definition, scope));
        var result = Calculator.Evaluate(expression, scope);
        Assert.True(result.Error is null, result.Error?.Message);
        return result;
    }

    [Theory]
    [InlineData("diff(x^2 + y^2, x)", "2*x")]
    [InlineData("diff(x^2 + y^2, y)", "2*y")]
    [InlineData("diff(sigmoid(x), x)", "sigmoid(x)*(1 - sigmoid(x))")]
    [InlineData("diff(relu(x), x)", "step(x)")]
    [InlineData("diff(softplus(x), x)", "sigmoid(x)")]
    [InlineData("diff(tanh(x), x)", "1 - tanh(x)^2")]
    [InlineData("diff(3*x + 2, x)", "3")]
    [InlineData("diff(x*y + y, y)", "x + 1")]
    [InlineData("diff(5, x)", "0")]
    public void Diff_reads_like_the_textbook(string expression, string formula) => Assert.Equal(formula, Run(expression).Formula);

    [Fact]
    public void Defined_functions_are_expanded() => Assert.Equal("2*x", Run("diff(f(x, y), x)", "f(a, b) = a^2 + b^2").Formula);

    [Fact]
    public void Grad_without_a_point_is_the_vector_of_partial_derivatives() =>
        Assert.Equal("[2*x, 2*y]", Run("grad(f)", "f(x, y) = x^2 + y^2").Formula);

    /// <summary>diff's text is itself an expression of the language, and agrees with reverse mode everywhere.</summary>
    [Theory]
    [InlineData("x^3/(1 + x^2)")]
    [InlineData("exp(-x^2)*sin(3*x)")]
    [InlineData("gelu(x) + silu(2*x) - erf(x/2)")]
    [InlineData("log(1 + x^2)*sqrt(x^2 + 1)")]
    [InlineData("leaky_relu(x - 0.5, slope=0.2) + elu(x, alpha=0.5) + abs(x)")]
    [InlineData("2^x + x^x")]
    [InlineData("tan(x/3) - cos(x)^2")]
    [InlineData("max(x^2, 1) + min(2*x, 0.5)")]
    public void A_formula_from_diff_evaluates_to_the_reverse_mode_derivative(string body)
    {
        var formula = Run($"diff({body}, x)").Formula!;
        foreach (var x in new[] { -1.3, 0.2, 0.9, 1.7 })
        {
            var point = x.ToString("R", CultureInfo.InvariantCulture);
            if (body.Contains("x^x") && x <= 0) continue;
            var viaFormula = Run($"s({point})", $"s(x) = {formula}").Value!.ScalarValue;
            var viaTape = Run($"f'({point})", $"f(x) = {body}").Value!.ScalarValue;
            Assert.True(Math.Abs(viaFormula - viaTape) < 1e-12 * Math.Max(1, Math.Abs(viaTape)),
                $"at x = {point}: formula {formula} gives {viaFormula}, reverse mode {viaTape}");
        }
    }

    [Theory]
    [InlineData("sigmoid''(0)", "0")]
    [InlineData("f''(2)", "12")]
    [InlineData("tanh''(0.5)", "-0.7268619813835873")]
    public void Second_derivatives_are_exact(string expression, string value) =>
        Assert.Equal(value, Run(expression, "f(x) = x^3").Value!.ToString());

    [Fact]
    public void The_hessian_is_the_matrix_of_second_partial_derivatives() =>
        Assert.Equal("[[4, 2], [2, 12]]", Run("hessian(f, [1, 2])", "f(x, y) = x^2*y + y^3").Value!.ToString());

    [Fact]
    public void Diff_inside_arithmetic_is_its_formula_evaluated() =>
        Assert.Equal("7", Run("1 + diff(x^2, x)", "x = 3").Value!.ToString());

    [Fact]
    public void Diff_inside_arithmetic_of_an_undefined_symbol_says_the_formula_needs_a_value()
    {
        var error = Calculator.Evaluate("1 + diff(x^2, x)", new Scope()).Error!;
        Assert.Equal(("SG1209", 4), (error.Code, error.Span.Start));
        Assert.Contains("2*x", error.Message);
    }

    [Theory]
    [InlineData("max(x, 0)", "0", "0.5")]
    [InlineData("max(x, 0)", "1", "1")]
    [InlineData("min(x, 2)", "2", "0.5")]
    [InlineData("min(x, 2)", "3", "0")]
    public void Diff_of_max_and_min_sends_half_to_each_on_a_tie(string body, string point, string slope)
    {
        var formula = Run($"diff({body}, x)").Formula!;
        Assert.Equal(slope, Run($"s({point})", $"s(x) = {formula}").Value!.ToString());
    }
}
