using System.Xml.Linq;
using SiteGen.Markdown.MathML;

namespace SiteGen.Tests.Markdown.MathML;

public class LatexToMathMLTests
{
    private const string Ns = "http://www.w3.org/1998/Math/MathML";

    /// <summary>The MathML between the math element's tags.</summary>
    private static string Body(string latex, bool display = false)
    {
        var result = LatexToMathML.Convert(latex, display);
        Assert.Empty(result.Problems);
        var open = result.MathML.IndexOf('>') + 1;
        return result.MathML[open..^"</math>".Length];
    }

    [Fact]
    public void Inline_math_has_no_display_attribute()
    {
        Assert.Equal($"<math xmlns=\"{Ns}\"><mi>x</mi></math>", LatexToMathML.Convert("x", false).MathML);
    }

    [Fact]
    public void Display_math_is_a_block()
    {
        Assert.Equal($"<math xmlns=\"{Ns}\" display=\"block\"><mi>x</mi></math>", LatexToMathML.Convert("x", true).MathML);
    }

    [Fact]
    public void Numbers_identifiers_and_operators()
    {
        Assert.Equal("<mi>y</mi><mo>=</mo><mn>3.5</mn><mi>x</mi><mo>+</mo><mn>2</mn>", Body("y = 3.5x + 2"));
    }

    [Fact]
    public void Minus_is_a_real_minus_sign()
    {
        Assert.Equal("<mi>a</mi><mo>−</mo><mi>b</mi>", Body("a - b"));
    }

    [Fact]
    public void Relations_and_operator_commands()
    {
        Assert.Equal("<mo>≤</mo><mo>≥</mo><mo>≠</mo><mo>≈</mo><mo>→</mo><mo>⋅</mo><mo>×</mo><mo>⊙</mo><mo>±</mo><mo>∈</mo>",
            Body(@"\le \ge \ne \approx \to \cdot \times \odot \pm \in"));
    }

    [Fact]
    public void Less_than_greater_than_and_ampersand_are_escaped()
    {
        Assert.Equal("<mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi><mi>&amp;</mi>", Body(@"a < b > c \&"));
        Assert.Equal("<mtext>x &lt; y &amp; z</mtext>", Body(@"\text{x < y & z}"));
    }

    [Fact]
    public void Fraction_has_numerator_then_denominator()
    {
        Assert.Equal("<mfrac><mrow><mi>a</mi><mo>+</mo><mn>1</mn></mrow><mi>b</mi></mfrac>", Body(@"\frac{a+1}{b}"));
    }

    [Fact]
    public void Fraction_arguments_can_be_single_characters()
    {
        Assert.Equal("<mfrac><mn>1</mn><mn>2</mn></mfrac>", Body(@"\frac12"));
    }

    [Fact]
    public void Square_root_and_nth_root()
    {
        Assert.Equal("<msqrt><mi>x</mi></msqrt>", Body(@"\sqrt{x}"));
        Assert.Equal("<mroot><mi>x</mi><mi>n</mi></mroot>", Body(@"\sqrt[n]{x}"));
    }

    [Fact]
    public void Superscript_subscript_and_both()
    {
        Assert.Equal("<msup><mi>x</mi><mn>2</mn></msup>", Body("x^2"));
        Assert.Equal("<msub><mi>x</mi><mi>i</mi></msub>", Body("x_i"));
        Assert.Equal("<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>", Body("x_i^2"));
        Assert.Equal("<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>", Body("x^2_i"));
    }

    [Fact]
    public void Script_groups_hold_several_items()
    {
        Assert.Equal("<msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup>", Body("e^{-x}"));
        Assert.Equal("<msub><mi>w</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub>", Body("w_{ij}"));
    }

    [Fact]
    public void A_bare_script_takes_one_digit()
    {
        Assert.Equal("<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>", Body("x^23"));
    }

    [Fact]
    public void Double_superscript_is_a_problem()
    {
        var result = LatexToMathML.Convert("x^2^3", false);
        Assert.Equal(3, Assert.Single(result.Problems).Offset);
    }

