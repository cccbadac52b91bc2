namespace SiteGen.Tests.Markdown;

public class DirectiveTests
{
    [Fact]
    public void A_note_directive_renders_a_callout_with_the_title_it_is_given()
    {
        var (body, diagnostics) = TestSite.Lesson("```{note} Before you start\nRead lesson 1.\n```\n");

        Assert.Empty(diagnostics);
        Assert.Equal("""
            <aside class="callout callout-note" role="note"><p class="callout-title">Before you start</p>
            <div class="callout-body">
            <p>Read lesson 1.</p>
            </div></aside>
            """, body);
    }

    [Fact]
    public void A_callout_without_a_title_is_titled_after_its_kind()
    {
        var (body, _) = TestSite.Lesson("```{seealso}\nThe appendix.\n```\n");

        Assert.Contains("<aside class=\"callout callout-seealso\" role=\"note\"><p class=\"callout-title\">See also</p>", body);
    }

    [Theory]
    [InlineData("hint", "tip")]
    [InlineData("attention", "warning")]
    [InlineData("error", "danger")]
    [InlineData("important", "important")]
    public void Callout_names_of_other_tools_map_to_a_callout_kind(string name, string kind)
    {
        var (body, diagnostics) = TestSite.Lesson($"```{{{name}}}\nText.\n```\n");

        Assert.Empty(diagnostics);
        Assert.Contains($"class=\"callout callout-{kind}\"", body);
    }

    [Fact]
    public void The_body_of_a_callout_is_rendered_as_markdown()
    {
        var (body, _) = TestSite.Lesson("```{tip}\nUse **bold**, `code` and\n\n- a list\n```\n");

        Assert.Contains("<p>Use <strong>bold</strong>, <code>code</code> and</p>", body);
        Assert.Contains("<ul>\n<li>a list</li>\n</ul>", body);
    }

    [Fact]
    public void Directives_nest_inside_directives_with_a_longer_outer_fence()
    {
        var (body, diagnostics) = TestSite.Lesson("````{tip} Outer\n```{warning} Inner\nDeep **text**.\n```\n````\n");

        Assert.Empty(diagnostics);
        Assert.Equal("""
            <aside class="callout callout-tip" role="note"><p class="callout-title">Outer</p>
            <div class="callout-body">
            <aside class="callout callout-warning" role="note"><p class="callout-title">Inner</p>
            <div class="callout-body">
            <p>Deep <strong>text</strong>.</p>
            </div></aside>
            </div></aside>
            """, body!.Replace("\n\n", "\n"));
    }

    [Fact]
    public void A_directive_inside_a_list_item_is_recognised()
    {
        var (body, diagnostics) = TestSite.Lesson("- step one\n\n  ```{note}\n  Indented.\n  ```\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<aside class=\"callout callout-note\"", body);
        Assert.Contains("<p>Indented.</p>", body);
    }

    [Fact]
    public void Colon_options_are_read_and_not_shown_in_the_body()
    {
        var (body, diagnostics) = TestSite.Lesson("```{note}\n:class: wide\nThe body.\n```\n");

        Assert.Empty(diagnostics);
        Assert.DoesNotContain(":class:", body);
        Assert.Contains("<p>The body.</p>", body);
        Assert.Contains("<aside class=\"callout callout-note wide\" role=\"note\">", body);
    }

    [Fact]
    public void A_yaml_options_block_is_read_and_not_shown_in_the_body()
    {
        var (body, diagnostics) = TestSite.Lesson("```{note}\n---\nclass: wide framed\n---\nThe body.\n```\n");

        Assert.Empty(diagnostics);
        Assert.DoesNotContain("class: wide", body);
        Assert.Contains("<p>The body.</p>", body);
        Assert.Contains("<aside class=\"callout callout-note wide framed\" role=\"note\">", body);
    }

