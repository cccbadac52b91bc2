using System.Globalization;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Values;

namespace SiteGen.Tests.Compute;

/// <summary>Reverse-mode gradients against the contract's known values and against central differences.</summary>
public class GradientTests
{
    private static Tensor Eval(string expression, IEnumerable<string> definitions)
    {
        var scope = new Scope();
        foreach (var definition in definitions) Assert.Null(Calculator.Define(definition, scope));
        var result = Calculator.Evaluate(expression, scope);
        Assert.True(result.Error is null, result.Error?.Message);
        return result.Value!;
    }

    private static string Literal(double[] values, IReadOnlyList<int> shape)
    {
        string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        if (shape.Count == 0) return N(values[0]);
        if (shape.Count == 1) return "[" + string.Join(", ", values.Select(N)) + "]";
        return "[" + string.Join(", ", Enumerable.Range(0, shape[0]).Select(r =>
            "[" + string.Join(", ", values.Skip(r * shape[1]).Take(shape[1]).Select(N)) + "]")) + "]";
    }

    /// <summary>grad(EXPR, v) agrees with (EXPR(v + h) − EXPR(v − h)) / 2h in every element of v.</summary>
    private static void AssertMatchesCentralDifferences(string expression, string variable, Tensor value, params string[] others)
    {
        var definitions = others.Append($"{variable} = {Literal(value.Data.ToArray(), value.Shape)}").ToList();
        var exact = Eval($"grad({expression}, {variable})", definitions);
        Assert.Equal(value.Shape, exact.Shape);
        const double h = 1e-6;
        for (var i = 0; i < value.Count; i++)
        {
            double At(double shift)
            {
                var shifted = value.Data.ToArray();
                shifted[i] += shift;
                return Eval(expression, others.Append($"{variable} = {Literal(shifted, value.Shape)}")).ScalarValue;
            }
            var numeric = (At(h) - At(-h)) / (2 * h);
            Assert.True(Math.Abs(numeric - exact[i]) < 1e-6 * Math.Max(1, Math.Abs(numeric)),
                $"d({expression})/d{variable}[{i}]: exact {exact[i]}, central difference {numeric}");
        }
    }

    [Fact]
    public void The_gradient_of_the_bowl_at_3_1_is_6_2() =>
        Assert.Equal("[6, 2]", Eval("grad(f, [3, 1])", ["f(x, y) = x^2 + y^2"]).ToString());

    [Fact]
    public void The_gradient_of_the_bowl_at_minus_2_minus_2_is_minus_4_minus_4() =>
        Assert.Equal("[-4, -4]", Eval("grad(f, [-2, -2])", ["f(x, y) = x^2 + y^2"]).ToString());

    [Fact]
    public void The_contract_s_autograd_example_matches_to_the_last_digit() =>
        Assert.Equal("[0.19661193324148185, 0.10499358540350662, 0.045176659730912]",
            Eval("grad(sum(sigmoid(x)), x)", ["x = [1, 2, 3]"]).ToString());

    [Fact]
    public void A_prime_differentiates_a_defined_function() => Assert.Equal("12", Eval("g'(2)", ["g(x) = x^3"]).ToString());

    [Fact]
    public void Grad_follows_a_variable_into_the_body_of_a_function() =>
        Assert.Equal("[2, 4]", Eval("grad(f(w), w)", ["f(v) = sum(v^2)", "w = [1, 2]"]).ToString());

    [Fact]
    public void Max_with_equal_arguments_sends_half_the_gradient_to_each() =>
        Assert.Equal("0.5", Eval("grad(max(x, 0), x)", ["x = 0"]).ToString());

    [Theory]
    [InlineData("sum(W @ x)", "W")]
    [InlineData("sum(tanh(W @ x + b))", "W")]
    [InlineData("sum(tanh(W @ x + b))", "b")]
    [InlineData("logsumexp(W @ x)", "x")]
    [InlineData("dot(softmax(W @ x), [1, -2, 0.5])", "x")]
    [InlineData("norm(W * x)", "W")]
    [InlineData("mean(b @ W)", "b")]
    [InlineData("sum(x^3 / (1 + x^2))", "x")]
    [InlineData("sum(elu(W @ x, alpha=0.5) * gelu(b) + silu(b) - softplus(b))", "b")]
    [InlineData("sum(2^x) + sum(sqrt(x * x + 1)) + sum(exp(-x) * log(x * x + 1))", "x")]
    public void Reverse_mode_matches_central_differences(string expression, string variable)
    {
        string[] definitions = ["W = [[0.3, -1.2], [0.8, 0.5], [-0.4, 0.9]]", "x = [0.7, -0.3]", "b = [0.1, -0.2, 0.3]"];
        var value = Eval(variable, definitions);
        AssertMatchesCentralDifferences(expression, variable, value, definitions.Where(d => !d.StartsWith(variable + " ")).ToArray());
    }

    /// <summary>A 2-2-1 network written out by hand: every weight's gradient of the squared error.</summary>
    [Theory]
    [InlineData("W1")]
    [InlineData("b1")]
    [InlineData("W2")]
    [InlineData("b2")]
    public void Reverse_mode_through_a_small_written_out_network_matches_central_differences(string parameter)
    {
        string[] definitions =
        [
            "W1 = [[0.15, 0.2], [0.25, 0.3]]", "b1 = [0.35, 0.35]", "W2 = [[0.4, 0.45]]", "b2 = [0.6]",
            "x = [0.05, 0.1]", "y = [0.01]",
        ];
        const string loss = "sum((sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2) - y)^2) / 2";
        var value = Eval(parameter, definitions);
        AssertMatchesCentralDifferences(loss, parameter, value, definitions.Where(d => !d.StartsWith(parameter + " ")).ToArray());
    }

    [Fact]
    public void The_gradient_of_a_network_output_is_the_textbook_value()
    {
        // The hidden layer of the classic 2-2-2 worked example: dE/dw5 = 0.08216704056 for the first output's weight.
        var gradient = Eval("grad(sum((sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2) - y)^2) / 2, W2)",
        [
            "W1 = [[0.15, 0.2], [0.25, 0.3]]", "b1 = [0.35, 0.35]", "W2 = [[0.4, 0.45], [0.5, 0.55]]", "b2 = [0.6, 0.6]",
            "x = [0.05, 0.1]", "y = [0.01, 0.99]",
        ]);
        Assert.Equal(0.08216704056, gradient[0], 1e-10);
    }

    [Fact]
    public void Grad_of_a_non_scalar_is_an_error_that_says_how_to_reduce_it()
    {
        var scope = new Scope();
        Calculator.Define("x = [1, 2]", scope);
        var error = Calculator.Evaluate("grad(x * 2, x)", scope).Error;
        Assert.Equal("SG1205", error!.Code);
        Assert.Contains("reduce it first", error.Message);
        Assert.Equal(5, error.Span.Start);
    }
}
