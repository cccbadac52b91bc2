using System.Text;
using Microsoft.Playwright;
using SiteGen.Cli;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// A one-lesson site with the three kinds of drawn figure a lesson uses most: a {plot} with a
/// tangent, a {contour} map with gradient arrows, and a {descent} with its table of iterates,
/// plus a {numref} link to the last one, built with the real generator and the default theme
/// and served by its own static server.
/// </summary>
public sealed class FigureSite : IDisposable
{
    public const string LessonPath = "lessons/figures/index.html";

    public sealed record Figure(string Id, int Number, string Caption, string Alt);

    public static readonly Figure Plot = new("parabola", 1, "The parabola f and its tangent at x = 1",
        "The parabola y = x squared from x = -3 to 3, lowest at the origin, with its tangent at x = 1.");

    public static readonly Figure Contour = new("bowl", 2, "The bowl g and its gradient",
        "Circular contour lines around the origin, with arrows pointing away from the centre, longer farther out.");

    public static readonly Figure Descent = new("walk", 3, "Descent on the bowl at rate 0.1",
        "A path of dots from (3, 2) straight toward the origin in shrinking steps.");

    public static readonly Figure[] Figures = [Plot, Contour, Descent];

    private readonly string _work = Path.Combine(Path.GetTempPath(), "sitegen-figures-" + Guid.NewGuid().ToString("N"));

    public StaticSiteServer Server { get; } = new();

    /// <summary>The lesson's URL.</summary>
    public string LessonUrl => Server.Url + LessonPath;

    public FigureSite()
    {
        var content = Path.Combine(_work, "content");
        var output = Path.Combine(_work, "site");
        Write(content, Server.Url);
        var theme = Path.Combine(FindRepositoryRoot(), "themes", "default");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(["build", "--content", content, "--out", output, "--theme", theme, "--strict"], stdout, stderr);
        if (code != CliApp.Success)
            throw new InvalidOperationException($"sitegen build of the figure site exited with {code}:\n{stdout}{stderr}");
        Server.Mount("/", output);
    }

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void Write(string contentDirectory, string baseUrl)
    {
        Directory.CreateDirectory(Path.Combine(contentDirectory, "lessons"));
        Save(contentDirectory, "site.yml", $"""
            title: Figures by Example
            description: One lesson with a plot, a contour map and a descent
            base_url: {baseUrl}
            language: en
            author: Fixture Author

            """);

        Save(contentDirectory, "index.md", """
            ---
            title: Home
            ---

            Start with [the pictures of a bowl](lessons/01-figures.md).

            """);

        Save(contentDirectory, "lessons/01-figures.md", $$"""
            ---
            title: Pictures of a bowl
            description: A parabola, a contour map with its gradient, and a descent
            ---

            The walk downhill is drawn in {numref}`{{Descent.Id}}`; the parabola comes first.

            ```{define}
            f(x) = x^2
            g(x, y) = x^2 + y^2
            ```

            ```{plot} {{Plot.Caption}}
            :id: {{Plot.Id}}
            :alt: {{Plot.Alt}}
            x: [-3, 3]
            y: [0, 9]
            series:
              - y: f(x)
                label: f(x) = x²
            tangents: [1]
            ```

            ## The bowl from above

            Seen from above, the bowl is a set of rings, and the gradient at each point of a
            grid is an arrow pointing uphill.

            ```{contour} {{Contour.Caption}}
            :id: {{Contour.Id}}
            :alt: {{Contour.Alt}}
            f: g
            x: [-4, 4]
            y: [-4, 4]
            arrows: 9
            ```

            ## Walking down

            The gradient points uphill, so the walk goes against it, one step at a time,
            each step the learning rate times the gradient.

            ```{descent} {{Descent.Caption}}
            :id: {{Descent.Id}}
            :alt: {{Descent.Alt}}
            f: g
            x: [-4, 4]
            y: [-4, 4]
            start: [3, 2]
            rate: 0.1
            steps: 20
            table: 4
            ```

            """);
    }

