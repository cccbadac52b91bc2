namespace SiteGen.Tests.Cli;

/// <summary>`sitegen calc`, as lesson-language.md specifies it.</summary>
public class CalcCommandTests
{
    [Fact]
    public void Calc_prints_the_value() => Assert.Equal(("0.25", 0), Result(Cli.Run("calc", "sigmoid'(0)")));

    [Fact]
    public void Definitions_come_first_in_order() =>
        Assert.Equal(("10", 0), Result(Cli.Run("calc", "--define", "f(x, y) = x^2 + y^2", "--define", "p = [3, 1]", "f(p @ [1, 0], p @ [0, 1])")));

    [Fact]
    public void An_expression_starting_with_a_minus_is_the_expression() =>
        Assert.Equal(("-4", 0), Result(Cli.Run("calc", "--define", "x = 2", "-x^2")));

    [Fact]
    public void A_double_dash_ends_the_options() =>
        Assert.Equal(("-4", 0), Result(Cli.Run("calc", "--define", "x = 2", "--", "-x^2")));

    [Fact]
    public void Json_prints_nested_arrays_with_round_trip_numbers() =>
        Assert.Equal(("[[0.5, 0.7310585786300049]]", 0), Result(Cli.Run("calc", "--json", "[sigmoid([0, 1])]")));

    [Fact]
    public void A_bad_expression_is_a_diagnostic_on_stderr_with_exit_1()
    {
        var (code, output, error) = Cli.Run("calc", "1 + sigmod(1)");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("<expr>(1,5): error SG1203: unknown function 'sigmod'; did you mean 'sigmoid'?", error.Trim());
    }

    [Fact]
    public void A_bad_definition_names_its_place_among_the_definitions()
    {
        var (code, _, error) = Cli.Run("calc", "--define", "a = 1", "--define", "b = a +", "b");
        Assert.Equal(1, code);
        Assert.StartsWith("--define[2](1,8): error SG1201: ", error.Trim());
    }

    [Fact]
    public void A_control_character_in_the_expression_is_shown_escaped_not_sent_to_the_terminal()
    {
        var (code, _, error) = Cli.Run("calc", "1+\u001b[31m");
        Assert.Equal(1, code);
        Assert.Equal("<expr>(1,3): error SG1201: unexpected character '\\u001B'", error.Trim());
    }

    [Fact]
    public void Calc_without_an_expression_is_wrong_usage() => Assert.Equal(2, Cli.Run("calc").Code);

    private static (string Output, int Code) Result((int Code, string Out, string Err) run)
    {
        Assert.True(run.Err.Length == 0, run.Err);
        return (run.Out.Trim(), run.Code);
    }
}
