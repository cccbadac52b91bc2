using SiteGen.Compute.Evaluation;

namespace SiteGen.Tests.Compute;

/// <summary>linspace, atan2, round and max/min over a whole array: the builtins lessons use to scan a range and name a direction.</summary>
public class RangeAngleAndRoundingBuiltinsTests
{
    private static Scope Scope(params string[] definitions)
    {
        var scope = new Scope();
        foreach (var definition in definitions) Assert.Null(Calculator.Define(definition, scope));
        return scope;
    }

    private static string Value(string expression, params string[] definitions)
    {
        var result = Calculator.Evaluate(expression, Scope(definitions));
        Assert.True(result.Error is null, result.Error?.Message);
        return result.Value!.ToString();
    }

    [Fact]
    public void Linspace_includes_both_ends_as_numpy_does() =>
        Assert.Equal("[-1, -0.5, 0, 0.5, 1]", Value("linspace(-1, 1, 5)"));

    [Theory]
    [InlineData("linspace(0, 1, 1)")]
    [InlineData("linspace(0, 1, 2.5)")]
    [InlineData("linspace([0, 1], 1, 3)")]
    public void Linspace_rejects_counts_that_are_not_whole_numbers_of_at_least_two(string expression) =>
        Assert.Equal("SG1205", Calculator.Evaluate(expression, new Scope()).Error?.Code);

    [Theory]
    [InlineData("atan2(1, 1) * 4", "3.141592653589793")]
    [InlineData("atan2(2, 6)", "0.3217505543966422")]  // numpy.arctan2(2, 6)
    [InlineData("atan2(-1, -1)", "-2.356194490192345")]
    public void Atan2_gives_the_angle_of_a_point_from_the_x_axis(string expression, string expected) =>
        Assert.Equal(expected, Value(expression));

    [Fact]
    public void The_gradient_of_atan2_is_the_point_turned_a_quarter_over_its_squared_length() =>
        Assert.Equal("[-0.1, 0.3]", Value("grad(h, [3, 1])", "h(x, y) = atan2(y, x)"));

    [Theory]
    [InlineData("max([3, -1, 7, 2])", "7")]
    [InlineData("min([3, -1, 7, 2])", "-1")]
    [InlineData("max([[1, 9], [4, 2]])", "9")]
    [InlineData("max(2, 5)", "5")]
    public void Max_and_min_of_one_array_reduce_it_and_of_two_compare_element_by_element(string expression, string expected) =>
        Assert.Equal(expected, Value(expression));

    [Fact]
    public void The_largest_element_takes_the_gradient_and_ties_share_it() =>
        Assert.Equal("[0, 0.5, 0, 0.5]", Value("grad(max(v), v)", "v = [1, 4, 2, 4]"));

    [Fact]
    public void A_scan_of_a_range_finds_the_largest_gap_between_two_curves() =>
        Assert.True(double.Parse(Value("max(abs(grad(sum(sp(xs)), xs) - sigmoid(xs)))", "sp(x) = log(1 + exp(x))", "xs = linspace(-6, 6, 1201)"),
            System.Globalization.CultureInfo.InvariantCulture) < 1e-15);

    [Theory]
    [InlineData("round(5507.12)", "5507")]
    [InlineData("round(2.5)", "2")]
    [InlineData("round(-1.5)", "-2")]
    [InlineData("round([0.4, 0.6])", "[0, 1]")]
    public void Round_gives_the_nearest_whole_number_with_halves_to_even(string expression, string expected) =>
        Assert.Equal(expected, Value(expression));
}
