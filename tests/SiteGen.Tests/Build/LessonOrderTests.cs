using System.Text.RegularExpressions;

namespace SiteGen.Tests.Build;

/// <summary>How lessons are numbered, ordered and chained with previous/next links.</summary>
public partial class LessonOrderTests
{
    [GeneratedRegex("""<span class="nav-number">(\d+)</span> ([^<]*)</a>""")]
    private static partial Regex NumberedNavItem();

    /// <summary>The numbered entries of the site navigation, as "1 Title".</summary>
    private static List<string> NumberedNavigation(string html) =>
        NumberedNavItem().Matches(html).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToList();

    private static (string? Previous, string? Next) Pager(TestSite site, string outputPath)
    {
        var html = site.Page(outputPath);
        string? Href(string rel) => Regex.Match(html, $"href=\"([^\"]*)\" rel=\"{rel}\"") is { Success: true } m
            ? TestSite.Resolve(outputPath, m.Groups[1].Value)
            : null;
        return (Href("prev"), Href("next"));
    }

    [Fact]
    public void Lessons_are_numbered_in_the_numeric_order_of_their_file_prefixes()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/10-ten.md"] = "# Ten\n",
            ["lessons/2-two.md"] = "# Two\n",
            ["lessons/1-one.md"] = "# One\n",
        });
        site.BuildClean();

        Assert.Equal(["1 One", "2 Two", "3 Ten"], NumberedNavigation(site.Page("lessons/one/index.html")));
    }

    [Fact]
    public void A_weight_in_front_matter_orders_a_lesson_before_its_file_prefix()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n",
            ["lessons/02-b.md"] = "# B\n",
            ["lessons/03-c.md"] = "---\ntitle: C\nweight: 0\n---\n",
        });
        site.BuildClean();

        Assert.Equal(["1 C", "2 A", "3 B"], NumberedNavigation(site.Page("lessons/a/index.html")));
    }

    [Fact]
    public void Lessons_with_equal_weight_keep_the_order_of_their_file_names()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/beta.md"] = "---\ntitle: Beta\nweight: 1\n---\n",
            ["lessons/alpha.md"] = "---\ntitle: Alpha\nweight: 1\n---\n",
        });
        site.BuildClean();

        Assert.Equal(["1 Alpha", "2 Beta"], NumberedNavigation(site.Page("lessons/alpha/index.html")));
    }

    [Fact]
    public void A_lesson_page_shows_its_number()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-a.md"] = "# A\n", ["lessons/02-b.md"] = "# B\n" });
        site.BuildClean();

        Assert.Contains("<span class=\"eyebrow\">Lesson 2", site.Page("lessons/b/index.html"));
    }

    [Fact]
    public void Pages_outside_the_lessons_folder_are_not_numbered()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["01-about.md"] = "# About\n", ["guide/01-setup.md"] = "# Setup\n", ["lessons/index.md"] = "# Lessons\n",
            ["lessons/01-a.md"] = "# A\n",
        });
        site.BuildClean();

        Assert.Equal(["1 A"], NumberedNavigation(site.Page("lessons/a/index.html")));
        Assert.DoesNotContain("Lesson ", site.Page("guide/setup/index.html"));
    }

    [Fact]
    public void Each_lesson_links_to_the_previous_and_next_lesson()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n", ["lessons/02-b.md"] = "# B\n", ["lessons/03-c.md"] = "# C\n",
        });
        site.BuildClean();

        Assert.Equal((null, "lessons/b/index.html"), Pager(site, "lessons/a/index.html"));
        Assert.Equal(("lessons/a/index.html", "lessons/c/index.html"), Pager(site, "lessons/b/index.html"));
        Assert.Equal(("lessons/b/index.html", null), Pager(site, "lessons/c/index.html"));
    }

    [Fact]
    public void Previous_and_next_stay_within_the_lessons()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n", ["lessons/index.md"] = "# Overview\n", ["about.md"] = "# About\n",
            ["lessons/01-a.md"] = "# A\n", ["lessons/02-b.md"] = "# B\n",
        });
        site.BuildClean();

        Assert.Equal((null, "lessons/b/index.html"), Pager(site, "lessons/a/index.html"));
        Assert.Equal(("lessons/a/index.html", null), Pager(site, "lessons/b/index.html"));
    }

    [Fact]
    public void The_home_page_lists_every_lesson_in_order()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n", ["lessons/02-b.md"] = "# B\n", ["lessons/01-a.md"] = "---\ntitle: A\ndescription: First one\n---\n",
        });
        site.BuildClean();

        var home = site.Page("index.html");
        var cards = home[home.IndexOf("class=\"lesson-cards\"", StringComparison.Ordinal)..];
        Assert.Equal(["lessons/a/index.html", "lessons/b/index.html"],
            TestSite.Urls(cards[..cards.IndexOf("</ol>", StringComparison.Ordinal)]).Select(u => TestSite.Resolve("index.html", u)));
        Assert.Contains("First one", cards);
    }

    [Fact]
    public void Drafts_are_left_out()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n", ["lessons/02-b.md"] = "---\ntitle: B\ndraft: true\n---\n", ["lessons/03-c.md"] = "# C\n",
        });
        site.BuildClean();

        Assert.False(File.Exists(Path.Combine(site.Output, "lessons/b/index.html")));
        Assert.Equal(["1 A", "2 C"], NumberedNavigation(site.Page("lessons/a/index.html")));
        Assert.Equal(("lessons/a/index.html", null), Pager(site, "lessons/c/index.html"));
    }

    [Fact]
    public void Drafts_are_built_when_asked_for()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n", ["lessons/02-b.md"] = "---\ntitle: B\ndraft: true\n---\n",
        });
        var result = site.Build(drafts: true);

        Assert.Empty(site.Lines(result));
        Assert.Equal(["1 A", "2 B"], NumberedNavigation(site.Page("lessons/b/index.html")));
    }

    [Fact]
    public void A_link_to_a_draft_is_a_link_to_a_missing_page()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n\nSee [B](02-b.md).\n", ["lessons/02-b.md"] = "---\ntitle: B\ndraft: true\n---\n",
        });
        site.Build();

        Assert.StartsWith("content/lessons/01-a.md(3,5): warning SG1301: ", site.Diagnostic("SG1301"));
    }
}
