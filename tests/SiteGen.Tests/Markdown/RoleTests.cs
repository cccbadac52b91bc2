namespace SiteGen.Tests.Markdown;

public class RoleTests
{
    [Fact]
    public void The_kbd_role_renders_a_key_combination()
    {
        var (body, diagnostics) = TestSite.Lesson("Copy with {kbd}`Ctrl+C`.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("<p>Copy with <kbd>Ctrl+C</kbd>.</p>", body);
    }

    [Fact]
    public void Sub_and_sup_roles_render_subscript_and_superscript()
    {
        var (body, _) = TestSite.Lesson("H{sub}`2`O and 2{sup}`10`\n");

        Assert.Equal("<p>H<sub>2</sub>O and 2<sup>10</sup></p>", body);
    }

    [Fact]
    public void Role_text_is_escaped()
    {
        var (body, _) = TestSite.Lesson("Press {kbd}`<Enter>`\n");

        Assert.Equal("<p>Press <kbd>&lt;Enter&gt;</kbd></p>", body);
    }

    [Fact]
    public void A_role_at_the_start_of_a_paragraph_is_recognised()
    {
        var (body, _) = TestSite.Lesson("{kbd}`Esc` closes it.\n");

        Assert.Equal("<p><kbd>Esc</kbd> closes it.</p>", body);
    }

    [Fact]
    public void An_unknown_role_is_a_warning_at_its_opening_brace_and_its_text_is_kept_as_code()
    {
        var (body, diagnostics) = TestSite.Lesson("Intro.\n\nPress {key}`Ctrl+C` now.\n");

        var warning = Assert.Single(diagnostics);
        Assert.StartsWith("content/lessons/01-page.md(3,7): warning SG1402: unknown role 'key'", warning);
        Assert.Contains("<code>Ctrl+C</code>", body);
    }

    [Fact]
    public void An_unknown_role_close_to_a_known_one_gets_a_suggestion()
    {
        var (_, diagnostics) = TestSite.Lesson("H{sup2}`2`\n");

        Assert.Contains("did you mean 'sup'?", Assert.Single(diagnostics));
    }

    [Fact]
    public void Braces_in_ordinary_code_are_not_a_role()
    {
        var (body, diagnostics) = TestSite.Lesson("A set `{1, 2}` and a dict {} `x`.\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<code>{1, 2}</code>", body);
    }
}
