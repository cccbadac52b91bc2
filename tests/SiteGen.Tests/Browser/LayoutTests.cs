using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>No page scrolls sideways, from a small phone to a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    [BrowserTheory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task No_page_overflows_horizontally(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var paths = new[] { FixtureSite.HomePath }
            .Concat(FixtureSite.Lessons.Select(l => l.Path))
            .Append(FixtureSite.MissingPath);

        var failures = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(site.SiteUrl + path);
            var overflow = await page.EvaluateAsync<Scripts.Overflow>(Scripts.MeasureOverflow);
            if (overflow.ScrollWidth > overflow.InnerWidth)
                failures.Add($"{path} at {width}px: scrollWidth {overflow.ScrollWidth} > innerWidth {overflow.InnerWidth}; " +
                             $"sticking out: {string.Join(", ", overflow.Offenders)}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        problems.AssertNone();
    }

    [BrowserFact]
    public async Task Wide_table_and_long_code_line_scroll_inside_their_own_box_on_a_phone()
    {
        await using var context = await site.NewContextAsync(375);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + FixtureSite.Lessons[0].Path);

        foreach (var selector in new[] { ".lesson-body .table-wrap", ".lesson-body pre" })
        {
            var box = await page.Locator(selector).EvaluateAsync<double[]>(
                "e => [e.scrollWidth, e.clientWidth, e.getBoundingClientRect().right, window.innerWidth]");
            Assert.True(box[0] > box[1], $"{selector} should be wider than its box (the fixture makes it so): {string.Join(", ", box)}");
            Assert.True(box[2] <= box[3], $"{selector} ends at {box[2]}px, past the {box[3]}px viewport");
            Assert.Equal("auto", await page.Locator(selector).EvaluateAsync<string>("e => getComputedStyle(e).overflowX"));
        }
    }
}
