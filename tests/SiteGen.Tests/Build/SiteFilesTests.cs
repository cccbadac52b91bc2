using System.Text.RegularExpressions;

namespace SiteGen.Tests.Build;

/// <summary>The files every site has beside its pages, and what the pages say about themselves.</summary>
public class SiteFilesTests
{
    private static TestSite Course(string siteYml = TestSite.DefaultSettings) => new(new Dictionary<string, string>
    {
        ["site.yml"] = siteYml,
        ["index.md"] = "# Home\n",
        ["lessons/01-a.md"] = "---\ntitle: A\ndescription: The first lesson\n---\n",
        ["about.md"] = "# About\n",
    });

    [Fact]
    public void Static_files_are_copied_at_their_paths()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["img/plot.svg"] = "<svg/>", ["lessons/data/points.csv"] = "x,y\n", ["CNAME"] = "example.org\n",
        });
        site.BuildClean();

        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(site.Output, "img/plot.svg")));
        Assert.Equal("x,y\n", File.ReadAllText(Path.Combine(site.Output, "lessons/data/points.csv")));
        Assert.Equal("example.org\n", File.ReadAllText(Path.Combine(site.Output, "CNAME")));
    }

    [Fact]
    public void Hidden_files_and_site_yml_are_not_published()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            [".DS_Store"] = "x", [".drafts/secret.md"] = "# Secret\n", ["img/.thumbs"] = "x", ["index.md"] = "# Home\n",
        });
        site.BuildClean();

        Assert.DoesNotContain(site.OutputFiles(), f => f.Contains("DS_Store") || f.Contains("secret") || f.Contains("thumbs") || f.Contains("site.yml"));
    }

    [Fact]
    public void Every_site_gets_nojekyll_robots_txt_and_a_404_page()
    {
        using var site = Course();
        site.BuildClean();

        var files = site.OutputFiles();
        Assert.Contains(".nojekyll", files);
        Assert.Contains("404.html", files);
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public void Without_a_base_url_there_is_no_sitemap()
    {
        using var site = Course();
        site.BuildClean();

        Assert.DoesNotContain("sitemap.xml", site.OutputFiles());
    }

    [Fact]
    public void With_a_base_url_the_sitemap_lists_every_page_and_robots_txt_points_at_it()
    {
        using var site = Course("title: T\nbase_url: https://example.org/course\n");
        site.BuildClean();

        Assert.Equal("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/course/</loc></url>
              <url><loc>https://example.org/course/about/</loc></url>
              <url><loc>https://example.org/course/lessons/a/</loc></url>
            </urlset>

            """, File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
        Assert.EndsWith("Sitemap: https://example.org/course/sitemap.xml\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public void The_base_url_option_overrides_site_yml()
    {
        using var site = Course("title: T\nbase_url: https://old.example.org/\n");
        site.BuildClean(baseUrl: "https://new.example.org/docs");

        Assert.Contains("<loc>https://new.example.org/docs/about/</loc>", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
        Assert.Contains("<link rel=\"canonical\" href=\"https://new.example.org/docs/about/\">", site.Page("about/index.html"));
    }

    [Fact]
    public void A_base_url_option_that_is_not_an_absolute_url_is_an_error()
    {
        using var site = Course();
        site.Build(baseUrl: "example.org");

        Assert.StartsWith("sitegen: error SG1014: ", site.Diagnostic("SG1014"));
    }

    [Fact]
    public void With_a_base_url_pages_have_canonical_and_open_graph_urls()
    {
        using var site = Course("title: Course\nbase_url: https://example.org/course/\n");
        site.BuildClean();

        var lesson = site.Page("lessons/a/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/course/lessons/a/\">", lesson);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/course/lessons/a/\">", lesson);
        Assert.Contains("<meta property=\"og:title\" content=\"A\">", lesson);
        Assert.Contains("<meta property=\"og:description\" content=\"The first lesson\">", lesson);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", lesson);
        Assert.Contains("<meta property=\"og:site_name\" content=\"Course\">", lesson);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/course/\">", site.Page("index.html"));
    }

    [Fact]
    public void Without_a_base_url_pages_have_no_canonical_url()
    {
        using var site = Course();
        site.BuildClean();

        Assert.DoesNotContain("rel=\"canonical\"", site.Page("lessons/a/index.html"));
        Assert.DoesNotContain("og:url", site.Page("lessons/a/index.html"));
        Assert.Contains("<meta property=\"og:title\" content=\"A\">", site.Page("lessons/a/index.html"));
    }

    [Fact]
    public void The_404_page_links_start_from_the_path_of_the_base_url()
    {
        using var site = Course("title: T\nbase_url: https://example.org/course\n");
        site.BuildClean();

        var notFound = site.Page("404.html");
        var internalUrls = TestSite.Urls(notFound).Where(u => !u.Contains(':') && !u.StartsWith('#')).ToList();
        Assert.NotEmpty(internalUrls);
        Assert.All(internalUrls, u => Assert.StartsWith("/course/", u));
        Assert.Contains("/course/lessons/a/index.html", internalUrls);
        Assert.Contains("/course/about/index.html", internalUrls);
    }

    [Fact]
    public void Without_a_base_url_the_404_page_links_are_relative_to_the_root()
    {
        using var site = Course();
        site.BuildClean();

        var urls = TestSite.Urls(site.Page("404.html"));
        Assert.Contains("lessons/a/index.html", urls);
        Assert.DoesNotContain(urls, u => u.StartsWith('/'));
    }

    [Fact]
    public void Titles_and_descriptions_are_escaped_everywhere()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: \"Q&A <site>\"\n",
            ["lessons/01-a.md"] = "---\ntitle: \"<b>Bold</b> & co\"\ndescription: \"\\\"quoted\\\" <i>\"\n---\n",
        });
        site.BuildClean();

        var page = site.Page("lessons/a/index.html");
        Assert.DoesNotContain("<b>Bold</b>", page);
        Assert.DoesNotContain("<site>", page);
        Assert.DoesNotContain("<i>", page);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; &amp; co", page);
    }
}
