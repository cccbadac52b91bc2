namespace SiteGen.Tests.Build;

/// <summary>Where each Markdown file is published.</summary>
public class PageUrlTests
{
    private static IReadOnlyList<string> PagesOf(Dictionary<string, string> files)
    {
        using var site = new TestSite(files);
        site.BuildClean();
        return site.OutputFiles().Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void A_numbered_lesson_is_published_under_its_name_without_the_number()
    {
        var pages = PagesOf(new() { ["lessons/02-activations.md"] = "# Activations\n" });

        Assert.Equal(["index.html", "lessons/activations/index.html"], pages);
    }

    [Fact]
    public void The_slug_in_front_matter_replaces_the_file_name()
    {
        var pages = PagesOf(new() { ["lessons/02-activations.md"] = "---\ntitle: Activations\nslug: relu-and-friends\n---\n" });

        Assert.Equal(["index.html", "lessons/relu-and-friends/index.html"], pages);
    }

    [Fact]
    public void A_file_name_is_made_into_a_slug()
    {
        var pages = PagesOf(new() { ["notes/Chain Rule_Basics.md"] = "# Chain rule\n" });

        Assert.Equal(["index.html", "notes/chain-rule-basics/index.html"], pages);
    }

    [Fact]
    public void The_top_level_index_is_the_home_page()
    {
        var pages = PagesOf(new() { ["index.md"] = "# Welcome\n", ["about.md"] = "# About\n" });

        Assert.Equal(["about/index.html", "index.html"], pages);
    }

    [Fact]
    public void A_section_index_is_published_at_the_section_url()
    {
        var pages = PagesOf(new() { ["lessons/index.md"] = "# All lessons\n", ["lessons/01-a.md"] = "# A\n" });

        Assert.Equal(["index.html", "lessons/a/index.html", "lessons/index.html"], pages);
    }

    [Fact]
    public void An_underscore_index_counts_as_a_section_index()
    {
        var pages = PagesOf(new() { ["index.md"] = "# Home\n", ["guide/_index.md"] = "# Guide\n" });

        Assert.Equal(["guide/index.html", "index.html"], pages);
    }

    [Fact]
    public void A_site_without_an_index_page_still_gets_a_home_page_titled_after_the_site()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "---\ntitle: A\ndescription: First\n---\n" });
        site.BuildClean();

        var home = site.Page("index.html");
        Assert.Equal("Test Site", TestSite.Title(home));
        Assert.Contains("lessons/a/index.html", TestSite.Urls(home));
    }

    [Fact]
    public void Pages_in_nested_folders_keep_their_folders()
    {
        var pages = PagesOf(new() { ["guide/advanced/03-tricks.md"] = "# Tricks\n" });

        Assert.Equal(["guide/advanced/tricks/index.html", "index.html"], pages);
    }

    [Fact]
    public void Two_pages_with_the_same_url_are_an_error_on_the_second()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-relu.md"] = "# ReLU\n",
            ["lessons/02-other.md"] = "---\nslug: relu\n---\n# Other\n",
        });
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = site.Diagnostic("SG1102");
        Assert.StartsWith("content/lessons/02-other.md(1,1): error SG1102: ", error);
        Assert.Contains("lessons/01-relu.md", error);
        Assert.Contains("'lessons/relu/'", error);
    }

    [Fact]
    public void An_index_and_an_underscore_index_in_one_folder_collide()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# A\n", ["_index.md"] = "# B\n" });
        site.Build();

        Assert.Contains(" error SG1102: ", site.Diagnostic("SG1102"));
    }
}