    private static void Save(string contentDirectory, string relativePath, string text) =>
        File.WriteAllText(Path.Combine(contentDirectory, relativePath), text.ReplaceLineEndings("\n"),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "SiteGen.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no SiteGen.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>
/// Drawn figures as a reader meets them: visible and named for screen readers, with real
/// selectable text, a compact drawing on phones that stays legible and inside the screen,
/// colours that follow dark mode, their own web font, a numbered caption with working
/// downloads, a numbered link that leads to them, and the descent's table of iterates.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FigureTests(SiteFixture site, FigureSite figures) : IClassFixture<FigureSite>
{
    private const string Wide = ".figure-art.figure-wide svg";
    private const string Compact = ".figure-art.figure-compact svg";

    /// <summary>Tick labels of the plot's x axis, from −3 to 3 (with the typographic minus).</summary>
    private static readonly string[] PlotXTicks = ["−3", "−2", "−1", "0", "1", "2", "3"];

    private static ILocator Figure(IPage page, FigureSite.Figure figure) => page.Locator($"figure.figure#{figure.Id}");

    private async Task<IPage> OpenLesson(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(figures.LessonUrl);
        return page;
    }

    [BrowserFact]
    public async Task A_page_with_figures_fetches_the_main_figure_font_file_once()
    {
        await using var context = await site.NewContextAsync(1280);
        var (fonts, console) = await FontRequests.Load(context, figures.LessonUrl);

        Assert.Equal(1, fonts.Count(f => f == "figure-sans.woff2"));
        Assert.DoesNotContain("figure-sans-symbols.woff2", fonts);
        Assert.Empty(console);
    }

    [BrowserFact]
    public async Task Every_figure_is_visible_on_a_desktop_and_named_by_its_alt_text()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await OpenLesson(context);

        await Expect(page.Locator("figure.figure")).ToHaveCountAsync(FigureSite.Figures.Length);
        foreach (var figure in FigureSite.Figures)
        {
            var wide = Figure(page, figure).Locator(Wide);
            await Expect(wide).ToBeVisibleAsync();
            await Expect(Figure(page, figure).Locator(Compact)).ToBeHiddenAsync();

            // The image a screen reader announces is the wide drawing, named by the alt text.
            var named = page.GetByRole(AriaRole.Img, new() { Name = figure.Alt });
            await Expect(named).ToHaveCountAsync(1);
            await Expect(named).ToBeVisibleAsync();
            Assert.True(await named.EvaluateAsync<bool>("(e, wide) => e === wide", await wide.ElementHandleAsync()),
                $"the image named by the alt text of '{figure.Id}' should be its wide drawing");

            var box = await wide.BoundingBoxAsync();
            Assert.True(box is { Width: > 300, Height: > 200 }, $"'{figure.Id}' is drawn {box?.Width}×{box?.Height} px at 1280 px");
        }
    }

    [BrowserFact]
    public async Task Figure_text_is_real_text_a_reader_can_select()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await OpenLesson(context);

        var plotTexts = await Figure(page, FigureSite.Plot).Locator(Wide + " text").AllTextContentsAsync();
        foreach (var tick in PlotXTicks)
            Assert.Contains(tick, plotTexts);
        var contourTexts = await Figure(page, FigureSite.Contour).Locator(Wide + " text").AllTextContentsAsync();
        Assert.Contains("−4", contourTexts);
        Assert.Contains("4", contourTexts);

        // The page's own find (Ctrl+F) reaches text inside the figure.
        Assert.True(await page.EvaluateAsync<bool>("() => { getSelection().removeAllRanges(); return window.find('slope 2'); }"),
            "window.find did not find the plot's annotation 'slope 2'");
        Assert.Equal("slope 2", await page.EvaluateAsync<string>("() => getSelection().toString()"));

        // Dragging across a tick label selects it, as it does a word in a paragraph.
        var label = Figure(page, FigureSite.Plot).Locator(Wide + " text").Filter(new() { HasTextRegex = new("^8$") });
        await Expect(label).ToHaveCountAsync(1);
        Assert.NotEqual("none", await label.EvaluateAsync<string>("e => getComputedStyle(e).userSelect"));
        await page.EvaluateAsync("() => getSelection().removeAllRanges()");
        var box = (await label.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X - 2, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width + 2, box.Y + box.Height / 2, new() { Steps = 4 });
        await page.Mouse.UpAsync();
        Assert.Equal("8", (await page.EvaluateAsync<string>("() => getSelection().toString()")).Trim());
    }

    public sealed class Label
    {
        public string Text { get; set; } = "";
        public double Height { get; set; }
    }

    /// <summary>
    /// Each non-empty text element with its height on screen in CSS px, measured along the
    /// text's own upright direction, so a label turned by 90° counts its glyph height too.
    /// </summary>
    private const string LabelHeights = """
        els => els.filter(e => e.textContent.trim()).map(e => {
          const m = e.getScreenCTM();
          return { Text: e.textContent, Height: e.getBBox().height * Math.hypot(m.c, m.d) };
        })
        """;

