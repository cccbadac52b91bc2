namespace SiteGen.Tests.Markdown.Highlighting;

/// <summary>Code blocks as a lesson page writes them: the box, the named focusable block, the language class.</summary>
public sealed class CodeBlockHtmlTests
{
    [Fact]
    public void A_fence_in_a_known_language_is_highlighted_in_a_named_focusable_block()
    {
        var (body, diagnostics) = TestSite.Lesson("```python\nprint(1)\n```\n");

        Assert.Empty(diagnostics);
        Assert.Equal("<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"Python code\"><code class=\"language-python\">"
            + "<span class=\"nb\">print</span><span class=\"p\">(</span><span class=\"m\">1</span><span class=\"p\">)</span>\n</code></pre>\n</div>", body);
    }

    [Theory]
    [InlineData("mermaid", "graph TD; A--&gt;B &amp; &lt;script&gt;")]
    [InlineData("r", "graph TD; A--&gt;B &amp; &lt;script&gt;")]
    public void A_fence_in_an_unknown_language_is_plain_keeps_its_class_and_is_no_error(string tag, string escaped)
    {
        var (body, diagnostics) = TestSite.Lesson($"```{tag}\ngraph TD; A-->B & <script>\n```\n");

        Assert.Empty(diagnostics);
        Assert.Equal($"<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"{tag} code\"><code class=\"language-{tag}\">{escaped}\n</code></pre>\n</div>", body);
    }

    [Fact]
    public void A_fence_without_a_language_and_an_indented_block_are_plain_code()
    {
        var (fenced, _) = TestSite.Lesson("```\nif a < b: print(1)\n```\n");
        var (indented, _) = TestSite.Lesson("Text.\n\n    if a < b: print(1)\n");

        Assert.Equal("<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"Code\"><code>if a &lt; b: print(1)\n</code></pre>\n</div>", fenced);
        Assert.EndsWith("<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"Code\"><code>if a &lt; b: print(1)\n</code></pre>\n</div>", indented);
    }

    [Fact]
    public void Language_tags_are_found_by_any_of_their_names_in_any_case()
    {
        var (body, _) = TestSite.Lesson("```YML\na: 1\n```\n");

        Assert.Contains("aria-label=\"YAML code\"><code class=\"language-YML\"><span class=\"na\">a</span>", body);
    }

    [Fact]
    public void Rendering_the_same_page_twice_gives_the_same_bytes()
    {
        const string page = "```csharp\nvar s = \"<x>\";\n```\n\n```markdown\n```{define}\nf(x) = x^2\n```\n````\n";
        Assert.Equal(TestSite.Lesson(page).Body, TestSite.Lesson(page).Body);
    }
}
