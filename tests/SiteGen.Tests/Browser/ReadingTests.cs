using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// What a reader of a lesson meets besides the text: headings that link to themselves, a table
/// of contents that follows the reading, formulas the size of the text in the theme's math font,
/// numbered tables that references cite, and a page that prints without the screen's furniture.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingTests(SiteFixture site)
{
    private static readonly FixtureLesson Gradients = FixtureSite.Lessons[1];
    private static readonly FixtureLesson Slopes = FixtureSite.Lessons[0];
    private static readonly FixtureLesson Descent = FixtureSite.Lessons[2];

    [BrowserFact]
    public async Task Every_heading_has_a_link_to_itself_that_the_keyboard_reaches_and_a_screen_reader_reads_once()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + Gradients.Path);

        var headings = page.Locator(".lesson-body :is(h2, h3)[id]");
        Assert.Equal(4, await headings.CountAsync());
        for (var i = 0; i < await headings.CountAsync(); i++)
        {
            var heading = headings.Nth(i);
            var (id, text) = (await heading.GetAttributeAsync("id"), (await heading.TextContentAsync())!.Trim());
            var anchor = page.Locator($".heading:has(> #{id}) > a.heading-anchor");
            Assert.Equal("#" + id, await anchor.GetAttributeAsync("href"));
            await Expect(anchor).ToHaveAccessibleNameAsync("Link to section " + text);
            // The heading's own name is its text alone: the link is beside it, not inside it.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = text, Exact = true })).ToHaveCountAsync(1);
        }

        // Hidden until hovered or focused, then shown; Enter follows it to its own section.
        var first = page.Locator("a.heading-anchor").First;
        Assert.Equal("0", await first.EvaluateAsync<string>("a => getComputedStyle(a).opacity"));
        await page.Locator(".lesson-body p").First.Locator("a").First.FocusAsync();
        for (var tabs = 0; tabs < 10 && !await first.EvaluateAsync<bool>("a => a === document.activeElement"); tabs++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await first.EvaluateAsync<bool>("a => a === document.activeElement"), "Tab never reached the first heading's link");
        Assert.Equal("1", await first.EvaluateAsync<string>("a => getComputedStyle(a).opacity"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.hash === '#partial-derivatives'");
    }

    [BrowserFact]
    public async Task The_table_of_contents_marks_the_section_being_read_as_the_page_scrolls()
    {
        await using var context = await site.NewContextAsync(1280, 400, reducedMotion: ReducedMotion.Reduce);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + Slopes.Path);
        var current = page.Locator(".toc-nav a[aria-current]");

        foreach (var id in new[] { "measurements", "computing-it-in-code", "rise-over-run" })
        {
            await page.EvaluateAsync("id => { const h = document.getElementById(id); window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 70); }", id);
            await Expect(current).ToHaveCountAsync(1);
            await Expect(current).ToHaveAttributeAsync("href", "#" + id);
            await Expect(current).ToHaveAttributeAsync("aria-current", "location");
        }
        // At the end of the page the last section is the one being read, however short it is.
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await Expect(current).ToHaveAttributeAsync("href", "#summary");
    }

    [BrowserFact]
    public async Task A_page_with_formulas_fetches_the_main_math_file_once_and_a_page_without_none_over_http_and_from_disk()
    {
        await using var context = await site.NewContextAsync(375);
        foreach (var root in new[] { site.SiteUrl, site.FileSiteUrl })
        {
            var (fonts, console) = await FontRequests.Load(context, root + Gradients.Path);
            // Its formulas use Latin, Greek and ∇ only: the symbols and the other alphabets stay unfetched.
            Assert.Equal(["math-sans.woff2"], fonts);
            Assert.Empty(console);

            (fonts, console) = await FontRequests.Load(context, root + "404.html");
            Assert.Empty(fonts);
            Assert.Empty(console);
        }
    }

    [BrowserFact]
    public async Task Inline_math_is_set_in_the_theme_math_font_at_the_size_of_the_text_without_opening_the_line()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + Gradients.Path);
        await page.EvaluateAsync("() => document.fonts.ready");

        var inline = page.Locator(".lesson-body p math").First;
        var style = await inline.EvaluateAsync<string[]>("""
            m => { const s = getComputedStyle(m), p = getComputedStyle(m.parentElement.closest('p'));
                   return [s.fontFamily, s.fontSize, p.fontSize, s.fontSizeAdjust, getComputedStyle(document.body).fontSizeAdjust]; }
            """);
        Assert.StartsWith("\"SiteGen Math Sans\"", style[0]);
        Assert.Equal(style[2], style[1]);
        // Scaled to the text's x-height: the text font's ratio, inherited from body as a number.
        Assert.True(double.TryParse(style[3], System.Globalization.CultureInfo.InvariantCulture, out var ratio) && ratio is > 0.4 and < 0.7,
            $"inline math has font-size-adjust '{style[3]}'");
        Assert.Equal(style[4], style[3]);
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('17px \"SiteGen Math Sans\"', '𝑥∇')"),
            "the math font is not loaded");

        // A displayed formula is a little larger than the text.
        var display = await page.Locator(".lesson-body math[display=block]").First.EvaluateAsync<double[]>(
            "m => [parseFloat(getComputedStyle(m).fontSize), parseFloat(getComputedStyle(m.closest('.prose')).fontSize)]");
        Assert.InRange(display[0] / display[1], 1.05, 1.2);

        // A line with a formula is as tall as a line without one.
        var heights = await page.EvaluateAsync<double[]>("""
            () => {
              const prose = document.querySelector('.lesson-body');
              const make = html => { const p = document.createElement('p'); p.innerHTML = html; prose.append(p); return p.getBoundingClientRect().height; };
              const formula = document.querySelector('.lesson-body p math').outerHTML;
              return [make('a line of text'), make('a line with ' + formula + ' in it')];
            }
            """);
        Assert.Equal(heights[0], heights[1], 0.5);
    }

    [BrowserFact]
    public async Task A_computed_table_is_numbered_captioned_above_and_cited_by_its_number()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + Descent.Path);

        var table = page.Locator("figure.table-figure#iterates");
        await Expect(table.Locator("figcaption")).ToHaveTextAsync("Table 1 A step of 0.25 on t²");
        var citation = page.Locator("a.numref");
        await Expect(citation).ToHaveTextAsync("Table 1");
        await Expect(citation).ToHaveAttributeAsync("href", "#iterates");
        var (caption, grid) = (await table.Locator("figcaption").BoundingBoxAsync(), await table.Locator("table").BoundingBoxAsync());
        Assert.True(caption!.Y + caption.Height <= grid!.Y + 0.5, "the caption is not above its table");
        // Numbers are right-aligned in figures of one width; the scroll box is a named region.
        Assert.Equal("right", await table.Locator("td").First.EvaluateAsync<string>("td => getComputedStyle(td).textAlign"));
        Assert.Contains("tabular-nums", await table.Locator("td").First.EvaluateAsync<string>("td => getComputedStyle(td).fontVariantNumeric"));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Table 1 A step of 0.25 on t²" })).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task A_wide_table_can_be_scrolled_from_the_keyboard_and_a_narrow_one_is_no_tab_stop()
    {
        await using var context = await site.NewContextAsync(375);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + Slopes.Path);
        var wide = page.Locator(".table-wrap").First;
        await Expect(wide).ToHaveAttributeAsync("tabindex", "0");
        await wide.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('.table-wrap').scrollLeft > 0");

        await page.GotoAsync(site.SiteUrl + Descent.Path);
        await Expect(page.Locator("figure.table-figure .table-wrap")).Not.ToHaveAttributeAsync("tabindex", "0");
    }

    [BrowserFact]
    public async Task A_lesson_prints_without_navigation_contents_or_toggles_in_dark_on_light()
    {
        await using var context = await site.NewContextAsync(1280, colorScheme: ColorScheme.Dark);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + Gradients.Path);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { ".site-menu", ".toc", ".theme-toggle", ".pager", ".heading-anchor" })
            foreach (var element in await page.Locator(selector).AllAsync())
                await Expect(element).ToBeHiddenAsync();
        await Expect(page.Locator(".lesson-body")).ToBeVisibleAsync();
        var colours = await page.EvaluateAsync<string[]>(
            "() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]");
        Assert.Equal(["rgb(0, 0, 0)", "rgb(255, 255, 255)"], colours);
    }
}
