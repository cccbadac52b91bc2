using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Full-page screenshots of the home page and a lesson, on a phone and a desktop, light and
/// dark, for a person to look at. Saved to the folder in SITEGEN_SCREENSHOTS when it is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(SiteFixture site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Screenshots_of_home_and_a_lesson()
    {
        var folder = Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOTS");
        if (string.IsNullOrWhiteSpace(folder))
        {
            output.WriteLine("SITEGEN_SCREENSHOTS is not set: no screenshots taken.");
            return;
        }
        Directory.CreateDirectory(folder);

        var shots = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await site.NewContextAsync(width, colorScheme: scheme);
            var page = await context.NewPageAsync();
            var mode = scheme == ColorScheme.Dark ? "dark" : "light";
            foreach (var (name, path) in new[] { ("home", FixtureSite.HomePath), ("lesson", FixtureSite.Lessons[0].Path) })
            {
                await page.GotoAsync(site.SiteUrl + path);
                await Expect(page.Locator("#sg-theme-toggle")).ToBeVisibleAsync();
                shots.Add(await Save(page, folder, $"{name}-{width}-{mode}.png"));
            }
            if (width == 375)
            {
                // The menu open over a lesson, as a phone reader sees it.
                await page.Locator("summary.menu-button").ClickAsync();
                await Expect(page.Locator("#sg-nav")).ToBeVisibleAsync();
                shots.Add(await Save(page, folder, $"lesson-{width}-{mode}-menu.png", fullPage: false));
            }
        }
        output.WriteLine(string.Join('\n', shots));
    }

    private static async Task<string> Save(IPage page, string folder, string name, bool fullPage = true)
    {
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { FullPage = fullPage, Path = path, Animations = ScreenshotAnimations.Disabled });
        Assert.True(new FileInfo(path).Length > 0, $"empty screenshot {path}");
        return path;
    }
}
