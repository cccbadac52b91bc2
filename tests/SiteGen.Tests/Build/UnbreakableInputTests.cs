using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Build;

/// <summary>
/// Lessons written to break the build: each gives the right page or one positioned diagnostic,
/// within a bounded time, and never an internal error.
/// </summary>
public class UnbreakableInputTests
{
    [Fact]
    public void An_unclosed_list_in_front_matter_is_one_error_at_its_bracket()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "---\ntitle: A\ntags: [a, b\nweight: 2\n---\n# A\n" });
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(["content/lessons/01-a.md(3,7): error SG1010: invalid YAML: this '[' or '{' is never closed; close it on the same line, or write the list one '- item' per line"],
            site.Lines(result));
    }

    [Fact]
    public void An_unclosed_mapping_in_a_directive_s_yaml_is_one_error_and_no_missing_options()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\n```{plot} P\n:alt: a curve\nx: [0, 1]\nseries: [{y: x\n  label: q\n```\n",
        });
        var result = site.Build();
        Assert.Equal(["content/lessons/01-a.md(6,10): error SG1010: invalid YAML: this '[' or '{' is never closed; close it on the same line, or write the list one '- item' per line"],
            site.Lines(result));
    }

    [Fact]
    public void A_page_of_two_megabytes_is_written_whole_with_its_table_of_contents()
    {
        var lesson = new StringBuilder("# Long\n\n");
        for (var i = 0; i < 2000; i++) lesson.Append($"Paragraph {i}: ").Append(string.Concat(Enumerable.Repeat("words to make the page long. ", 24))).Append("\n\n");
        for (var i = 0; i < 3000; i++) lesson.Append($"## Part {i}\n\n");
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-long.md"] = lesson.ToString() });
        site.BuildClean();
        var page = site.Page("lessons/long/index.html");
        Assert.True(page.Length > 1_500_000, $"{page.Length} characters");
        Assert.EndsWith("</html>\n", page);
        Assert.Contains("href=\"#part-2999\"", page);
        Assert.Contains("Paragraph 1999:", page);
    }

    [Fact]
    public void Definitions_that_double_at_every_line_cost_a_line_each()
    {
        var definitions = new StringBuilder("g0(x) = x\n");
        for (var i = 1; i <= 30; i++) definitions.Append($"g{i}(x) = g{i - 1}(x) + g{i - 1}(x)\n");
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = $"# A\n\n```{{define}}\n{definitions}w = 1\n```\n\nValue {{eval}}`g30(1)`, slope {{eval}}`grad(g30(w), w)`.\n\n"
                + "```{plot} Thirty doublings\n:alt: a straight line\nx: [0, 1]\nseries: [g30(x)]\n```\n",
        });
        var clock = Stopwatch.StartNew();
        site.BuildClean();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed.TotalSeconds:F1} s");
        Assert.Contains("Value <span class=\"eval-value\">1.07374 × 10⁹</span>, slope <span class=\"eval-value\">1.07374 × 10⁹</span>", site.Body("lessons/a/index.html"));
    }
}
