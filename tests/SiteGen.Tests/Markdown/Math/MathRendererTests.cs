namespace SiteGen.Tests.Markdown.MathML;

public class MathRendererTests
{
    [Fact]
    public void Inline_math_is_just_the_math_element()
    {
        var (body, diagnostics) = TestSite.Lesson("So $x < 1$ here.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("<p>So <math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi><mo>&lt;</mo><mn>1</mn></math> here.</p>", body);
    }

    [Fact]
    public void Display_math_is_wrapped_in_a_scrolling_box()
    {
        var (body, _) = TestSite.Lesson("$$\n\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}\n$$\n");

        Assert.StartsWith("<div class=\"math-display\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><mrow>", body);
        Assert.Contains("<mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr>", body);
        Assert.EndsWith("</math></div>", body);
    }

    [Fact]
    public void Display_math_over_several_lines_is_one_formula()
    {
        var (body, _) = TestSite.Lesson("$$\na = b\n+ c\n$$\n");

        Assert.Contains("<mi>a</mi><mo>=</mo><mi>b</mi><mo>+</mo><mi>c</mi>", body);
    }

    [Fact]
    public void An_unknown_command_is_kept_visible_in_the_page()
    {
        var (body, _) = TestSite.Lesson("Try $\\foo x$.\n");

        Assert.Contains("<merror><mtext>\\foo</mtext></merror><mi>x</mi>", body);
    }
}
