namespace SiteGen.Tests.Markdown;

/// <summary>Syntax SiteGen does not know is a warning, and every word the author wrote still reaches the page.</summary>
public class UnknownSyntaxKeepsItsWordsTests
{
    [Fact]
    public void The_title_of_an_unknown_container_and_words_after_a_would_be_closing_fence_are_kept()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\n:::foo Some Title Words\nBody text.\n::: trailing words\n\nAfter.\n",
        });
        var result = site.Build();
        var body = site.Body("lessons/a/index.html");
        foreach (var words in new[] { "Some Title Words", "Body text.", "trailing words", "After." }) Assert.Contains(words, body);
        Assert.Contains(site.Lines(result), l => l.StartsWith("content/lessons/01-a.md(5,1): warning SG1403: unknown container ':::trailing'", StringComparison.Ordinal)
            && l.Contains("to close the container above, write ':::' alone on its line"));
    }

    [Fact]
    public void The_title_of_an_unknown_directive_is_kept_above_its_code()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "# A\n\n```{bar} Dir Title\ncontent\n```\n" });
        site.Build();
        Assert.Contains("<p>Dir Title</p>\n<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"Code\"><code>content\n</code></pre>", site.Body("lessons/a/index.html"));
    }
}
