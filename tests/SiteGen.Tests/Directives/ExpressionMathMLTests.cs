using SiteGen.Compute.Syntax;
using SiteGen.Directives.Compute;

namespace SiteGen.Tests.Directives;

/// <summary>Expressions typeset the way a textbook prints them.</summary>
public class ExpressionMathMLTests
{
    private static string Typeset(string text) => ExpressionMathML.Expression(Parser.ParseExpression(text).Expr!);

    [Fact]
    public void Grad_at_a_point_is_nabla_f_of_the_point() =>
        Assert.Equal("<mrow><mo>∇</mo><mi>f</mi><mrow><mo>(</mo><mn>3</mn><mo separator=\"true\">,</mo><mn>1</mn><mo>)</mo></mrow></mrow>",
            Typeset("grad(f, [3, 1])"));

    [Theory]
    [InlineData("diff(relu(x), x)", "<mfrac><mi mathvariant=\"normal\">d</mi><mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow></mfrac>")]
    [InlineData("diff(x^2 + y^2, x)", "<mfrac><mo>∂</mo><mrow><mo>∂</mo><mi>x</mi></mrow></mfrac>")]
    public void A_derivative_of_one_variable_is_d_and_of_several_is_partial(string expression, string fraction) =>
        Assert.Contains(fraction, Typeset(expression));

    [Theory]
    [InlineData("x0", "<msub><mi>x</mi><mn>0</mn></msub>")]
    [InlineData("W_1", "<msub><mi>W</mi><mn>1</mn></msub>")]
    [InlineData("eta2", "<msub><mi>η</mi><mn>2</mn></msub>")]
    [InlineData("steps", "<mi mathvariant=\"normal\">steps</mi>")]
    [InlineData("xy1", "<mi mathvariant=\"normal\">xy1</mi>")]
    public void A_letter_with_a_number_is_the_letter_with_a_subscript(string name, string mathML) => Assert.Equal(mathML, Typeset(name));

    [Fact]
    public void A_quotient_is_a_fraction_and_a_power_a_superscript() =>
        Assert.Equal("<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>x</mi><mn>2</mn></msup></mrow></mfrac>", Typeset("1/(1 + x^2)"));

    [Fact]
    public void A_derivative_carries_a_prime_and_sigmoid_is_sigma() =>
        Assert.Equal("<mrow><mrow><mi>σ</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow><mo>\u2061</mo><mrow><mo>(</mo><mn>0</mn><mo>)</mo></mrow></mrow>", Typeset("sigmoid'(0)"));

    [Fact]
    public void Diff_of_one_variable_starts_with_d_over_dx() =>
        Assert.StartsWith("<mrow><mfrac><mi mathvariant=\"normal\">d</mi><mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow></mfrac>", Typeset("diff(x^2, x)"));

    [Fact]
    public void Parentheses_appear_only_where_precedence_needs_them()
    {
        Assert.Equal("<mrow><mrow><mo>(</mo><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo>)</mo></mrow><mo>⋅</mo><mi>c</mi></mrow>", Typeset("(a + b) * c"));
        Assert.Equal("<mrow><mi>a</mi><mo>+</mo><mrow><mi>b</mi><mo>⋅</mo><mi>c</mi></mrow></mrow>", Typeset("a + b * c"));
    }

    [Fact]
    public void A_matrix_value_is_a_bracketed_table() =>
        Assert.Equal("<mrow><mo stretchy=\"true\">[</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr><mtr><mtd><mn>3</mn></mtd><mtd><mn>4</mn></mtd></mtr></mtable><mo stretchy=\"true\">]</mo></mrow>",
            ExpressionMathML.Value(SiteGen.Compute.Values.Tensor.Matrix(2, 2, [1, 2, 3, 4]), 6));

    [Fact]
    public void A_number_times_a_name_is_written_without_a_dot() =>
        Assert.Equal("<mrow><mn>2</mn><mo>&#x2062;</mo><mi>x</mi></mrow>", Typeset("2*x"));
}
