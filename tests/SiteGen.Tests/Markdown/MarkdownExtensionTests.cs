namespace SiteGen.Tests.Markdown;

public class MarkdownExtensionTests
{
    [Fact]
    public void Inline_math_is_rendered_as_mathml()
    {
        var (body, diagnostics) = TestSite.Lesson("Let $a_1 * b_2 < c^2$ hold.\n");

        Assert.Empty(diagnostics);
        Assert.StartsWith("<p>Let <math xmlns=\"http://www.w3.org/1998/Math/MathML\"><msub><mi>a</mi><mn>1</mn></msub>", body);
        Assert.Contains("<mo>&lt;</mo>", body);
        Assert.EndsWith("</math> hold.</p>", body);
    }

    [Fact]
    public void Display_math_is_rendered_as_block_mathml()
    {
        var (body, _) = TestSite.Lesson("$$\n\\sum_{i=1}^n x_i * y_i\n$$\n");

        Assert.StartsWith("<div class=\"math-display\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><munderover><mo>∑</mo>", body);
        Assert.EndsWith("</math></div>", body);
    }

    [Fact]
    public void Pipe_tables_render_as_tables()
    {
        var (body, _) = TestSite.Lesson("| x | f(x) |\n|---|---:|\n| 1 | 2 |\n");

        Assert.Contains("<table>", body);
        Assert.Contains("<th>x</th>", body);
        Assert.Contains("<td style=\"text-align: right;\">2</td>", body);
    }

    [Fact]
    public void Footnotes_render_with_links_both_ways()
    {
        var (body, diagnostics) = TestSite.Lesson("A claim.[^1]\n\n[^1]: The source.\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>", body);
        Assert.Contains("<div class=\"footnotes\">", body);
        Assert.Contains("The source.", body);
    }

    [Fact]
    public void Task_lists_render_checkboxes()
    {
        var (body, _) = TestSite.Lesson("- [x] done\n- [ ] todo\n");

        // Named, as a form control without a label is a fault to screen readers.
        Assert.Contains("<input type=\"checkbox\" disabled checked aria-label=\"Done\"> done", body);
        Assert.Contains("<input type=\"checkbox\" disabled aria-label=\"To do\"> todo", body);
    }

    [Fact]
    public void Headings_get_ids_to_link_to()
    {
        var (body, _) = TestSite.Lesson("## The chain rule\n\n### Step 2: apply it\n");

        Assert.Contains("<h2 id=\"the-chain-rule\">The chain rule</h2>", body);
        Assert.Contains("<h3 id=\"step-2-apply-it\">Step 2: apply it</h3>", body);
    }

    [Fact]
    public void Fenced_code_keeps_its_language_class_and_escapes_html()
    {
        var (body, _) = TestSite.Lesson("```python\nif a < b: print('<b>')\n```\n");

        Assert.Equal("<div class=\"code-block\">\n<pre tabindex=\"0\" role=\"group\" aria-label=\"Python code\"><code class=\"language-python\">"
            + "<span class=\"k\">if</span> a <span class=\"o\">&lt;</span> b<span class=\"p\">:</span> <span class=\"nb\">print</span>"
            + "<span class=\"p\">(</span><span class=\"s\">'&lt;b&gt;'</span><span class=\"p\">)</span>\n</code></pre>\n</div>", body);
    }

    [Fact]
    public void The_table_of_contents_lists_level_two_and_three_headings()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\n## First\n\n### Detail\n\n#### Too deep\n\n## Second\n",
        });
        site.BuildClean();

        var page = site.Page("lessons/a/index.html");
        var start = page.IndexOf("<ol class=\"toc-list\">", StringComparison.Ordinal);
        var toc = page[start..page.IndexOf("</nav>", start, StringComparison.Ordinal)];
        Assert.Equal(["#first", "#detail", "#second"], TestSite.Urls(toc));
    }
}
