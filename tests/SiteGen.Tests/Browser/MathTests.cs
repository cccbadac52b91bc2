namespace SiteGen.Tests.Browser;

/// <summary>Formulas the build typesets as MathML render in a real browser, with no script and no web font.</summary>
[Collection(BrowserCollection.Name)]
public class MathTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Computed_equations_render_as_real_formulas()
    {
        await using var context = await site.NewContextAsync(1280, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + FixtureSite.Lessons[1].Path);

        var lines = page.Locator(".eval math");
        Assert.Equal(3, await lines.CountAsync());
        var first = await lines.First.BoundingBoxAsync();
        Assert.True(first is { Width: > 40, Height: > 10 }, $"the first equation has no size: {first?.Width}×{first?.Height}");
        Assert.Contains("∇f(2,1)=[4,3]", (await lines.First.TextContentAsync())!.Replace(" ", ""));

        // A fraction stacks: its box is clearly taller than a line of the text beside it.
        var fraction = await page.Locator(".eval mfrac").First.BoundingBoxAsync();
        var line = await page.Locator(".eval math").Nth(0).BoundingBoxAsync();
        Assert.True(fraction!.Height > line!.Height * 1.3, $"the fraction is {fraction.Height}px tall, a line {line.Height}px");
    }

    [BrowserFact]
    public async Task A_value_in_a_sentence_is_computed_text()
    {
        await using var context = await site.NewContextAsync(375);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + FixtureSite.Lessons[1].Path);
        Assert.Equal("[4, 3]", await page.Locator("p .eval-value").First.TextContentAsync());
    }
}
