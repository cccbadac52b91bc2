using Microsoft.Playwright;
using SiteGen.Cli;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>The bundled course itself (content/), built strictly and served once for these tests.</summary>
public sealed class CourseSite : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "sitegen-course-" + Guid.NewGuid().ToString("N"));

    public StaticSiteServer Server { get; } = new();

    /// <summary>Every page of the course, by its path under the site.</summary>
    public static readonly string[] Pages =
    [
        "index.html", "lessons/slope/index.html", "lessons/activations/index.html", "lessons/activation-gradients/index.html",
        "lessons/network-gradient/index.html", "guide/index.html",
    ];

    public CourseSite()
    {
        var output = Path.Combine(_work, "site");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(["build", "--content", Path.Combine(TestSite.RepoRoot, "content"), "--out", output,
            "--theme", TestSite.DefaultTheme, "--strict"], stdout, stderr);
        if (code != CliApp.Success) throw new InvalidOperationException($"sitegen build of content/ exited with {code}:\n{stdout}{stderr}");
        Server.Mount("/", output);
    }

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// The course as its readers get it, on a phone and a desktop: nothing sticks out of the
/// screen, nothing fails to load, every figure shows the drawing made for that width and is
/// named by its alt text, and figure text turns light on a dark page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CourseTests(SiteFixture site, CourseSite course) : IClassFixture<CourseSite>
{
    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in CourseSite.Pages)
            foreach (var width in new[] { 320, 375, 1280 })
                data.Add(page, width);
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Every_page_fits_the_screen_loads_cleanly_and_shows_the_drawing_made_for_its_width(string path, int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(course.Server.Url + path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        // Below 36rem (576 px) the compact drawing is the one shown, so its text stays legible.
        var compact = width < 576;
        var images = page.Locator("figure.figure picture.figure-art img");
        for (var i = 0; i < await images.CountAsync(); i++)
        {
            var image = images.Nth(i);
            var shown = await FigureTests.LoadImage(image, $"figure {i + 1} of {path} at {width} px");
            await Expect(image).ToBeVisibleAsync();
            Assert.True(shown.EndsWith(".compact.svg", StringComparison.Ordinal) == compact && shown.EndsWith(".svg", StringComparison.Ordinal),
                $"figure {i + 1} of {path} at {width} px shows {shown}, expected the {(compact ? "compact" : "wide")} drawing");
            var alt = await image.GetAttributeAsync("alt");
            Assert.False(string.IsNullOrWhiteSpace(alt), $"figure {i + 1} of {path} has no alt text");
            // A screen reader announces the image, named by its alt text.
            await Expect(image).ToHaveRoleAsync(AriaRole.Img);
            await Expect(image).ToHaveAccessibleNameAsync(alt!);
            var box = await image.BoundingBoxAsync();
            Assert.True(box is { Width: > 200 } && box.X >= 0 && box.X + box.Width <= width + 0.5,
                $"figure {i + 1} of {path} at {width} px is drawn at x {box?.X}, {box?.Width} px wide");
        }

        // Measured once every figure has loaded, so nothing that loads late can push the page wider.
        var overflow = await page.EvaluateAsync<Scripts.Overflow>(Scripts.MeasureOverflow);
        Assert.True(overflow.ScrollWidth <= overflow.InnerWidth,
            $"{path} at {width} px is {overflow.ScrollWidth} px wide: {string.Join(", ", overflow.Offenders)}");
        problems.AssertNone();
    }

    public static TheoryData<string, ColorScheme, int> PagesSchemesAndWidths()
    {
        var data = new TheoryData<string, ColorScheme, int>();
        foreach (var page in CourseSite.Pages)
        {
            data.Add(page, ColorScheme.Light, 1280);
            data.Add(page, ColorScheme.Dark, 1280);
            data.Add(page, ColorScheme.Light, 375);
        }
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(PagesSchemesAndWidths))]
    public Task Every_page_has_no_accessibility_violations(string path, ColorScheme scheme, int width) =>
        AxeCheck.AssertNoViolations(site, course.Server.Url + path, scheme, width);

    [BrowserFact]
    public async Task Figure_text_in_the_lessons_is_light_on_a_dark_page()
    {
        await using var context = await site.NewContextAsync(1280, colorScheme: ColorScheme.Dark);
        var page = await context.NewPageAsync();
        await page.GotoAsync(course.Server.Url + "lessons/slope/index.html");
        // Every figure of the lesson is drawn with the dark-mode text ink, none with the light-mode one.
        var images = page.Locator("figure.figure picture.figure-art img");
        Assert.True(await images.CountAsync() > 0, "the slope lesson has no figures");
        for (var i = 0; i < await images.CountAsync(); i++)
        {
            await FigureTests.LoadImage(images.Nth(i), $"figure {i + 1} of the slope lesson");
            await FigureTests.AssertTextInk(images.Nth(i), dark: true, $"figure {i + 1} of the slope lesson on a dark page");
        }
    }
}
