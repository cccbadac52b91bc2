using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using static SiteGen.Tests.Compute.Compiled.Lessons;

namespace SiteGen.Tests.Compute.Compiled;

/// <summary>A bad expression is reported when compiled, with its code and where it is in the text.</summary>
public class CompileErrorTests
{
    private static ExpressionError Error(string text, Scope scope, params string[] parameters)
    {
        var compiled = Calculator.Compile(text, scope, parameters);
        Assert.Null(compiled.Function);
        return compiled.Error!;
    }

    [Fact]
    public void An_unknown_function_is_reported_at_its_column_with_a_suggestion()
    {
        var error = Error("2 * sigmod(x)", Scope(), "x");
        Assert.Equal(ExpressionError.Codes.UnknownFunction, error.Code);
        Assert.Equal(new TextSpan(4, 6), error.Span);
        Assert.Contains("did you mean 'sigmoid'?", error.Message);
    }

    [Fact]
    public void An_unknown_name_suggests_a_parameter()
    {
        var error = Error("xx + y", Scope(), "x", "y");
        Assert.Equal(ExpressionError.Codes.UnknownName, error.Code);
        Assert.Equal(new TextSpan(0, 2), error.Span);
        Assert.Contains("did you mean 'x'?", error.Message);
    }

    [Fact]
    public void A_syntax_error_is_positioned()
    {
        var error = Error("x + * 2", Scope(), "x");
        Assert.Equal(ExpressionError.Codes.Syntax, error.Code);
        Assert.Equal(4, error.Span.Start);
    }

    [Fact]
    public void A_vector_result_is_a_shape_error_over_the_whole_expression()
    {
        var error = Error("sigmoid(w * x)", Scope("w = [1, 2, 3]"), "x");
        Assert.Equal(ExpressionError.Codes.Shape, error.Code);
        Assert.Equal(new TextSpan(0, 14), error.Span);
        Assert.Contains("a figure needs one number per point; this expression gives a vector of 3", error.Message);
    }

    [Fact]
    public void A_matrix_result_names_its_size()
    {
        Assert.Contains("a 2×2 matrix", Error("M * x", Scope("M = [[1, 2], [3, 4]]"), "x").Message);
    }

    [Fact]
    public void Mismatched_shapes_are_reported_at_the_operator()
    {
        var error = Error("sum([1, 2] + [x, 2, 3])", Scope(), "x");
        Assert.Equal(ExpressionError.Codes.Shape, error.Code);
        Assert.Equal(new TextSpan(11, 1), error.Span);
    }

    [Fact]
    public void Wrong_arguments_are_reported()
    {
        Assert.Equal(ExpressionError.Codes.Arguments, Error("f(x, 2)", Scope("f(t) = t^2"), "x").Code);
        var named = Error("leaky_relu(x, slop=0.2)", Scope(), "x");
        Assert.Equal(ExpressionError.Codes.Arguments, named.Code);
        Assert.Equal(new TextSpan(14, 4), named.Span);
    }

    [Fact]
    public void Diff_used_wrongly_has_its_own_code()
    {
        var error = Error("diff(x^2, 2) + 1", Scope(), "x");
        Assert.Equal((ExpressionError.Codes.Symbolic, new TextSpan(0, 12)), (error.Code, error.Span));
    }

    [Fact]
    public void A_bad_parameter_list_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Calculator.Compile("x", Scope(), ["x", "x"]));
        Assert.Throws<ArgumentException>(() => Calculator.Compile("x", Scope(), ["1x"]));
        Assert.Throws<ArgumentException>(() => Compile("x", Scope(), "x").Evaluate(1, 2));
    }
}
