using System.Globalization;
using SiteGen.Compute.Syntax;

namespace SiteGen.Tests.Compute;

/// <summary>The lesson language's grammar, as lesson-language.md specifies it.</summary>
public class ParserTests
{
    /// <summary>The tree written with every operation in parentheses, so the tests read as the grouping.</summary>
    private static string Grouping(string text)
    {
        var (expr, error) = Parser.ParseExpression(text);
        Assert.True(error is null, error?.Message);
        return Show(expr!);
    }

    private static string Show(Expr expr) => expr switch
    {
        NumberExpr n => n.Value.ToString("R", CultureInfo.InvariantCulture),
        NameExpr n => n.Name,
        UnaryExpr u => $"({u.Operator}{Show(u.Operand)})",
        BinaryExpr b => $"({Show(b.Left)} {Symbol(b.Operator)} {Show(b.Right)})",
        CallExpr c => c.Function + new string('\'', c.Primes) + "(" +
            string.Join(", ", c.Arguments.Select(Show).Concat(c.Named.Select(n => $"{n.Name}={Show(n.Value)}"))) + ")",
        ArrayExpr a => "[" + string.Join(", ", a.Items.Select(Show)) + "]",
        _ => throw new ArgumentException(expr.GetType().Name),
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+", BinaryOperator.Subtract => "-", BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/", BinaryOperator.MatrixProduct => "@", _ => "^",
    };

    private static ExpressionError ErrorOf(string text)
    {
        var (expr, error) = Parser.ParseExpression(text);
        Assert.Null(expr);
        Assert.NotNull(error);
        Assert.Equal("SG1201", error.Code);
        return error;
    }

    [Theory]
    [InlineData("-x^2", "(-(x ^ 2))")]
    [InlineData("2^3^2", "(2 ^ (3 ^ 2))")]
    [InlineData("2^-1", "(2 ^ (-1))")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a / b * c", "((a / b) * c)")]
    [InlineData("1 + 2 * 3", "(1 + (2 * 3))")]
    [InlineData("W @ x + b", "((W @ x) + b)")]
    [InlineData("-a * b", "((-a) * b)")]
    [InlineData("(1 + 2) * 3", "((1 + 2) * 3)")]
    [InlineData("x^2 + y^2", "((x ^ 2) + (y ^ 2))")]
    public void Operators_group_by_the_contract_s_precedence(string text, string grouping) =>
        Assert.Equal(grouping, Grouping(text));

    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("1e-3", 0.001)]
    [InlineData("2.5E+4", 25000.0)]
    [InlineData(".25", 0.25)]
    public void Numbers_are_read_as_doubles(string text, double value) =>
        Assert.Equal(value, Assert.IsType<NumberExpr>(Parser.ParseExpression(text).Expr).Value);

    [Theory]
    [InlineData("sigmoid'(0)", "sigmoid'(0)")]
    [InlineData("f''(3)", "f''(3)")]
    [InlineData("leaky_relu(x, slope=0.2)", "leaky_relu(x, slope=0.2)")]
    [InlineData("grad(f, [3, 1])", "grad(f, [3, 1])")]
    [InlineData("[[1, 2], [3, 4]]", "[[1, 2], [3, 4]]")]
    [InlineData("max(a, b)", "max(a, b)")]
    public void Calls_derivatives_and_arrays_parse(string text, string shown) => Assert.Equal(shown, Grouping(text));

    [Fact]
    public void A_comment_runs_to_the_end_of_the_line() => Assert.Equal("(x + 1)", Grouping("x + 1 # the shifted input"));

    [Fact]
    public void A_function_definition_has_its_name_parameters_and_body()
    {
        var (definition, error) = Parser.ParseDefinition("f(x, y) = x^2 + y^2");
        Assert.Null(error);
        var function = Assert.IsType<FunctionDefinition>(definition);
        Assert.Equal("f", function.Name);
        Assert.Equal(["x", "y"], function.Parameters.Select(p => p.Name));
        Assert.Equal("((x ^ 2) + (y ^ 2))", Show(function.Body));
    }

    [Fact]
    public void A_variable_definition_has_its_name_and_value()
    {
        var variable = Assert.IsType<VariableDefinition>(Parser.ParseDefinition("w = [0.5, -0.3]").Definition);
        Assert.Equal("w", variable.Name);
        Assert.Equal("[0.5, (-0.3)]", Show(variable.Body));
    }

    [Fact]
    public void Spans_point_at_the_source_text()
    {
        var call = Assert.IsType<CallExpr>(Parser.ParseExpression("  sigmod(x)").Expr);
        Assert.Equal(new TextSpan(2, 6), call.FunctionSpan);
        Assert.Equal(new TextSpan(2, 9), call.Span);
    }

    [Theory]
    [InlineData("(1 + 2", 6, "expected ')' to close the '(' at column 1, but found the end of the expression")]
    [InlineData("[1, 2", 5, "expected ']' to close the '[' at column 1, but found the end of the expression")]
    [InlineData("1 +", 3, "expected a number, a name or '(', but found the end of the expression")]
    [InlineData("2 3", 2, "expected an operator or the end, but found the number 3")]
    [InlineData("x × y", 2, "unexpected character '×'; write '*' for multiplication")]
    [InlineData("f'", 1, "a derivative needs its argument: write f'(x)")]
    [InlineData("g(slope=1, x)", 11, "positional arguments come before named ones")]
    [InlineData("g(a=1, a=2)", 7, "argument 'a' is given twice")]
    public void A_syntax_error_says_what_was_expected_and_where(string text, int offset, string message)
    {
        var error = ErrorOf(text);
        Assert.Equal(message, error.Message);
        Assert.Equal(offset, error.Span.Start);
    }

    [Fact]
    public void A_repeated_parameter_is_an_error()
    {
        var (_, error) = Parser.ParseDefinition("f(x, x) = x");
        Assert.Equal("parameter 'x' appears twice", error!.Message);
        Assert.Equal(5, error.Span.Start);
    }

    [Fact]
    public void Absurdly_deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var error = ErrorOf(new string('(', 100_000) + "1" + new string(')', 100_000));
        Assert.Contains("nests more than", error.Message);
        Assert.Null(Parser.ParseExpression(string.Concat(Enumerable.Repeat("-", 100_000)) + "1").Expr);
    }

    [Fact]
    public void A_chain_of_operators_may_be_long_but_not_unbounded()
    {
        Assert.NotNull(Parser.ParseExpression(string.Join(" + ", Enumerable.Repeat("x", 200))).Expr);
        Assert.Contains("nests more than", ErrorOf(string.Join(" * ", Enumerable.Repeat("x", 100_000))).Message);
    }

    [Fact]
    public void Positions_are_lines_and_columns_of_the_text()
    {
        var source = new SourceText("a = 1\nf(x) = x +\n");
        Assert.Equal(new TextPosition(2, 8), source.PositionOf(13));
    }
}
