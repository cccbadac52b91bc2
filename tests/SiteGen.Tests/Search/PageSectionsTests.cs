using SiteGen.Search;

namespace SiteGen.Tests.Search;

public class PageSectionsTests
{
    [Fact]
    public void A_body_splits_at_its_h2_and_h3_headings_with_their_anchors()
    {
        var sections = PageSections.Of("""
            <p>Intro <em>text</em>.</p>
            <h2 id="first">First <code>step</code></h2>
            <p>One</p><p>Two</p>
            <h3 id="detail">Detail</h3>
            <ul><li>a</li><li>b</li></ul>
            <h4 id="minor">Minor</h4>
            <p>Still detail.</p>
            """);
        Assert.Equal(
            [new("", "", "Intro text."), new("First step", "first", "One Two"), new("Detail", "detail", "a b Minor Still detail.")],
            sections);
    }

    [Fact]
    public void Hidden_parts_drawings_scripts_and_buttons_are_left_out()
    {
        var sections = PageSections.Of("""
            <div class="heading heading-2"><h2 id="s">Title<span aria-hidden="true">!</span></h2>
            <a class="heading-anchor" href="#s" aria-label="Link to section Title">#</a></div>
            <figure><svg class="sg-figure"><text>axis label</text></svg><figcaption>Figure 1: caption <span><a href="f.svg" download>SVG</a></span></figcaption></figure>
            <script>var x = 1;</script><button type="button">Copy</button>
            <div hidden>secret</div><p>seen &amp; read &lt;here&gt;</p>
            """);
        Assert.Equal([new SearchSection("Title", "s", "Figure 1: caption seen & read <here>")], sections);
    }

    [Fact]
    public void Table_cells_and_lines_do_not_run_together()
    {
        var sections = PageSections.Of("<table><tr><th>x</th><th>y</th></tr><tr><td>1</td><td>2</td></tr></table><p>a<br>b</p>");
        Assert.Equal("x y 1 2 a b", Assert.Single(sections).Text);
    }

    [Fact]
    public void Computed_values_read_as_shown()
    {
        var sections = PageSections.Of("""<p>The slope is <span class="eval-value">6</span>.</p>""");
        Assert.Equal("The slope is 6.", Assert.Single(sections).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p>unclosed <em>tags")]
    [InlineData("<h2 id=\"x\">never closed")]
    [InlineData("a < b > c & d")]
    [InlineData("<math><msup><mi>x</mi>")]
    [InlineData("<!-- comment never closed")]
    [InlineData("<div title=\"a > b\">quoted</div>")]
    public void Malformed_html_never_fails(string html)
    {
        var sections = PageSections.Of(html);
        Assert.All(sections, s => Assert.DoesNotContain("<div", s.Text));
    }

    [Fact]
    public void A_page_without_text_or_headings_has_no_sections() => Assert.Empty(PageSections.Of("  \n "));
}