    [Fact]
    public void A_heading_inside_a_callout_gets_an_id_of_its_own()
    {
        var (body, _) = TestSite.Lesson("## Example\n\n```{note}\n## Example\n```\n\n## Example\n");

        var ids = System.Text.RegularExpressions.Regex.Matches(body!, "<h2 id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids, ids.Distinct());
        Assert.Equal("example", ids[0]);
    }

    [Fact]
    public void A_link_to_a_heading_inside_a_callout_is_not_broken()
    {
        var (_, diagnostics) = TestSite.Lesson("See [the rule](#the-rule).\n\n```{tip}\n### The rule\nText.\n```\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_unknown_option_is_an_error_at_the_option_with_a_suggestion()
    {
        var (_, diagnostics) = TestSite.Lesson("Intro.\n\n```{note}\n:clas: wide\nBody.\n```\n");

        var error = Assert.Single(diagnostics);
        Assert.StartsWith("content/lessons/01-page.md(4,1): error SG1405: unknown option 'clas' for directive 'note'", error);
        Assert.Contains("did you mean 'class'?", error);
    }

    [Fact]
    public void An_unknown_option_far_from_every_option_lists_the_options_there_are()
    {
        var (_, diagnostics) = TestSite.Lesson("```{note}\n:colour: red\nBody.\n```\n");

        Assert.Contains("it takes class", Assert.Single(diagnostics));
    }

    [Fact]
    public void An_unknown_option_in_a_yaml_block_is_reported_at_its_key()
    {
        var (_, diagnostics) = TestSite.Lesson("```{note}\n---\nclass: a\n  \nbogus: 1\n---\nBody.\n```\n");

        Assert.StartsWith("content/lessons/01-page.md(5,1): error SG1405: unknown option 'bogus'", Assert.Single(diagnostics));
    }

    [Fact]
    public void An_options_block_without_a_closing_line_is_an_error()
    {
        var (_, diagnostics) = TestSite.Lesson("```{note}\n---\nclass: a\nBody.\n```\n");

        Assert.StartsWith("content/lessons/01-page.md(2,1): error SG1010: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void An_unknown_directive_is_a_warning_and_its_content_is_shown_as_a_code_block()
    {
        var (body, diagnostics) = TestSite.Lesson("Intro.\n\n```{plotly}\nx = [1, 2] <3\n```\n");

        var warning = Assert.Single(diagnostics);
        Assert.StartsWith("content/lessons/01-page.md(3,1): warning SG1401: unknown directive 'plotly'", warning);
        Assert.Contains("<pre tabindex=\"0\" role=\"group\" aria-label=\"Code\"><code>x = [1, 2] &lt;3\n</code></pre>", body);
    }

    [Fact]
    public void An_unknown_directive_close_to_a_known_one_gets_a_suggestion()
    {
        var (_, diagnostics) = TestSite.Lesson("```{notte}\nText.\n```\n");

        Assert.Contains("did you mean 'note'?", Assert.Single(diagnostics));
    }

    [Fact]
    public void An_unknown_directive_fails_a_strict_build()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "# A\n\n```{plotly}\nx\n```\n" });
        var result = site.Build(strict: true);

        Assert.False(result.Succeeded);
        Assert.StartsWith("content/lessons/01-a.md(3,1): error SG1401: ", Assert.Single(site.Lines()));
    }

    [Fact]
    public void A_code_block_directive_is_plain_highlighted_code_in_its_language()
    {
        var (body, diagnostics) = TestSite.Lesson("```{code-block} python\nprint(1)\n```\n");

        Assert.Empty(diagnostics);
        Assert.Equal("<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"Python code\"><code class=\"language-python\">"
            + "<span class=\"nb\">print</span><span class=\"p\">(</span><span class=\"m\">1</span><span class=\"p\">)</span>\n</code></pre>\n</div>", body);
    }

    [Fact]
    public void A_broken_link_inside_a_directive_body_is_reported_at_its_place_in_the_file()
    {
        var (_, diagnostics) = TestSite.Lesson("""
            ---
            title: Page
            ---

            ```{tip} A tip
            First line.
            See [the page](nowhere.md) here.
            ```
            """);

        Assert.StartsWith("content/lessons/01-page.md(7,5): warning SG1301: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void Positions_inside_a_directive_indented_in_a_list_point_at_the_file()
    {
        var (_, diagnostics) = TestSite.Lesson("- item\n\n  ```{tip}\n  See [x](nowhere.md) and {kdb}`y`.\n  ```\n");

        Assert.Equal(
            ["content/lessons/01-page.md(4,7): warning SG1301", "content/lessons/01-page.md(4,27): warning SG1402"],
            diagnostics.Select(d => d[..d.IndexOf(':', d.IndexOf("SG", StringComparison.Ordinal))]));
    }

    [Fact]
    public void Positions_inside_nested_directives_point_at_the_file()
    {
        var (_, diagnostics) = TestSite.Lesson("Intro.\n\n````{note}\nText.\n\n```{warning}\nA [link](gone.md).\n```\n````\n");

        Assert.StartsWith("content/lessons/01-page.md(7,3): warning SG1301: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_colon_fenced_directive_renders_like_the_backtick_one()
    {
        var (body, diagnostics) = TestSite.Lesson(":::{warning} Careful\nHot **surface**.\n:::\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<aside class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">Careful</p>", body);
        Assert.Contains("<p>Hot <strong>surface</strong>.</p>", body);
    }
}
