using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Every internal link leads somewhere, served over HTTP at the root and under a sub-path, and
/// opened from disk; the pager and the table of contents point at the right places.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LinkTests(SiteFixture site)
{
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    private static string WithoutFragment(string url) => url.Split('#')[0];

    private static string? FragmentOf(string url) =>
        url.IndexOf('#') is var hash and >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;

    /// <summary>
    /// Visits every page reachable from <paramref name="starts"/> through links inside
    /// <paramref name="siteUrl"/>, and returns every broken link, every link that leaves the
    /// site though written without a scheme, and every failed asset.
    /// </summary>
    private async Task<(List<string> Problems, int Pages, int Links)> Crawl(IPage page, string siteUrl, params string[] starts)
    {
        var problems = new List<string>();
        var scans = new Dictionary<string, Scripts.PageScan>(StringComparer.Ordinal);
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var fromDisk = siteUrl.StartsWith("file:", StringComparison.Ordinal);
        var queue = new Queue<string>(starts);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (scans.ContainsKey(url) || statuses.ContainsKey(url)) continue;
            if (fromDisk)
            {
                var local = new Uri(url).LocalPath;
                if (!File.Exists(local))
                {
                    statuses[url] = 404;
                    problems.Add(Directory.Exists(local)
                        ? $"{url} is a folder: opened from disk, the browser shows a file listing, not the page (links should end in index.html)"
                        : $"{url} does not exist on disk");
                    continue;
                }
            }
            var response = await page.GotoAsync(url);
            statuses[url] = fromDisk ? 200 : response?.Status ?? 0;
            var scan = await page.EvaluateAsync<Scripts.PageScan>(Scripts.ScanPage);
            scans[url] = scan;
            foreach (var link in scan.Links)
            {
                var internalByText = !Scheme().IsMatch(link.Raw) && !link.Raw.StartsWith("//", StringComparison.Ordinal);
                if (!link.Absolute.StartsWith(siteUrl, StringComparison.Ordinal))
                {
                    if (internalByText) problems.Add($"{url}: link '{link.Raw}' leaves the site: {link.Absolute}");
                    continue;
                }
                var target = WithoutFragment(link.Absolute);
                if (target != url) queue.Enqueue(target);
            }
        }

        var links = 0;
        foreach (var (url, scan) in scans)
        {
            foreach (var link in scan.Links.Where(l => l.Absolute.StartsWith(siteUrl, StringComparison.Ordinal)))
            {
                links++;
                var target = WithoutFragment(link.Absolute);
                var status = statuses.GetValueOrDefault(target);
                if (target != url && status != 200)
                {
                    problems.Add($"{url}: link '{link.Raw}' → {target} answered {status}");
                    continue;
                }
                if (FragmentOf(link.Absolute) is { Length: > 0 } fragment && scans.TryGetValue(target, out var targetScan)
                    && !targetScan.Ids.Contains(fragment))
                    problems.Add($"{url}: link '{link.Raw}' → no element with id '{fragment}' on {target}");
            }
        }
        return (problems, scans.Count, links);
    }

    [BrowserFact]
    public Task Every_internal_link_resolves_over_http_at_the_root() => AssertLinksResolveOverHttp(site.SiteUrl);

    [BrowserFact]
    public Task Every_internal_link_resolves_over_http_under_a_sub_path() => AssertLinksResolveOverHttp(site.SubPathSiteUrl);

    private async Task AssertLinksResolveOverHttp(string siteUrl)
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var loadProblems = PageProblems.Watch(page);

        var (problems, pages, links) = await Crawl(page, siteUrl, siteUrl + FixtureSite.HomePath, siteUrl + FixtureSite.MissingPath);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(1 + FixtureSite.Lessons.Length + 1, pages);  // home, lessons, 404
        Assert.True(links > 40, $"only {links} links checked");
        loadProblems.AssertNone();
    }

    [BrowserFact]
    public async Task Every_internal_link_resolves_when_the_site_is_opened_from_disk()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var loadProblems = PageProblems.Watch(page);

        // 404.html is left out: it is only ever served by a web server (its links start at base_url).
        var (problems, pages, _) = await Crawl(page, site.FileSiteUrl, site.FileSiteUrl + "index.html");

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(1 + FixtureSite.Lessons.Length, pages);
        loadProblems.AssertNone();

        // Styles and script work from disk too: the header sticks, the toggle shows.
        await page.GotoAsync(site.FileSiteUrl + FixtureSite.Lessons[0].Path);
        Assert.Equal("sticky", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).position"));
        await Expect(page.Locator("#sg-theme-toggle")).ToBeVisibleAsync();
        await page.Locator(".pager-next").ClickAsync();
        await page.WaitForURLAsync(site.FileSiteUrl + FixtureSite.Lessons[1].Path);
        await Expect(page.Locator("h1")).ToContainTextAsync(FixtureSite.Lessons[1].Title);
    }

    [BrowserFact]
    public async Task Under_a_sub_path_every_asset_loads_on_every_kind_of_page()
    {
        await using var context = await site.NewContextAsync(375);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var requested = new List<string>();
        page.Request += (_, request) => { lock (requested) requested.Add(request.Url); };

        // The 404 page is also served deeper than the root, where only its <base href> finds the assets.
        foreach (var path in new[] { "", FixtureSite.Lessons[1].Path, FixtureSite.MissingPath, "lessons/" + FixtureSite.MissingPath })
        {
            var response = await page.GotoAsync(site.SubPathSiteUrl + path);
            Assert.Equal(path.Contains(FixtureSite.MissingPath) ? 404 : 200, response!.Status);
            Assert.Equal("sticky", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).position"));
            await Expect(page.Locator("#sg-theme-toggle")).ToBeVisibleAsync();
            await page.Locator("summary.menu-button").ClickAsync();
            await Expect(page.Locator("#sg-nav").GetByRole(AriaRole.Link, new() { Name = "Home" })).ToBeVisibleAsync();
        }

        problems.AssertNone();
        lock (requested)
        {
            Assert.Contains(requested, u => u.Contains("/repo/assets/css/", StringComparison.Ordinal));
            Assert.Contains(requested, u => u.Contains("/repo/assets/js/", StringComparison.Ordinal));
            Assert.DoesNotContain(requested, u => u.StartsWith(site.SiteUrl, StringComparison.Ordinal) && !u.StartsWith(site.SubPathSiteUrl, StringComparison.Ordinal));
        }
    }

    [BrowserFact]
    public async Task Previous_and_next_go_to_the_neighbouring_lessons()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var lessons = FixtureSite.Lessons;
        for (var i = 0; i < lessons.Length; i++)
        {
            await page.GotoAsync(site.SiteUrl + lessons[i].Path);
            await Expect(page.Locator("h1")).ToContainTextAsync($"Lesson {lessons[i].Number}");
            await AssertPagerLink(page, ".pager-prev", i > 0 ? lessons[i - 1] : null);
            await AssertPagerLink(page, ".pager-next", i + 1 < lessons.Length ? lessons[i + 1] : null);
        }

        // Walk the course with "Next" and back with "Previous".
        await page.GotoAsync(site.SiteUrl + lessons[0].Path);
        foreach (var lesson in lessons.Skip(1))
        {
            await page.Locator(".pager-next").ClickAsync();
            await page.WaitForURLAsync(site.SiteUrl + lesson.Path);
            await Expect(page.Locator("h1")).ToContainTextAsync(lesson.Title);
        }
        foreach (var lesson in lessons.Reverse().Skip(1))
        {
            await page.Locator(".pager-prev").ClickAsync();
            await page.WaitForURLAsync(site.SiteUrl + lesson.Path);
            await Expect(page.Locator("h1")).ToContainTextAsync(lesson.Title);
        }
    }

    private async Task AssertPagerLink(IPage page, string selector, FixtureLesson? expected)
    {
        var link = page.Locator(selector);
        if (expected is null)
        {
            await Expect(link).ToHaveCountAsync(0);
            return;
        }
        await Expect(link.Locator(".pager-title")).ToHaveTextAsync(expected.Title);
        Assert.Equal(site.SiteUrl + expected.Path, await link.EvaluateAsync<string>("a => a.href"));
    }

    [BrowserFact]
    public async Task The_table_of_contents_lists_every_heading_and_its_links_reach_them()
    {
        await using var context = await site.NewContextAsync(1280, height: 600, reducedMotion: ReducedMotion.Reduce);
        var page = await context.NewPageAsync();
        foreach (var lesson in FixtureSite.Lessons)
        {
            await page.GotoAsync(site.SiteUrl + lesson.Path);
            var tocTargets = await page.Locator(".toc-list a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
            var headingIds = await page.Locator(".lesson-body :is(h2, h3)[id]").EvaluateAllAsync<string[]>("hs => hs.map(h => '#' + h.id)");
            Assert.NotEmpty(headingIds);
            Assert.Equal(headingIds, tocTargets);

            // The last entry is far down the page: following it brings its heading into view.
            var last = tocTargets[^1];
            var heading = page.Locator(last);
            await Expect(heading).Not.ToBeInViewportAsync();
            await page.Locator($".toc-list a[href='{last}']").ClickAsync();
            await Expect(heading).ToBeInViewportAsync();
            Assert.EndsWith(last, page.Url);
        }
    }
}
