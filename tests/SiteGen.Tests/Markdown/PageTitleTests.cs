namespace SiteGen.Tests.Markdown;

public class PageTitleTests
{
    [Fact]
    public void A_page_without_front_matter_takes_its_title_from_its_first_heading()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["about.md"] = "# About this course\n\nText.\n" });
        site.BuildClean();

        var page = site.Page("about/index.html");
        Assert.Equal("About this course · Test Site", TestSite.Title(page));
        Assert.Contains("About this course</h1>", page);
    }

    [Fact]
    public void The_heading_that_gives_the_title_is_not_repeated_in_the_body()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["about.md"] = "# About\n\nText.\n" });
        site.BuildClean();

        Assert.Equal("<p>Text.</p>", site.Body("about/index.html"));
    }

    [Fact]
    public void A_leading_heading_equal_to_the_front_matter_title_is_not_repeated()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["about.md"] = "---\ntitle: About\n---\n# About\n\nText.\n" });
        site.BuildClean();

        Assert.Equal("<p>Text.</p>", site.Body("about/index.html"));
    }

    [Fact]
    public void The_front_matter_title_wins_over_a_different_heading_which_stays_in_the_body()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["about.md"] = "---\ntitle: About\n---\n# Welcome\n\nText.\n" });
        site.BuildClean();

        Assert.Equal("About · Test Site", TestSite.Title(site.Page("about/index.html")));
        Assert.Contains("<h1 id=\"welcome\">Welcome</h1>", site.Body("about/index.html"));
    }

    [Fact]
    public void Without_a_title_or_heading_the_title_comes_from_the_file_name_with_a_warning()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/03-chain-rule.md"] = "Just text.\n" });
        site.Build();

        Assert.StartsWith("content/lessons/03-chain-rule.md(1,1): warning SG1104: ", site.Diagnostic("SG1104"));
        Assert.Contains("chain rule</h1>", site.Page("lessons/chain-rule/index.html"));
    }
}
