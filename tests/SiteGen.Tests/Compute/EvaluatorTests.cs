using SiteGen.Compute.Builtins;
using SiteGen.Compute.Evaluation;

namespace SiteGen.Tests.Compute;

/// <summary>Values of the lesson language, against values computed independently (NumPy, SciPy, by hand).</summary>
public class EvaluatorTests
{
    private static string Value(string expression, params string[] definitions)
    {
        var scope = new Scope();
        foreach (var definition in definitions) Assert.Null(Calculator.Define(definition, scope));
        var result = Calculator.Evaluate(expression, scope);
        Assert.True(result.Error is null, result.Error?.Message);
        return result.Value!.ToString();
    }

    private static double Number(string expression, params string[] definitions) =>
        double.Parse(Value(expression, definitions), System.Globalization.CultureInfo.InvariantCulture);

    private static (string Code, string Message, int Start) Error(string expression, params string[] definitions)
    {
        var scope = new Scope();
        foreach (var definition in definitions) Assert.Null(Calculator.Define(definition, scope));
        var error = Calculator.Evaluate(expression, scope).Error;
        Assert.NotNull(error);
        return (error.Code, error.Message, error.Span.Start);
    }

    [Theory]
    [InlineData("2^3^2", "512")]
    [InlineData("-3^2", "-9")]
    [InlineData("1 - 2 - 3", "-4")]
    [InlineData("[1, 2, 3] * 2", "[2, 4, 6]")]
    [InlineData("[[1, 2], [3, 4]] + [10, 20]", "[[11, 22], [13, 24]]")]
    [InlineData("[10, 20] - [[1, 2], [3, 4]]", "[[9, 18], [7, 16]]")]
    [InlineData("[[1, 2], [3, 4]] @ [[5, 6], [7, 8]]", "[[19, 22], [43, 50]]")]
    [InlineData("[[1, 2], [3, 4]] @ [1, 1]", "[3, 7]")]
    [InlineData("[1, 1] @ [[1, 2], [3, 4]]", "[4, 6]")]
    [InlineData("[1, 2, 3] @ [4, 5, 6]", "32")]
    [InlineData("sum([[1, 2], [3, 4]])", "10")]
    [InlineData("mean([1, 2, 3, 4])", "2.5")]
    [InlineData("norm([3, 4])", "5")]
    [InlineData("dot([1, 2], [3, 4])", "11")]
    [InlineData("max([1, 5], 3)", "[3, 5]")]
    [InlineData("min(2, [1, 5])", "[1, 2]")]
    [InlineData("relu([-1, 0, 2])", "[0, 0, 2]")]
    [InlineData("step([-1, 0, 2])", "[0, 0, 1]")]
    [InlineData("leaky_relu(-2, slope=0.2)", "-0.4")]
    [InlineData("leaky_relu(-2)", "-0.02")]
    [InlineData("elu(0, alpha=2)", "0")]
    public void Arithmetic_broadcasting_and_builtins_give_the_expected_values(string expression, string expected) =>
        Assert.Equal(expected, Value(expression));

    [Theory]
    [InlineData("sigmoid(0)", 0.5)]
    [InlineData("sigmoid(5)", 0.9933071490757153)]
    [InlineData("sigmoid(-800)", 0.0)]
    [InlineData("softplus(0)", 0.6931471805599453)]
    [InlineData("softplus(800)", 800.0)]
    [InlineData("softplus(-40)", 4.248354255291589e-18)]
    [InlineData("tanh(1)", 0.7615941559557649)]
    [InlineData("erf(0.5)", 0.5204998778130465)]
    [InlineData("erf(3)", 0.9999779095030014)]
    [InlineData("erf(-1.5)", -0.9661051464753108)]
    [InlineData("gelu(1)", 0.8413447460685429)]
    [InlineData("gelu(-2)", -0.04550026389635842)]
    [InlineData("silu(1)", 0.7310585786300049)]
    [InlineData("elu(-1)", -0.6321205588285577)]
    [InlineData("logsumexp([1000, 1000])", 1000.6931471805599)]
    [InlineData("pi", Math.PI)]
    [InlineData("e", Math.E)]
    public void Builtins_match_independent_reference_values(string expression, double expected) =>
        Assert.Equal(expected, Number(expression), 1e-15 * Math.Max(1, Math.Abs(expected)));

