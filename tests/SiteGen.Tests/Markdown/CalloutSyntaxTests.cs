namespace SiteGen.Tests.Markdown;

/// <summary>Callouts written the way other tools write them all render as the same callout.</summary>
public class CalloutSyntaxTests
{
    private const string NoteCallout = """
        <aside class="callout callout-note" role="note"><p class="callout-title">Note</p>
        <div class="callout-body">
        <p>Remember this.</p>
        </div></aside>
        """;

    [Theory]
    [InlineData(":::note\nRemember this.\n:::\n")]
    [InlineData("```{note}\nRemember this.\n```\n")]
    [InlineData("> [!NOTE]\n> Remember this.\n")]
    [InlineData("::: {.callout-note}\nRemember this.\n:::\n")]
    [InlineData(":::info\nRemember this.\n:::\n")]
    public void Every_callout_syntax_renders_the_same_markup(string markdown)
    {
        var (body, diagnostics) = TestSite.Lesson(markdown);

        Assert.Empty(diagnostics);
        Assert.Equal(NoteCallout, body);
    }

    [Fact]
    public void A_colon_container_takes_its_title_from_the_rest_of_its_line()
    {
        var (body, _) = TestSite.Lesson(":::tip Try this first\nText.\n:::\n");

        Assert.Contains("<aside class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Try this first</p>", body);
    }

    [Fact]
    public void A_github_warning_alert_is_a_warning_callout()
    {
        var (body, diagnostics) = TestSite.Lesson("> [!WARNING]\n> Hot surface.\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<aside class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">Warning</p>", body);
        Assert.Contains("<p>Hot surface.</p>", body);
    }

    [Fact]
    public void A_quarto_tip_callout_is_a_tip_callout()
    {
        var (body, diagnostics) = TestSite.Lesson("::: {.callout-tip}\nShortcut.\n:::\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<aside class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Tip</p>", body);
    }

    [Fact]
    public void An_unknown_container_is_a_warning_and_keeps_its_content()
    {
        var (body, diagnostics) = TestSite.Lesson("Intro.\n\n:::sidebar\nKept **content**.\n:::\n");

        var warning = Assert.Single(diagnostics);
        Assert.StartsWith("content/lessons/01-page.md(3,1): warning SG1403: unknown container ':::sidebar'", warning);
        Assert.Contains(":::note", warning);
        Assert.Contains("<p>Kept <strong>content</strong>.</p>", body);
    }

    [Fact]
    public void Directives_inside_a_colon_container_are_recognised()
    {
        var (body, diagnostics) = TestSite.Lesson(":::note\n```{tip}\nInner.\n```\n:::\n");

        Assert.Empty(diagnostics);
        Assert.Contains("callout-note", body);
        Assert.Contains("<aside class=\"callout callout-tip\"", body);
    }
}
