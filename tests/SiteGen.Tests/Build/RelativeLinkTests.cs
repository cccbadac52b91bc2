namespace SiteGen.Tests.Build;

/// <summary>
/// Every internal link in every page is relative, so the site works at a domain root, under a
/// sub-path and from disk (the 404 page, served at any path, is the exception).
/// </summary>
public class RelativeLinkTests : IDisposable
{
    private readonly TestSite _site = new(new Dictionary<string, string>
    {
        ["site.yml"] = "title: Course\nbase_url: https://example.org/course/\nrepo_url: https://github.com/example/course\n",
        ["index.md"] = "# Home\n\nStart with [slopes](lessons/01-slopes.md) or see ![a plot](img/plot.svg).\n",
        ["about.md"] = "# About\n\nBack [home](index.md).\n",
        ["lessons/index.md"] = "# Lessons\n\nFirst [one](01-slopes.md#the-slope).\n",
        ["lessons/01-slopes.md"] = "# Slopes\n\n## The slope\n\nNext: [gradients](02-gradients.md). ![plot](../img/plot.svg)\n",
        ["lessons/02-gradients.md"] = "# Gradients\n\n## Partial derivatives\n\n[About](../about.md), [data](data/points.csv)\n",
        ["lessons/data/points.csv"] = "x,y\n",
        ["guide/advanced/01-tricks.md"] = "# Tricks\n\n[slopes](../../lessons/01-slopes.md)\n",
        ["img/plot.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    });

    public RelativeLinkTests() => _site.BuildClean();

    public void Dispose() => _site.Dispose();

    private IEnumerable<(string Page, string Url)> InternalUrls() =>
        from page in _site.OutputFiles()
        where page.EndsWith(".html", StringComparison.Ordinal) && page != "404.html"
        from url in TestSite.Urls(_site.Page(page))
        where !System.Text.RegularExpressions.Regex.IsMatch(url, "^[a-z][a-z0-9+.-]*:") && !url.StartsWith('#')
        select (page, url);

    [Fact]
    public void Every_internal_href_and_src_is_relative()
    {
        var urls = InternalUrls().ToList();

        Assert.True(urls.Count > 50, $"only {urls.Count} links found");
        Assert.All(urls, link => Assert.False(link.Url.StartsWith('/'), $"{link.Page}: {link.Url}"));
    }

    [Fact]
    public void Internal_links_name_their_file_so_they_work_from_disk()
    {
        Assert.All(InternalUrls(), link => Assert.False(link.Url.Split('#')[0].EndsWith('/'), $"{link.Page}: {link.Url}"));
    }

    [Fact]
    public void Every_internal_link_leads_to_a_published_file()
    {
        var files = _site.OutputFiles().ToHashSet(StringComparer.Ordinal);

        Assert.All(InternalUrls(), link =>
        {
            var target = TestSite.Resolve(link.Page, link.Url)?.Split('#')[0];
            Assert.True(target is not null && files.Contains(target), $"{link.Page}: '{link.Url}' leads to {target ?? "outside the site"}");
        });
    }
}