    [Fact]
    public void Primes_follow_their_base()
    {
        Assert.Equal("<mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>",
            Body("f'(x)"));
        Assert.Equal("<mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">′′</mo>", Body("f''"));
        Assert.Equal("<msup><mi>f</mi><mrow><mo lspace=\"0em\" rspace=\"0em\">′</mo><mn>2</mn></mrow></msup>", Body("f'^2"));
    }

    [Fact]
    public void Lowercase_greek_is_italic_uppercase_upright()
    {
        Assert.Equal("<mi>α</mi><mi>θ</mi><mi>ω</mi>", Body(@"\alpha\theta \omega"));
        Assert.Equal("<mi mathvariant=\"normal\">Γ</mi><mi mathvariant=\"normal\">Σ</mi><mi mathvariant=\"normal\">Ω</mi>",
            Body(@"\Gamma \Sigma \Omega"));
    }

    [Fact]
    public void Nabla_partial_and_infinity()
    {
        Assert.Equal("<mi mathvariant=\"normal\">∇</mi><mi>∂</mi><mi mathvariant=\"normal\">∞</mi>", Body(@"\nabla \partial \infty"));
    }

    [Fact]
    public void Function_names_are_upright_and_applied()
    {
        Assert.Equal("<mi>sin</mi><mo>&#x2061;</mo><mspace width=\"0.1667em\"/><mi>x</mi>", Body(@"\sin x"));
        Assert.Equal("<mi>log</mi><mo>&#x2061;</mo><mspace width=\"0.1667em\"/><mi>exp</mi><mo>&#x2061;</mo><mspace width=\"0.1667em\"/><mi>x</mi>",
            Body(@"\log \exp x"));
        Assert.Equal("<mi>tanh</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>", Body(@"\tanh(z)"));
    }

    [Fact]
    public void Max_puts_its_subscript_below_in_display_only()
    {
        Assert.Equal("<munder><mi>max</mi><mi>x</mi></munder><mo>&#x2061;</mo>", Body(@"\max_x", display: true));
        Assert.Equal("<msub><mi>max</mi><mi>x</mi></msub><mo>&#x2061;</mo>", Body(@"\max_x"));
    }

    [Fact]
    public void Sum_has_limits_below_and_above_in_display()
    {
        Assert.Equal("<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub>",
            Body(@"\sum_{i=1}^n x_i", display: true));
    }

    [Fact]
    public void Sum_has_limits_as_scripts_inline()
    {
        Assert.Equal("<msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup>", Body(@"\sum_{i=1}^n"));
    }

    [Fact]
    public void Product_and_integral()
    {
        Assert.Equal("<munder><mo>∏</mo><mi>i</mi></munder>", Body(@"\prod_i", display: true));
        Assert.Equal("<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>", Body(@"\int_0^1"));
        Assert.Equal("<munderover><mo>∫</mo><mn>0</mn><mn>1</mn></munderover>", Body(@"\int\limits_0^1", display: true));
    }

    [Fact]
    public void Mathbf_is_bold()
    {
        Assert.Equal("<mi mathvariant=\"bold\">𝐱</mi>", Body(@"\mathbf{x}"));
        Assert.Equal("<mi mathvariant=\"bold\">𝐖</mi><mi>x</mi>", Body(@"\mathbf W x"));
    }

    [Fact]
    public void Mathrm_is_upright()
    {
        Assert.Equal("<mi mathvariant=\"normal\">d</mi><mi>x</mi>", Body(@"\mathrm{d}x"));
        Assert.Equal("<mi>softmax</mi>", Body(@"\mathrm{softmax}"));
    }

    [Fact]
    public void Text_is_mtext_and_keeps_its_outer_spaces()
    {
        Assert.Equal("<mtext>\u00A0if\u00A0</mtext>", Body(@"\text{ if }"));
    }

    [Fact]
    public void Left_right_parentheses_stretch()
    {
        Assert.Equal("<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>",
            Body(@"\left( \frac{a}{b} \right)"));
    }

    [Fact]
    public void Left_right_brackets_and_braces()
    {
        Assert.Equal("<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">[</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">]</mo></mrow>",
            Body(@"\left[ x \right]"));
        Assert.Equal("<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo><mi>x</mi></mrow>", Body(@"\left\{ x \right."));
    }

    [Fact]
    public void Left_without_right_is_a_problem()
    {
        var result = LatexToMathML.Convert(@"a \left( b", false);
        Assert.Equal(2, Assert.Single(result.Problems).Offset);
    }

    [Fact]
    public void Braces_bars_and_norms()
    {
        Assert.Equal("<mo stretchy=\"false\">{</mo><mi>x</mi><mo stretchy=\"false\">}</mo>", Body(@"\{ x \}"));
        Assert.Equal("<mo stretchy=\"false\">|</mo><mi>x</mi><mo stretchy=\"false\">|</mo>", Body("|x|"));
        Assert.Equal("<mo stretchy=\"false\">‖</mo><mi>x</mi><mo stretchy=\"false\">‖</mo>", Body(@"\|x\|"));
    }

    [Fact]
    public void Bmatrix_is_a_table_in_brackets()
    {
        Assert.Equal("<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">[</mo><mtable>"
            + "<mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr>"
            + "</mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">]</mo></mrow>",
            Body(@"\begin{bmatrix} a & b \\ c & d \end{bmatrix}"));
    }

    [Fact]
    public void Pmatrix_is_a_table_in_parentheses()
    {
        var body = Body(@"\begin{pmatrix} 1 \\ 2 \\ \end{pmatrix}");
        Assert.StartsWith("<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mtable>", body);
        Assert.EndsWith("</mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>", body);
        Assert.Equal(2, body.Split("<mtr>").Length - 1); // the trailing \\ makes no empty row
    }

    [Fact]
    public void Mismatched_end_is_a_problem()
    {
        var result = LatexToMathML.Convert(@"\begin{bmatrix} a \end{pmatrix}", false);
        Assert.Equal(18, Assert.Single(result.Problems).Offset);
    }

    [Theory]
    [InlineData(@"\hat{x}", "^")]
    [InlineData(@"\bar{x}", "¯")]
    [InlineData(@"\vec{x}", "→")]
    [InlineData(@"\tilde{x}", "~")]
    [InlineData(@"\dot{x}", "˙")]
    public void Accents_are_over_scripts(string latex, string mark)
    {
        Assert.Equal($"<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">{mark}</mo></mover>", Body(latex));
    }

    [Fact]
    public void Spacing_commands()
    {
        Assert.Equal("<mspace width=\"0.1667em\"/><mspace width=\"0.2778em\"/><mspace width=\"1em\"/><mspace width=\"2em\"/>",
            Body(@"\, \; \quad \qquad"));
    }

    [Fact]
    public void Dots()
    {
        Assert.Equal("<mi>x</mi><mo>…</mo><mo>⋯</mo>", Body(@"x \ldots \cdots"));
    }

    [Fact]
    public void Unknown_command_is_reported_at_its_offset_and_shown()
    {
        var result = LatexToMathML.Convert(@"a + \foo{b}", false);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Offset);
        Assert.Contains(@"\foo", problem.Message);
        Assert.Contains(@"<merror><mtext>\foo</mtext></merror>", result.MathML);
        Assert.Contains("<mi>b</mi>", result.MathML);
    }

    [Fact]
    public void Each_unknown_command_gets_its_own_offset()
    {
        var result = LatexToMathML.Convert(@"\foo x \bar{y} \baz", false);
        Assert.Equal([0, 15], result.Problems.Select(p => p.Offset));
    }

    [Fact]
    public void Unmatched_brace_is_a_problem_not_an_exception()
    {
        Assert.Equal(0, Assert.Single(LatexToMathML.Convert("{x", false).Problems).Offset);
        Assert.Equal(1, Assert.Single(LatexToMathML.Convert("x}", false).Problems).Offset);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        const string latex = @"\nabla f = \begin{bmatrix} \frac{\partial f}{\partial x} \\ \sum_i \hat{y}_i \end{bmatrix}";
        Assert.Equal(LatexToMathML.Convert(latex, true), LatexToMathML.Convert(latex, true), new ResultComparer());
    }

    [Fact]
    public void Gradient_formula_converts_without_problems()
    {
        var result = LatexToMathML.Convert(
            @"\nabla_{\mathbf{w}} L = \frac{1}{N} \sum_{i=1}^{N} \left( \sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i \right) \mathbf{x}_i", true);
        Assert.Empty(result.Problems);
        XElement.Parse(result.MathML);
    }

    [Fact]
    public void Random_input_never_throws_and_stays_well_formed()
    {
        var pieces = new[]
        {
            "\\", "{", "}", "[", "]", "(", ")", "^", "_", "&", "\\\\", "'", "$", "%", "#", "~", " ", "\n", "<", ">",
            "a", "x", "1", "2.5", ".", "-", "|", "\\frac", "\\sqrt", "\\left", "\\right", "\\begin{bmatrix}",
            "\\end{bmatrix}", "\\begin{", "\\end", "\\text{", "\\mathbf", "\\hat", "\\sum", "\\int", "\\limits",
            "\\foo", "\\alpha", "\\{", "\\|", "\\,", "\\big", "\\operatorname", "\\max", "é", "\uD835", "\uDC31",
        };
        var random = new Random(20261123);
        for (var i = 0; i < 5000; i++)
        {
            var length = random.Next(0, 25);
            var latex = string.Concat(Enumerable.Range(0, length).Select(_ => pieces[random.Next(pieces.Length)]));
            var result = LatexToMathML.Convert(latex, random.Next(2) == 0);
            XElement.Parse(result.MathML);
            Assert.All(result.Problems, p => Assert.InRange(p.Offset, 0, latex.Length));
            Assert.DoesNotContain(result.Problems, p => p.Message.StartsWith("Could not convert"));
        }
    }

    [Fact]
    public void Deep_nesting_is_a_problem_not_a_crash()
    {
        var result = LatexToMathML.Convert(new string('{', 5000) + "x" + new string('}', 5000), false);
        Assert.Contains(result.Problems, p => p.Message.Contains("nested too deeply"));
        XElement.Parse(result.MathML);
    }

    [Fact]
    public void Cases_is_a_left_aligned_table_after_a_brace()
    {
        var body = Body(@"\begin{cases} 1 & x > 0 \\ 0 & \text{otherwise} \end{cases}");
        Assert.StartsWith("<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo><mtable columnalign=\"left left\">", body);
        Assert.Contains("<mtd><mtext>otherwise</mtext></mtd>", body);
    }

    [Fact]
    public void Blackboard_bold_and_bold_symbols_use_math_alphabets()
    {
        Assert.Equal("<mi mathvariant=\"double-struck\">ℝ</mi>", Body(@"\mathbb{R}"));
        Assert.Equal("<mi mathvariant=\"bold-italic\">𝜽</mi>", Body(@"\boldsymbol{\theta}"));
    }

    [Fact]
    public void Operatorname_is_an_upright_function_name()
    {
        Assert.Equal("<mi>softmax</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>",
            Body(@"\operatorname{softmax}(z)"));
    }

    [Fact]
    public void Scripts_after_right_apply_to_the_whole_fenced_group()
    {
        Assert.StartsWith("<msub><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo>", Body(@"\left( a \right)_{x=0}"));
    }

    private sealed class ResultComparer : IEqualityComparer<MathResult>
    {
        public bool Equals(MathResult? x, MathResult? y) =>
            x!.MathML == y!.MathML && x.Problems.SequenceEqual(y.Problems);
        public int GetHashCode(MathResult obj) => obj.MathML.GetHashCode();
    }
}
