using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// axe-core finds no accessibility fault on any page of the fixture site, in light and dark
/// mode, on a desktop and a phone (<see cref="CourseTests"/> checks the course's pages the same
/// way). axe is a vendored test fixture (Vendor/axe.min.js, MPL-2.0), injected into each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, ColorScheme, int> FixturePages()
    {
        var data = new TheoryData<string, ColorScheme, int>();
        var paths = new[] { FixtureSite.HomePath, FixtureSite.MissingPath }.Concat(FixtureSite.Lessons.Select(l => l.Path));
        foreach (var path in paths)
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                data.Add(path, scheme, 1280);
        data.Add(FixtureSite.Lessons[0].Path, ColorScheme.Light, 375);
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(FixturePages))]
    public Task A_fixture_page_has_no_accessibility_violations(string path, ColorScheme scheme, int width) =>
        AxeCheck.AssertNoViolations(site, site.SiteUrl + path, scheme, width);

}

/// <summary>Runs axe-core on a page and fails with every violation it finds.</summary>
public static class AxeCheck
{
    private static readonly Lazy<string> Axe = new(() =>
        File.ReadAllText(Path.Combine(TestSite.RepoRoot, "tests", "SiteGen.Tests", "Browser", "Vendor", "axe.min.js")));

    public static async Task AssertNoViolations(SiteFixture site, string url, ColorScheme scheme, int width)
    {
        await using var context = await site.NewContextAsync(width, colorScheme: scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.AddScriptTagAsync(new() { Content = Axe.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"{url} ({scheme}, {width} px): {string.Join("; ", found)}");
    }
}
