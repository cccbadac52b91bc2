using System.Text.RegularExpressions;

namespace SiteGen.Tests.Build;

/// <summary>The site navigation every page carries.</summary>
public partial class NavigationTests
{
    [GeneratedRegex("""<a (?:class="nav-section-title" )?href="(?<href>[^"]*)"(?<current> aria-current="page")?>(?:<span class="nav-number">\d+</span> )?(?<text>[^<]*)</a>|<span class="nav-section-title">(?<section>[^<]*)</span>""")]
    private static partial Regex Entry();

    /// <summary>The navigation of a page as "text → target" lines; the current page is marked with a star.</summary>
    private static List<string> Navigation(TestSite site, string page)
    {
        var html = site.Page(page);
        var start = html.IndexOf("<ul class=\"nav-tree\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no navigation");
        var nav = html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
        return Entry().Matches(nav).Select(m => m.Groups["section"].Success
            ? $"[{m.Groups["section"].Value}]"
            : $"{(m.Groups["current"].Success ? "*" : "")}{System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value)} → {TestSite.Resolve(page, m.Groups["href"].Value)}").ToList();
    }

    private static TestSite Course() => new(new Dictionary<string, string>
    {
        ["index.md"] = "# Home\n",
        ["about.md"] = "---\ntitle: About\nweight: 99\n---\n",
        ["lessons/index.md"] = "---\ntitle: The course\nweight: 1\n---\n",
        ["lessons/01-a.md"] = "# A\n",
        ["lessons/02-b.md"] = "# B & C\n",
        ["getting-started/setup.md"] = "---\ntitle: Setup\nweight: 2\n---\n",
    });

    [Fact]
    public void The_navigation_lists_home_sections_and_pages_in_weight_order()
    {
        using var site = Course();
        site.BuildClean();

        Assert.Equal(
        [
            "Home → index.html",
            "The course → lessons/index.html", "A → lessons/a/index.html", "B & C → lessons/b/index.html",
            "[Getting started]", "Setup → getting-started/setup/index.html",
            "About → about/index.html",
        ], Navigation(site, "about/index.html").Select(e => e.TrimStart('*')));
    }

    [Fact]
    public void The_current_page_is_marked_in_the_navigation()
    {
        using var site = Course();
        site.BuildClean();

        Assert.Equal(["*B & C → lessons/b/index.html"], Navigation(site, "lessons/b/index.html").Where(e => e.StartsWith('*')));
        Assert.Equal(["*The course → lessons/index.html"], Navigation(site, "lessons/index.html").Where(e => e.StartsWith('*')));
        Assert.Equal(["*Home → index.html"], Navigation(site, "index.html").Where(e => e.StartsWith('*')));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("about/index.html")]
    [InlineData("lessons/index.html")]
    [InlineData("lessons/a/index.html")]
    [InlineData("getting-started/setup/index.html")]
    public void Navigation_links_lead_to_the_same_pages_from_every_depth(string page)
    {
        using var site = Course();
        site.BuildClean();

        Assert.Equal(Navigation(site, "about/index.html").Select(e => e.TrimStart('*')), Navigation(site, page).Select(e => e.TrimStart('*')));
    }

    [Fact]
    public void Site_settings_reach_every_page()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Course\ndescription: Learn things\nlanguage: fr\nauthor: Ada\nrepo_url: https://github.com/example/course\n",
            ["lessons/01-a.md"] = "# A\n",
        });
        site.BuildClean();

        var page = site.Page("lessons/a/index.html");
        Assert.Contains("<html lang=\"fr\">", page);
        Assert.Contains("<meta name=\"author\" content=\"Ada\">", page);
        Assert.Contains("<meta name=\"description\" content=\"Learn things\">", page);
        Assert.Contains("href=\"https://github.com/example/course\"", page);
        Assert.Equal("A · Course", TestSite.Title(page));
    }

    [Fact]
    public void A_page_description_replaces_the_site_description()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Course\ndescription: Learn things\n",
            ["lessons/01-a.md"] = "---\ntitle: A\ndescription: Only this lesson\n---\n",
        });
        site.BuildClean();

        Assert.Contains("<meta name=\"description\" content=\"Only this lesson\">", site.Page("lessons/a/index.html"));
    }

    [Fact]
    public void A_large_section_lists_the_pages_around_the_current_one_and_links_to_all_of_them()
    {
        var files = new Dictionary<string, string> { ["index.md"] = "# Home\n" };
        for (var i = 1; i <= 150; i++) files[$"lessons/{i:000}-l{i}.md"] = $"# L{i}\n";
        using var site = new TestSite(files);
        site.BuildClean();

        var middle = Navigation(site, "lessons/l75/index.html");
        Assert.Equal(["Home → index.html", "[Lessons]"], middle.Take(2));
        Assert.Equal(Enumerable.Range(65, 21).Select(i => (i == 75 ? "*" : "") + $"L{i} → lessons/l{i}/index.html"),
            middle.Skip(2).Take(21));
        Assert.Equal(["All 150 lessons → index.html"], middle.Skip(23));
        var html = site.Page("lessons/l75/index.html");
        Assert.Contains("<li class=\"nav-gap\">64 before</li>", html);
        Assert.Contains("<li class=\"nav-gap\">65 after</li>", html);

        // The first page has no gap before it; the home page lists the first ten, and is current only once.
        Assert.Equal(11 + 2 + 1, Navigation(site, "lessons/l1/index.html").Count);
        var home = Navigation(site, "index.html");
        Assert.Equal(["*Home → index.html", "[Lessons]"], home.Take(2));
        Assert.Equal(2 + 10 + 1, home.Count);
        Assert.Single(home, l => l.StartsWith('*'));
    }
}