    [Fact]
    public void Softmax_is_stable_for_large_inputs() => Assert.Equal("[0.5, 0.5]", Value("softmax([1000, 1000])"));

    [Theory]
    [InlineData("sigmoid'(0)", 0.25)]
    [InlineData("relu'(0)", 0.0)]
    [InlineData("abs'(0)", 0.0)]
    [InlineData("leaky_relu'(0, slope=0.2)", 0.2)]
    [InlineData("elu'(0, alpha=2)", 2.0)]
    [InlineData("step'(3)", 0.0)]
    [InlineData("softplus'(0)", 0.5)]
    public void Builtin_derivatives_follow_pytorch_at_kinks_and_known_values(string expression, double expected) =>
        Assert.Equal(expected, Number(expression), 1e-15);

    [Fact]
    public void Every_smooth_builtin_derivative_matches_central_differences()
    {
        double[] points = [-2.3, -0.7, 0.4, 1.1, 2.9];
        foreach (var function in ElementwiseFunctions.All.Values)
            foreach (var x in points)
            {
                if (function.Name is "log" or "sqrt" && x <= 0) continue;
                var parameters = function.Parameters.Select(p => p.Default).ToArray();
                const double h = 1e-6;
                var numeric = (function.Value(x + h, parameters) - function.Value(x - h, parameters)) / (2 * h);
                Assert.True(Math.Abs(numeric - function.Derivative(x, parameters)) < 1e-6 * Math.Max(1, Math.Abs(numeric)),
                    $"{function.Name}'({x}): exact {function.Derivative(x, parameters)}, central difference {numeric}");
            }
    }

    [Fact]
    public void Later_definitions_use_earlier_ones() =>
        Assert.Equal("10", Value("f(w @ [1, 0], w @ [0, 1])", "f(x, y) = x^2 + y^2", "w = [3, 1]"));

    [Fact]
    public void A_function_body_sees_its_arguments() => Assert.Equal("10", Value("f(3, 1)", "f(x, y) = x^2 + y^2"));

    [Theory]
    [InlineData("sigmod(1)", "SG1203", "unknown function 'sigmod'; did you mean 'sigmoid'?", 0)]
    [InlineData("1 + y", "SG1202", "unknown name 'y'", 4)]
    [InlineData("[1, 2] + [1, 2, 3]", "SG1205", "cannot apply '+' to shapes [2] and [3]", 7)]
    [InlineData("[[1, 2], [3]]", "SG1208", "the rows of a matrix must have one length: row 1 has 2 elements, row 2 has 1", 9)]
    [InlineData("sum(1, 2)", "SG1204", "'sum' takes 1 argument, but 2 were given", 0)]
    [InlineData("relu(1, slope=2)", "SG1204", "'relu' takes no named arguments", 8)]
    [InlineData("leaky_relu(1, slop=2)", "SG1204", "'leaky_relu' has no argument 'slop'; it takes slope", 14)]
    [InlineData("log(0)", "SG1206", "the result is not a finite number: -Infinity", 0)]
    [InlineData("sigmoid", "SG1202", "'sigmoid' is a function; call it, as in sigmoid(x)", 0)]
    public void A_bad_expression_is_an_error_at_its_cause(string expression, string code, string message, int start)
    {
        var (actualCode, actualMessage, actualStart) = Error(expression);
        Assert.Equal(code, actualCode);
        Assert.StartsWith(message.TrimEnd(), actualMessage);
        Assert.Equal(start, actualStart);
    }

    [Fact]
    public void Redefining_a_name_is_an_error()
    {
        var scope = new Scope();
        Assert.Null(Calculator.Define("w = 1", scope));
        var error = Calculator.Define("w = 2", scope);
        Assert.Equal("SG1207", error!.Code);
        Assert.Equal("'sigmoid' is already defined (it is a builtin)", Calculator.Define("sigmoid(x) = x", scope)!.Message);
    }

    [Fact]
    public void A_function_that_uses_an_unknown_name_is_an_error_when_it_is_defined()
    {
        var error = Calculator.Define("f(x) = x + z", new Scope());
        Assert.Equal(("SG1202", 11), (error!.Code, error.Span.Start));
    }
}
