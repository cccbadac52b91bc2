using SiteGen.Directives.Compute;

namespace SiteGen.Tests.Directives;

/// <summary>{define}, {eval} and the {eval} role on real pages.</summary>
public class ComputeDirectiveTests
{
    private const string Lesson = """
        # Slopes

        ```{define}
        f(x) = x^2
        g(x, y) = x^2 + y^2
        ```

        The slope at 3 is {eval}`f'(3)`; the gradient is {eval}`grad(g, [3, 1])`.

        ```{eval}
        :digits: 3
        grad(g, [-2, -2])
        sigmoid'(10)
        ```
        """;

    [Fact]
    public void Definitions_are_visible_to_everything_after_them()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = Lesson });
        site.BuildClean();
        var body = site.Body("lessons/a/index.html");
        Assert.Contains("The slope at 3 is <span class=\"eval-value\">6</span>; the gradient is <span class=\"eval-value\">[6, 2]</span>.", body);
        Assert.Contains("<math display=\"block\"><mrow><mo>∇</mo><mi>g</mi><mrow><mo>(</mo><mrow><mo>−</mo><mn>2</mn></mrow>", body);
        Assert.Contains("<mo>=</mo><mrow><mo>[</mo><mrow><mo>−</mo><mn>4</mn></mrow><mo separator=\"true\">,</mo><mrow><mo>−</mo><mn>4</mn></mrow><mo>]</mo></mrow></math>", body);
        Assert.Contains("<mrow><mn>4.54</mn><mo>×</mo><msup><mn>10</mn><mn>−5</mn></msup></mrow>", body);
        Assert.Contains("<div class=\"define-line\"><math display=\"block\"><mrow><mi>f</mi><mo>\u2061</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></mrow><mo>=</mo><msup><mi>x</mi><mn>2</mn></msup></math></div>", body);
    }

    [Fact]
    public void Names_do_not_leak_between_lessons()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = Lesson,
            ["lessons/02-b.md"] = "# B\n\nStill here? {eval}`f(2)`\n",
        });
        Assert.False(site.Build().Succeeded);
        Assert.Equal("content/lessons/02-b.md(3,20): error SG1203: unknown function 'f'", site.Diagnostic("SG1203"));
    }

    [Fact]
    public void An_error_points_at_the_offending_character_in_the_lesson()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\n```{define}\nf(x) = x^2\nh(x) = sigmod(x)\n```\n\n```{eval}\n:digits: 4\n[1, 2] + [1, 2, 3]\n```\n",
        });
        Assert.False(site.Build().Succeeded);
        Assert.Equal([
            "content/lessons/01-a.md(5,8): error SG1203: unknown function 'sigmod'; did you mean 'sigmoid'?",
            "content/lessons/01-a.md(10,8): error SG1205: cannot apply '+' to shapes [2] and [3]",
        ], site.Lines());
    }

    [Fact]
    public void A_cited_value_takes_its_significant_digits_after_a_colon()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\nThe length is {eval}`norm([6, 2]):3`, or {eval}`norm([6, 2])` in full; {eval}`sigmoid'(10) : 2` far out.\n",
        });
        site.BuildClean();
        Assert.Contains("The length is <span class=\"eval-value\">6.32</span>, or <span class=\"eval-value\">6.32456</span> in full; " +
            "<span class=\"eval-value\">4.5 × 10⁻⁵</span> far out.", site.Body("lessons/a/index.html"));
    }

    [Fact]
    public void An_error_in_a_cited_value_with_digits_points_into_the_expression()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "# A\n\nIt is {eval}`sigmod(1):3`.\n" });
        Assert.False(site.Build().Succeeded);
        Assert.Equal(["content/lessons/01-a.md(3,14): error SG1203: unknown function 'sigmod'; did you mean 'sigmoid'?"], site.Lines());
    }

    [Theory]
    [InlineData("```{eval}\n:digits: 1000\npi\n```\n", "1000", 10)]
    [InlineData("```{eval}\n:digits: 0\npi\n```\n", "0", 10)]
    [InlineData("```{table}\nover: h = [1, 2]\ncolumns: [h^2]\ndigits: 18\n```\n", "18", 9)]
    public void Digits_outside_1_to_17_are_an_error_at_the_option_not_clamped(string block, string value, int column)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "# A\n\n" + block });
        Assert.False(site.Build().Succeeded);
        var line = block.StartsWith("```{table}", StringComparison.Ordinal) ? 6 : 4;
        Assert.Equal([$"content/lessons/01-a.md({line},{column}): error SG1406: option 'digits' must be a whole number from 1 to 17, not {value}"],
            site.Lines());
    }

    [Theory]
    [InlineData("Value {eval}`pi:99`.", 17, "99")]
    [InlineData("Value {eval}`pi:0`.", 17, "0")]
    public void Digits_after_a_cited_value_s_colon_outside_1_to_17_are_an_error_at_them(string line, int column, string digits)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = $"# A\n\n{line}\n" });
        Assert.Equal([$"content/lessons/01-a.md(3,{column}): error SG1406: the significant digits after ':' must be from 1 to 17, not {digits}"],
            site.Lines(site.Build()));
    }

    [Theory]
    [InlineData(1, "<mn>3.1</mn>")]
    [InlineData(17, "<mn>3.1415926535897931</mn>")]
    public void Digits_at_the_ends_of_their_range_are_taken(int digits, string shown)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = $"# A\n\n```{{eval}}\n:digits: {digits}\npi\n```\n" });
        site.BuildClean();
        Assert.Contains(shown, site.Body("lessons/a/index.html"));
    }

    [Fact]
    public void A_hidden_definition_block_defines_without_showing()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\n```{define}\n:hidden:\nw = 3\n```\n\nw is {eval}`w`.\n",
        });
        site.BuildClean();
        var body = site.Body("lessons/a/index.html");
        Assert.DoesNotContain("class=\"define\"", body);
        Assert.Contains("w is <span class=\"eval-value\">3</span>.", body);
    }

    [Fact]
    public void The_value_alone_can_be_shown()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "# A\n\n```{eval}\n:show: value\n2 * 3\n```\n" });
        site.BuildClean();
        Assert.Contains("<div class=\"eval-line\"><math display=\"block\"><mn>6</mn></math></div>", site.Body("lessons/a/index.html"));
    }

    [Theory]
    [InlineData(0.25, 6, "0.25")]
    [InlineData(-4, 6, "−4")]
    [InlineData(0.19661193324148185, 4, "0.1966")]
    [InlineData(4.5397868702434395e-05, 3, "4.54 × 10⁻⁵")]
    [InlineData(123456789012345678.0, 3, "1.23 × 10¹⁷")]
    [InlineData(0.1, 17, "0.10000000000000001")]
    [InlineData(2.0 / 3, 16, "0.6666666666666666")]
    [InlineData(0.99999999, 3, "0.99999999")]
    [InlineData(0.9999546021312976, 3, "0.99995")]
    [InlineData(0.10499358540350662, 4, "0.1050")]
    [InlineData(0.30000000000000004, 6, "0.3")]
    [InlineData(2.0000000000000004, 6, "2")]
    [InlineData(4.5e-05, 3, "4.5 × 10⁻⁵")]
    [InlineData(4.00001e-05, 3, "4.00 × 10⁻⁵")]
    [InlineData(4.000001e-05, 3, "4 × 10⁻⁵")]
    [InlineData(9.99999e-05, 3, "1.00 × 10⁻⁴")]
    [InlineData(1073741824.0, 6, "1.07374 × 10⁹")]
    [InlineData(1000000.0, 6, "1000000")]
    [InlineData(1000000.0000001, 6, "1000000")]
    [InlineData(123456.0, 6, "123456")]
    public void Numbers_are_shown_with_significant_digits_and_true_minus_signs(double value, int digits, string shown) =>
        Assert.Equal(shown, NumberFormat.Number(value, digits));

    /// <summary>
    /// Trailing zeros mark digits that rounding cut, and only those: not the noise a difference of
    /// nearly equal numbers leaves (lesson 1's difference quotients, where the exact errors are h),
    /// but every digit a reader can see, at any number of digits, and never a whole number a value is not.
    /// </summary>
    [Theory]
    [InlineData(0.00010000001205412445, 6, "0.0001")]        // (f(3 + h) − f(3)) / h − 6 at h = 0.0001, exactly h
    [InlineData(0.0009999999994789732, 6, "0.001")]          // the same at h = 0.001
    [InlineData(6.000100000012054, 6, "6.0001")]
    [InlineData(0.1000003, 6, "0.100000")]                   // 3 millionths of the value cut: digits, not noise
    [InlineData(0.10499358540350662, 4, "0.1050")]           // beside 0.1966 in grad(sum(sigmoid(x)), x)
    [InlineData(0.04517665973091213, 4, "0.04518")]
    [InlineData(0.10000000002, 10, "0.1000000000")]          // at ten digits a tenth of the last digit is smaller than a millionth
    [InlineData(0.100000000002, 10, "0.1")]
    [InlineData(0.9999546021312976, 4, "0.99995")]           // sigmoid(10): never the whole number 1
    [InlineData(1.0000002, 6, "1.0000002")]                  // noise-sized, but a whole number would claim more than it is
    [InlineData(-0.00010000001205412445, 6, "−0.0001")]
    public void Trailing_zeros_show_digits_that_rounding_cut_and_not_the_noise_of_a_computation(double value, int digits, string shown) =>
        Assert.Equal(shown, NumberFormat.Number(value, digits));

    [Fact]
    public void A_table_of_difference_quotients_pads_none_of_its_exact_errors()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\n```{define}\nf(x) = x^2\n```\n\n```{table} T\n:digits: 6\nover: h = [1, 0.1, 0.01, 0.001, 0.0001]\n" +
                "columns:\n  - h\n  - (f(3 + h) - f(3)) / h - f'(3)\n```\n",
        });
        site.BuildClean();
        var body = site.Body("lessons/a/index.html");
        var cells = System.Text.RegularExpressions.Regex.Matches(body, "<td[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["1", "1", "0.1", "0.1", "0.01", "0.01", "0.001", "0.001", "0.0001", "0.0001"], cells);
    }
}
