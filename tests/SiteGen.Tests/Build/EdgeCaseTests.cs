using SiteGen.Content;

namespace SiteGen.Tests.Build;

/// <summary>Inputs at the edges that once went wrong, each kept right by one test.</summary>
public class EdgeCaseTests
{
    [Theory]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("Łódź über Straße", "lodz-uber-strasse")]
    public void Accented_letters_lose_their_accents_in_slugs(string title, string slug) =>
        Assert.Equal(slug, Slugs.From(title));

    [Fact]
    public void A_slug_with_a_double_hyphen_is_not_valid() => Assert.False(Slugs.IsValid("a--b"));

    [Fact]
    public void A_top_level_underscore_index_is_the_home_page()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["_index.md"] = "# Home\n\nWelcome.\n", ["about.md"] = "# About\n" });
        site.BuildClean();
        Assert.Contains("Welcome.", site.Body("index.html"));
    }

    [Fact]
    public void A_draft_home_page_is_replaced_by_an_empty_one()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "---\ntitle: Home\ndraft: true\n---\nSecret.\n", ["lessons/01-a.md"] = "# A\n",
        });
        site.BuildClean();
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.DoesNotContain("Secret.", site.Page("index.html"));
    }

    [Fact]
    public void A_link_to_the_top_of_the_page_is_not_a_missing_anchor()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n\n[Back to top](#)\n" });
        site.BuildClean();
    }

    [Fact]
    public void An_output_folder_inside_the_content_folder_is_not_published_into_itself()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n" });
        var output = Path.Combine(site.Content, "site-out");
        Assert.True(site.Build(output: output).Succeeded);
        Assert.True(site.Build(output: output).Succeeded);
        Assert.False(Directory.Exists(Path.Combine(output, "site-out")));
    }

    [Fact]
    public void The_file_system_root_as_output_is_a_diagnostic_not_a_crash()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n" });
        Assert.False(site.Build(output: "/").Succeeded);
        Assert.Contains("error SG1601:", site.Lines().Single());
    }

    [Fact]
    public void A_heading_in_a_callout_does_not_take_the_id_of_a_heading_on_the_page()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n\n## Example\n\n```{note}\n## Example\n```\n\n## Example\n",
        });
        site.BuildClean();
        var body = site.Body("index.html");
        Assert.Contains("<h2 id=\"example\">", body);
        Assert.Contains("<h2 id=\"example-1\">", body);
        Assert.Contains("<h2 id=\"example-2\">", body);
        Assert.True(body.IndexOf("id=\"example-1\"", StringComparison.Ordinal) > body.IndexOf("id=\"example-2\"", StringComparison.Ordinal),
            "the page's own second heading keeps example-1; the callout's heading takes the next free id");
    }

    [Fact]
    public void An_empty_site_title_is_an_error()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = "title:\n", ["index.md"] = "# Home\n" });
        Assert.False(site.Build().Succeeded);
        Assert.Contains("site.yml(1,", site.Lines().First(l => l.Contains("error", StringComparison.Ordinal)));
    }
}