    [BrowserTheory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task On_a_phone_the_compact_drawing_shows_fits_the_screen_and_keeps_its_text_legible(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await OpenLesson(context);
        var problems = PageProblems.Watch(page);

        foreach (var figure in FigureSite.Figures)
        {
            await Expect(Figure(page, figure).Locator(Compact)).ToBeVisibleAsync();
            await Expect(Figure(page, figure).Locator(Wide)).ToBeHiddenAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = figure.Alt })).ToHaveCountAsync(1);

            // Every label of the compact drawing is drawn at least about 10 CSS px tall.
            var labels = await Figure(page, figure).Locator(Compact + " text").EvaluateAllAsync<Label[]>(LabelHeights);
            Assert.NotEmpty(labels);
            var small = labels.Where(l => l.Height < 10).Select(l => $"'{l.Text}' {l.Height:0.#} px").ToList();
            Assert.True(small.Count == 0, $"'{figure.Id}' at {width}px has labels under 10 px tall: {string.Join(", ", small)}");

            var right = await Figure(page, figure).EvaluateAsync<double>("e => e.getBoundingClientRect().right");
            Assert.True(right <= width, $"'{figure.Id}' ends at {right}px, past the {width}px screen");
        }

        var overflow = await page.EvaluateAsync<Scripts.Overflow>(Scripts.MeasureOverflow);
        var clientWidth = await page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        Assert.True(overflow.ScrollWidth <= clientWidth,
            $"at {width}px the page scrolls sideways: scrollWidth {overflow.ScrollWidth} > clientWidth {clientWidth}; " +
            $"sticking out: {string.Join(", ", overflow.Offenders)}");
        problems.AssertNone();
    }

    /// <summary>Relative luminance (WCAG) of a figure element's computed fill.</summary>
    private const string FillLuminance = """
        e => {
          const [r, g, b] = getComputedStyle(e).fill.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => {
            v /= 255;
            return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }
        """;

    /// <summary>Waits (up to 5 s) for the fill of <paramref name="element"/> to be light or dark.</summary>
    private static async Task AssertFill(ILocator element, bool light, string what, string when)
    {
        // Light ink on a dark page: #e6edf3 is about 0.84; dark ink on a light page: #1f2328 about 0.016.
        const double LightAtLeast = 0.5, DarkAtMost = 0.15;
        try
        {
            await element.EvaluateAsync(
                $"(e, [light, min, max]) => new Promise((resolve, reject) => {{ const t0 = performance.now(); const tick = () => {{ const l = ({FillLuminance})(e); if (light ? l >= min : l <= max) resolve(); else if (performance.now() - t0 > 5000) reject(new Error('timeout')); else requestAnimationFrame(tick); }}; tick(); }})",
                new object[] { light, LightAtLeast, DarkAtMost });
        }
        catch (PlaywrightException)
        {
            var luminance = await element.EvaluateAsync<double>(FillLuminance);
            var fill = await element.EvaluateAsync<string>("e => getComputedStyle(e).fill");
            Assert.Fail($"{when}: {what} is filled {fill} (luminance {luminance:0.###}), expected a {(light ? "light" : "dark")} colour");
        }
    }

    [BrowserFact]
    public async Task Figure_text_turns_light_in_dark_mode_and_dark_again_in_light_mode()
    {
        await using var context = await site.NewContextAsync(1280, colorScheme: ColorScheme.Light);
        var page = await OpenLesson(context);
        var plot = Figure(page, FigureSite.Plot).Locator(Wide);
        var title = plot.Locator("text.f-text").Filter(new() { HasTextRegex = new("^x$") });
        await Expect(title).ToHaveCountAsync(1);
        var tick = plot.Locator("text").Filter(new() { HasTextRegex = new("^8$") });
        await Expect(tick).ToHaveCountAsync(1);

        await AssertFill(title, light: false, "the axis title", "light page");
        var lightTick = await tick.EvaluateAsync<double>(FillLuminance);

        await page.Locator("#sg-theme-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await AssertFill(title, light: true, "the axis title", "after the toggle chose dark");
        var darkTick = await tick.EvaluateAsync<double>(FillLuminance);
        Assert.True(darkTick > lightTick + 0.1, $"the tick label stays as dark in dark mode: luminance {lightTick:0.###} → {darkTick:0.###}");

        await page.Locator("#sg-theme-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await AssertFill(title, light: false, "the axis title", "after the toggle chose light again");

        // A reader whose system is dark sees light figure text from the first paint, compact drawing included.
        await using var dark = await site.NewContextAsync(375, colorScheme: ColorScheme.Dark);
        var darkPage = await OpenLesson(dark);
        var compactTitle = Figure(darkPage, FigureSite.Plot).Locator(Compact + " text.f-text").Filter(new() { HasTextRegex = new("^x$") });
        await AssertFill(compactTitle, light: true, "the compact axis title", "dark system scheme");
    }

    [BrowserFact]
    public async Task The_figure_font_loads_and_nothing_fails_to_load()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(figures.LessonUrl, new() { WaitUntil = WaitUntilState.NetworkIdle });

        var font = await page.EvaluateAsync<string[]>("""
            async () => {
              await document.fonts.ready;
              const faces = Array.from(document.fonts).filter(f => f.family.replace(/["']/g, '') === 'SiteGen Figure Sans');
              return [String(document.fonts.check('12px "SiteGen Figure Sans"')), ...faces.map(f => f.status)];
            }
            """);
        Assert.True(font.Length > 1, "no @font-face for \"SiteGen Figure Sans\" is declared");
        Assert.Equal("true", font[0]);
        Assert.Contains("loaded", font.Skip(1));
        problems.AssertNone();
    }

    [BrowserFact]
    public async Task Captions_are_numbered_their_files_download_and_a_numbered_link_leads_to_the_figure()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await OpenLesson(context);

        foreach (var figure in FigureSite.Figures)
        {
            var caption = Figure(page, figure).Locator("figcaption");
            await Expect(caption).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^\\s*Figure {figure.Number}\\b"));
            await Expect(caption).ToContainTextAsync(figure.Caption);

            foreach (var (name, type) in new[] { ("SVG", "image/svg+xml"), ("PNG", "image/png") })
            {
                var link = caption.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
                await Expect(link).ToHaveCountAsync(1);
                var url = await link.EvaluateAsync<string>("a => a.href");
                var response = await context.APIRequest.GetAsync(url);
                Assert.True(response.Status == 200, $"{name} of '{figure.Id}' ({url}) answered {response.Status}");
                Assert.StartsWith(type, response.Headers["content-type"]);
                var body = await response.BodyAsync();
                if (name == "PNG") Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, body.Take(4));
                else Assert.Contains("<svg", Encoding.UTF8.GetString(body));
            }
        }

        var target = Figure(page, FigureSite.Descent);
        var numref = page.Locator("a.numref");
        await Expect(numref).ToHaveCountAsync(1);
        await Expect(numref).ToHaveTextAsync($"Figure {FigureSite.Descent.Number}");
        await Expect(numref).ToHaveAttributeAsync("href", "#" + FigureSite.Descent.Id);
        Assert.Equal("figure", await page.EvaluateAsync<string>(
            "id => document.getElementById(id)?.tagName.toLowerCase()", FigureSite.Descent.Id));
        await Expect(target).Not.ToBeInViewportAsync();
        await numref.ClickAsync();
        await Expect(target).ToBeInViewportAsync();
        Assert.EndsWith("#" + FigureSite.Descent.Id, page.Url);
    }

    [BrowserFact]
    public async Task The_descent_table_has_its_caption_and_starts_at_the_start_point()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await OpenLesson(context);

        // The table follows its figure (a figcaption must be a figure's first or last child).
        var table = page.Locator($"figure.figure#{FigureSite.Descent.Id} + .iterates-wrap").GetByRole(AriaRole.Table, new() { Name = "Iterates from (3, 2)" });
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.Locator("caption")).ToHaveTextAsync("Iterates from (3, 2)");
        await Expect(table.Locator("thead th")).ToHaveTextAsync(["step", "x", "y", "g(x, y)", "|∇g|"]);
        // Step 0 is the start point (3, 2), where g = 3² + 2² = 13.
        await Expect(table.Locator("tbody tr").First.Locator("td")).ToHaveTextAsync(["0", "3", "2", "13", "7.211"]);
        // And the next row is one step of rate 0.1 against the gradient (6, 4).
        await Expect(table.Locator("tbody tr").Nth(1).Locator("td").Nth(1)).ToHaveTextAsync("2.4");
        await Expect(table.Locator("tbody tr").Nth(1).Locator("td").Nth(2)).ToHaveTextAsync("1.6");
    }
}
