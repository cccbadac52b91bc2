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

/// <summary>Lists and nesting past what a page can show: one positioned error each, quickly.</summary>
public class UnboundedInputTests
{
    private static string Nested(string line, int depth) => string.Concat(Enumerable.Repeat(line, depth));

    [Theory]
    [InlineData("quotes", 3)]
    [InlineData("lists", 202)]
    [InlineData("containers", 131)]
    [InlineData("markers on one line", 3)]
    [InlineData("numbered markers after a long rule", 5)]
    public void Markdown_nested_too_deeply_is_one_error_where_it_passes_the_limit_or_at_its_deepest_line(string kind, int line)
    {
        var text = kind switch
        {
            "quotes" => "# A\n\n" + Nested("> ", 200) + "deep\n",
            "lists" => "# A\n\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item\n")),
            "markers on one line" => "# A\n\n" + Nested("- ", 200) + "item\n",
            "numbered markers after a long rule" => "# A\n\n" + new string('*', 50_000) + "\n\n" + Nested("1. ", 200) + "x\n",
            _ => "# A\n\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => new string(':', 2003 - i) + "note\n")) + "x\n"
                + string.Concat(Enumerable.Range(0, 2000).Select(i => new string(':', 4 + i) + "\n")),
        };
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = text });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = site.Build();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal([$"content/lessons/01-a.md({line},1): error SG1410: Markdown nests too deeply here (quotes, lists, containers or emphasis within one another); flatten it, or split it into sections"],
            site.Lines(result));
    }

    [Theory]
    [InlineData("```{descent} D\n:alt: paths\nf: x^2 + y^2\nx: [-2, 2]\ny: [-2, 2]\nrate: 0.1\nstart: [STARTS]\n```\n", "start", 21, 20)]
    [InlineData("```{contour} C\n:alt: a map\nf: x^2 + y^2\nx: [-2, 2]\ny: [-2, 2]\nlevels: [LEVELS]\n```\n", "levels", 101, 100)]
    [InlineData("```{plot} P\n:alt: a curve\nx: [0, 1]\nseries: [x^2]\ntangents: [TANGENTS]\n```\n", "tangents", 101, 100)]
    public void A_list_longer_than_a_figure_can_show_is_refused_at_its_option(string fence, string option, int count, int max)
    {
        var items = option switch
        {
            "start" => string.Join(", ", Enumerable.Range(0, count).Select(i => $"[1, {i * 0.01}]")),
            "levels" => string.Join(", ", Enumerable.Range(1, count)),
            _ => string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{x: {i / 200.0}}}")),
        };
        var text = "# A\n\n" + fence.Replace("[STARTS]", $"[{items}]").Replace("[LEVELS]", $"[{items}]").Replace("[TANGENTS]", $"[{items}]");
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = text });
        var result = site.Build();
        var errors = site.Lines(result).Where(l => l.Contains("error")).ToList();
        Assert.Equal($"'{option}' lists {count} items, more than the {max} it may have", Assert.Single(errors).Split("SG1406: ")[1]);
    }
}

/// <summary>YAML that YamlDotNet rejects by exceptions other than its own, found by fuzzing lesson files.</summary>
public class MalformedYamlTests
{
    [Fact]
    public void A_key_that_starts_with_a_colon_inside_a_list_is_one_positioned_error()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\n```{table} Rows\nover: h = [1, 0.1]\ncolcolumns:\n  - h\n  - : sqvalue: h^2\n```\n",
        });
        var error = Assert.Single(site.Lines(site.Build()));
        Assert.StartsWith("content/lessons/01-a.md(", error);
        Assert.Contains("error SG1010: invalid YAML:", error);
    }
}

/// <summary>The operations one expression may take, and how a site raises them.</summary>
public class ComputeBudgetTests
{
    private const string Lesson = "# A\n\nThe total is {eval}`sum(linspace(0, 1, 1000000) * 2)`.\n";

    [Fact]
    public void An_expression_past_the_site_s_budget_is_stopped_with_SG1211_at_the_expression()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = "title: T\nmax_operations: 1000000\n", ["lessons/01-a.md"] = Lesson });
        var error = Assert.Single(site.Lines(site.Build()));
        Assert.StartsWith("content/lessons/01-a.md(3,", error);
        Assert.Contains("error SG1211: this computation needs more than 1,000,000 operations", error);
        Assert.Contains("raise max_operations in site.yml", error);
    }

    [Fact]
    public void Under_the_default_budget_the_same_expression_is_computed()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = Lesson });
        site.BuildClean();
        Assert.Contains("The total is <span class=\"eval-value\">1000000</span>", site.Body("lessons/a/index.html"));
    }

    [Fact]
    public void A_budget_too_small_for_any_lesson_is_refused_in_site_yml()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = "title: T\nmax_operations: 5\n", ["index.md"] = "# Home\n" });
        Assert.Contains("site.yml(2,17): error SG1014: max_operations must be at least 1000000, not 5", site.Lines(site.Build()).Single());
    }
}
