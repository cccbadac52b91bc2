using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>Light and dark mode: following the system, the toggle, and the stored choice.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeTests(SiteFixture site)
{
    private const double DarkAtMost = 0.05;   // #0f1115 is about 0.006
    private const double LightAtLeast = 0.8;  // #ffffff is 1

    private static Task AssertDark(IPage page, string when) => AssertBackground(page, dark: true, when);

    private static Task AssertLight(IPage page, string when) => AssertBackground(page, dark: false, when);

    /// <summary>
    /// Waits (up to 5 s) for the body background to be dark or light. Waiting matters: under
    /// reduced motion the theme gives every element a 0.01 ms transition, so a colour switch
    /// completes on the next animation frame, not at once.
    /// </summary>
    private static async Task AssertBackground(IPage page, bool dark, string when)
    {
        var limit = dark ? DarkAtMost : LightAtLeast;
        try
        {
            await page.WaitForFunctionAsync(
                $"([dark, limit]) => {{ const l = ({Scripts.BodyBackgroundLuminance})(); return dark ? l <= limit : l >= limit; }}",
                new object[] { dark, limit }, new() { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            var luminance = await page.EvaluateAsync<double>(Scripts.BodyBackgroundLuminance);
            Assert.Fail($"{when}: body background luminance {luminance:0.###} on {page.Url}, expected {(dark ? "dark" : "light")}");
        }
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_page_follows_the_system_colour_scheme_with_readable_text(ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(1280, colorScheme: scheme);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { FixtureSite.HomePath, FixtureSite.Lessons[0].Path, FixtureSite.MissingPath })
        {
            await page.GotoAsync(site.SiteUrl + path);
            if (scheme == ColorScheme.Dark) await AssertDark(page, "dark system scheme");
            else await AssertLight(page, "light system scheme");
            var contrast = await page.EvaluateAsync<double>(Scripts.BodyTextContrast);
            Assert.True(contrast >= 4.5, $"body text contrast {contrast:0.##}:1 on {path} in {scheme} mode is below 4.5:1");
            await Expect(page.Locator("#sg-theme-toggle")).ToHaveAttributeAsync("aria-pressed", scheme == ColorScheme.Dark ? "true" : "false");
        }
    }

    [BrowserFact]
    public async Task The_toggle_switches_to_dark_and_the_choice_follows_the_reader()
    {
        await using var context = await site.NewContextAsync(1280, colorScheme: ColorScheme.Light);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(site.SiteUrl + FixtureSite.Lessons[0].Path);
        await AssertLight(page, "before the toggle");

        var toggle = page.Locator("#sg-theme-toggle");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await toggle.ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await AssertDark(page, "after clicking the toggle");
        Assert.Equal("dark", await page.EvaluateAsync<string>("() => localStorage.getItem('sitegen-theme')"));

        // Another page, reached by a link: dark from the start.
        await page.Locator(".pager-next").ClickAsync();
        await page.WaitForURLAsync(site.SiteUrl + FixtureSite.Lessons[1].Path);
        await AssertDark(page, "after navigating to the next lesson");
        await Expect(page.Locator("#sg-theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");

        // And back to light, which persists as well.
        await page.Locator("#sg-theme-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await AssertLight(page, "after clicking the toggle again");
        await page.Locator(".site-title").ClickAsync();
        await page.WaitForURLAsync(site.SiteUrl + FixtureSite.HomePath);
        await AssertLight(page, "after navigating home");
        problems.AssertNone();
    }

    [BrowserFact]
    public async Task A_stored_light_choice_overrides_a_dark_system_scheme()
    {
        await using var context = await site.NewContextAsync(375, colorScheme: ColorScheme.Dark, reducedMotion: ReducedMotion.Reduce);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + FixtureSite.HomePath);
        await AssertDark(page, "dark system scheme");

        await page.Locator("#sg-theme-toggle").ClickAsync();
        await Expect(page.Locator("#sg-theme-toggle")).ToHaveAttributeAsync("aria-pressed", "false");
        await AssertLight(page, "after choosing light");

        await page.GotoAsync(site.SiteUrl + FixtureSite.Lessons[2].Path);
        await AssertLight(page, "on another page after choosing light");
    }
}
