namespace SiteGen.Tests.Markdown;

/// <summary>Syntax of other documentation tools is left as text, with a warning where it is written.</summary>
public class ForeignSyntaxTests
{
    [Theory]
    [InlineData("!!! note \"Title\"\n    Indented body.\n", 3, 1, "MkDocs")]
    [InlineData("??? tip\n    Collapsed.\n", 3, 1, "MkDocs")]
    [InlineData("{{< youtube id >}}\n", 3, 1, "Hugo")]
    [InlineData("Watch {{< youtube id >}} now.\n", 3, 7, "Hugo")]
    [InlineData("(my-label)=\n", 3, 1, "MyST target")]
    [InlineData(".. note::\n\n   Body.\n", 3, 1, "reStructuredText")]
    [InlineData("Text {% include x.html %} here.\n", 3, 6, "template tags")]
    public void Foreign_syntax_is_a_warning_at_its_line_and_column(string markdown, int line, int column, string tool)
    {
        var (body, diagnostics) = TestSite.Lesson("Intro.\n\n" + markdown);

        var warning = Assert.Single(diagnostics);
        Assert.StartsWith($"content/lessons/01-page.md({line},{column}): warning SG1404: ", warning);
        Assert.Contains(tool, warning);
        Assert.NotNull(body);
    }

    [Fact]
    public void Foreign_syntax_on_a_later_line_of_a_paragraph_is_reported_on_that_line()
    {
        var (_, diagnostics) = TestSite.Lesson("First line\nthen {{< ref x >}} here.\n");

        Assert.StartsWith("content/lessons/01-page.md(2,6): warning SG1404: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void Foreign_syntax_inside_code_blocks_is_not_reported()
    {
        var (_, diagnostics) = TestSite.Lesson("```text\n!!! note\n{{< x >}}\n.. note::\n(label)=\n```\n\n    !!! note\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Shortcodes_and_template_tags_inside_inline_code_are_not_reported()
    {
        var (_, diagnostics) = TestSite.Lesson("In Hugo write `{{< figure >}}`; in Jekyll `{% include x.html %}`.\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Foreign_syntax_inside_a_directive_body_is_reported_at_its_place_in_the_file()
    {
        var (_, diagnostics) = TestSite.Lesson("```{note}\nText.\n\nSee {{< x >}}.\n```\n");

        Assert.StartsWith("content/lessons/01-page.md(4,5): warning SG1404: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void Foreign_syntax_is_kept_as_text()
    {
        var (body, _) = TestSite.Lesson("Watch {{< youtube id >}} now.\n");

        Assert.Equal("<p>Watch {{&lt; youtube id &gt;}} now.</p>", body);
    }
}
