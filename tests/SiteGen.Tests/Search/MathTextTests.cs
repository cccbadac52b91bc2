using SiteGen.Search;

namespace SiteGen.Tests.Search;

public class MathTextTests
{
    [Theory]
    [InlineData("<msup><mi>x</mi><mn>2</mn></msup>", "x^2")]
    [InlineData("<msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup>", "e^(−x)")]
    [InlineData("<msub><mi>x</mi><mn>0</mn></msub>", "x_0")]
    [InlineData("<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><mi>x</mi></mrow></mfrac>", "1/(1+x)")]
    [InlineData("<mi>f</mi><mo>⁡</mo><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mn>2</mn><mo>&#x2062;</mo><mi>x</mi>", "f(x) = 2x")]
    [InlineData("<mo>∇</mo><mi>g</mi><mo>(</mo><mn>1</mn><mo separator=\"true\">,</mo><mn>2</mn><mo>)</mo>", "∇g(1, 2)")]
    [InlineData("<msqrt><mi>x</mi></msqrt>", "√(x)")]
    [InlineData("<mover><mi>x</mi><mo>^</mo></mover>", "x")]
    [InlineData("<mi>a</mi><annotation encoding=\"application/x-tex\">a</annotation>", "a")]
    public void A_formula_reads_as_a_reader_would_type_it(string mathml, string expected) =>
        Assert.Equal(expected, MathText.Of(mathml));

    [Fact]
    public void A_formula_in_a_page_gives_its_symbols_as_terms()
    {
        var section = Assert.Single(PageSections.Of("<p>The gradient <math><mo>∇</mo><msup><mi>x</mi><mn>2</mn></msup></math> here.</p>"));
        Assert.Contains("∇", SearchText.Terms(section.Text));
        Assert.Contains("x^2", SearchText.Terms(section.Text));
    }
}
