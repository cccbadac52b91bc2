using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>The site navigation on wide and narrow screens, with and without JavaScript, and the skip link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(SiteFixture site)
{
    private static ILocator NavLink(IPage page, string title) =>
        page.Locator("#sg-nav").GetByRole(AriaRole.Link, new() { Name = title });

    [BrowserFact]
    public async Task On_a_desktop_the_navigation_is_always_visible()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + FixtureSite.Lessons[1].Path);

        await Expect(page.Locator(".menu-button")).ToBeHiddenAsync();
        await Expect(NavLink(page, "Home")).ToBeVisibleAsync();
        foreach (var lesson in FixtureSite.Lessons)
            await Expect(NavLink(page, lesson.Title)).ToBeVisibleAsync();
        // The table of contents is shown beside the text, without a disclosure to open.
        await Expect(page.Locator(".toc-summary")).ToBeHiddenAsync();
        await Expect(page.Locator(".toc-list a").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task On_a_phone_the_menu_opens_and_its_links_work()
    {
        await using var context = await site.NewContextAsync(375);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + FixtureSite.Lessons[0].Path);

        var second = FixtureSite.Lessons[1];
        await Expect(NavLink(page, second.Title)).ToBeHiddenAsync();
        var menu = page.Locator("summary.menu-button");
        await Expect(menu).ToBeVisibleAsync();
        await Expect(menu).ToHaveTextAsync("Menu");

        await menu.ClickAsync();
        await Expect(page.Locator("details.site-menu")).ToHaveAttributeAsync("open", "");
        foreach (var lesson in FixtureSite.Lessons)
            await Expect(NavLink(page, lesson.Title)).ToBeVisibleAsync();

        await NavLink(page, second.Title).ClickAsync();
        await page.WaitForURLAsync(site.SiteUrl + second.Path);
        await Expect(page.Locator("h1")).ToContainTextAsync(second.Title);
        // The menu is closed again on the new page.
        await Expect(NavLink(page, second.Title)).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task The_current_page_is_marked_in_the_navigation()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var pages = FixtureSite.Lessons.Select(l => (l.Path, Name: l.Title)).Prepend((FixtureSite.HomePath, "Home"));
        foreach (var (path, name) in pages)
        {
            await page.GotoAsync(site.SiteUrl + path);
            var current = page.Locator("#sg-nav [aria-current]");
            await Expect(current).ToHaveCountAsync(1);
            await Expect(current).ToHaveAttributeAsync("aria-current", "page");
            await Expect(current).ToContainTextAsync(name);
            Assert.Equal(site.SiteUrl + path, await current.EvaluateAsync<string>("a => a.href"));
        }
    }

    [BrowserFact]
    public async Task Without_JavaScript_the_content_shows_and_the_menu_still_opens()
    {
        await using var context = await site.NewContextAsync(375, javaScript: false);
        var page = await context.NewPageAsync();
        var lesson = FixtureSite.Lessons[0];
        await page.GotoAsync(site.SiteUrl + lesson.Path);

        await Expect(page.Locator("h1")).ToContainTextAsync(lesson.Title);
        await Expect(page.Locator(".lesson-body p").First).ToBeVisibleAsync();
        await Expect(page.Locator(".lesson-body table")).ToBeVisibleAsync();
        await Expect(page.Locator("#sg-theme-toggle")).ToBeHiddenAsync();

        var target = FixtureSite.Lessons[2];
        await Expect(NavLink(page, target.Title)).ToBeHiddenAsync();
        await page.Locator("summary.menu-button").ClickAsync();
        await Expect(NavLink(page, target.Title)).ToBeVisibleAsync();
        await NavLink(page, target.Title).ClickAsync();
        await page.WaitForURLAsync(site.SiteUrl + target.Path);
        await Expect(page.Locator("h1")).ToContainTextAsync(target.Title);

        // "On this page" opens natively too.
        var firstTocLink = page.Locator(".toc-list a").First;
        await Expect(firstTocLink).ToBeHiddenAsync();
        await page.Locator("summary.toc-summary").ClickAsync();
        await Expect(firstTocLink).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Without_JavaScript_a_desktop_still_shows_navigation_and_contents()
    {
        await using var context = await site.NewContextAsync(1280, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + FixtureSite.Lessons[0].Path);

        await Expect(NavLink(page, FixtureSite.Lessons[2].Title)).ToBeVisibleAsync();
        await Expect(page.Locator(".toc-list a").First).ToBeVisibleAsync();
        await Expect(page.Locator("#sg-theme-toggle")).ToBeHiddenAsync();
    }

    [BrowserTheory]
    [InlineData("lesson")]
    [InlineData("404")]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_main(string which)
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var url = site.SiteUrl + (which == "404" ? FixtureSite.MissingPath : FixtureSite.Lessons[0].Path);
        await page.GotoAsync(url);

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string[]>(
            "() => [document.activeElement.tagName, document.activeElement.textContent.trim(), document.activeElement.href || '']");
        Assert.Equal("A", focused[0]);
        Assert.Equal("Skip to content", focused[1]);
        Assert.Equal(url + "#sg-main", focused[2]);
        await Expect(page.Locator(".skip-link")).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'sg-main'");
        // It stays on the same page (the 404 page has a <base href> that would send it home).
        Assert.Equal(url + "#sg-main", page.Url);
    }
}
