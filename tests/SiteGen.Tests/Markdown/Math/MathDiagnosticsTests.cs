namespace SiteGen.Tests.Markdown.MathML;

/// <summary>A formula's problems are diagnostics at the line and column of the offending command.</summary>
public class MathDiagnosticsTests
{
    [Fact]
    public void An_unknown_command_is_a_warning_at_its_backslash_inline_and_in_a_display_block()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n\nInline $\\alpha + \\foo{x}$ here.\n\n$$\n\\frac{1}{2}\n\\bar{x} + \\nope\n$$\n",
        });
        Assert.True(site.Build().Succeeded);
        Assert.Equal([
            "content/index.md(3,18): warning SG1408: unknown LaTeX command '\\foo'",
            "content/index.md(7,11): warning SG1408: unknown LaTeX command '\\nope'",
        ], site.Lines());
    }

    [Fact]
    public void A_formula_inside_a_callout_is_located_in_the_file()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n\n```{note}\nSee $\\nabla f + \\oops$.\n```\n",
        });
        site.Build();
        Assert.Equal(["content/index.md(4,17): warning SG1408: unknown LaTeX command '\\oops'"], site.Lines());
    }

    [Fact]
    public void Under_strict_a_math_problem_fails_the_build()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n\n$\\foo$\n" });
        Assert.False(site.Build(strict: true).Succeeded);
    }
}
