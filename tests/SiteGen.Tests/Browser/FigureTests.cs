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
/// Drawn figures as a reader meets them: images that load, visible and named by their alt text,
/// whose labels are named in the SVG file by the words they draw, a compact drawing on phones that stays legible and
/// inside the screen, ink that follows dark mode and the theme toggle, no figure web font, a
/// numbered caption with working downloads, a numbered link that leads to them, and the
/// descent's table of iterates.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FigureTests(SiteFixture site, FigureSite figures) : IClassFixture<FigureSite>
{
    /// <summary>Tick labels of the plot's x axis, from −3 to 3 (with the typographic minus).</summary>
    private static readonly string[] PlotXTicks = ["−3", "−2", "−1", "0", "1", "2", "3"];

    private static ILocator Figure(IPage page, FigureSite.Figure figure) => page.Locator($"figure.figure#{figure.Id}");

    private static ILocator Image(IPage page, FigureSite.Figure figure) => Figure(page, figure).Locator("picture.figure-art img");

    private async Task<IPage> OpenLesson(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(figures.LessonUrl);
        return page;
    }

    /// <summary>The fixture lesson with its plot's image loaded.</summary>
    private async Task<(IPage Page, ILocator Plot)> OpenPlot(IBrowserContext context)
    {
        var page = await OpenLesson(context);
        var plot = Image(page, FigureSite.Plot);
        await LoadImage(plot, "the plot");
        return (page, plot);
    }

    /// <summary>
    /// Scrolls a figure's image into view (it loads lazily), waits until it has loaded and
    /// fails unless it decoded to a real picture; returns the file it shows.
    /// </summary>
    internal static async Task<string> LoadImage(ILocator image, string what)
    {
        await image.ScrollIntoViewIfNeededAsync();
        await Expect(image).ToHaveJSPropertyAsync("complete", true);
        // A broken image is "complete" too, with no natural size.
        var naturalWidth = await image.EvaluateAsync<double>("img => img.naturalWidth");
        Assert.True(naturalWidth > 0, $"{what}: {await image.EvaluateAsync<string>("img => img.currentSrc")} did not load as an image");
        return await image.EvaluateAsync<string>("img => img.currentSrc");
    }

    [BrowserTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Each_image_takes_the_space_the_page_kept_for_it_so_nothing_moves_as_it_loads(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await OpenLesson(context);
        foreach (var figure in FigureSite.Figures)
        {
            var image = Image(page, figure);
            // What the page reserves before the image arrives: the size its <img> or chosen <source> declares.
            var before = await image.EvaluateAsync<double[]>("img => { const r = img.getBoundingClientRect(); return [r.width, r.height]; }");
            var declared = await image.EvaluateAsync<double[]>("""
                img => {
                  const compact = [...img.parentElement.querySelectorAll('source')].find(s => matchMedia(s.media).matches);
                  const e = compact || img;
                  return [Number(e.getAttribute('width')), Number(e.getAttribute('height'))];
                }
                """);
            var file = await LoadImage(image, figure.Id);
            var natural = await image.EvaluateAsync<double[]>("img => [img.naturalWidth, img.naturalHeight]");
            var after = await image.EvaluateAsync<double[]>("img => { const r = img.getBoundingClientRect(); return [r.width, r.height]; }");
            Assert.True(Math.Abs(declared[0] - natural[0]) <= 1 && Math.Abs(declared[1] - natural[1]) <= 1,
                $"{file} at {width}px is {natural[0]}×{natural[1]}, declared {declared[0]}×{declared[1]}");
            Assert.True(Math.Abs(before[1] - after[1]) <= 1, $"{file} at {width}px was kept {before[1]:0.#} px tall and takes {after[1]:0.#} px");
        }
    }

    [BrowserFact]
    public async Task Every_figure_loads_and_nothing_fails_to_load_nor_fetches_a_figure_font()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var fonts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "font" || request.Url.EndsWith(".woff2", StringComparison.Ordinal)) lock (fonts) fonts.Add(request.Url);
        };
        await page.GotoAsync(figures.LessonUrl, new() { WaitUntil = WaitUntilState.NetworkIdle });

        foreach (var figure in FigureSite.Figures)
            await LoadImage(Image(page, figure), $"'{figure.Id}'");
        await page.EvaluateAsync("async () => { window.scrollTo(0, document.documentElement.scrollHeight); await document.fonts.ready; }");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The text is drawn as outlines inside each SVG, so the page needs no figure font.
        lock (fonts) Assert.DoesNotContain(fonts, url => url.Contains("figure-sans", StringComparison.OrdinalIgnoreCase));
        problems.AssertNone();
    }

    [BrowserFact]
    public async Task Every_figure_is_visible_on_a_desktop_shows_its_wide_drawing_and_is_named_by_its_alt_text()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await OpenLesson(context);

        await Expect(page.Locator("figure.figure")).ToHaveCountAsync(FigureSite.Figures.Length);
        foreach (var figure in FigureSite.Figures)
        {
            var image = Image(page, figure);
            await Expect(image).ToHaveCountAsync(1);
            var shown = await LoadImage(image, $"'{figure.Id}'");
            await Expect(image).ToBeVisibleAsync();
            Assert.EndsWith("/" + figure.Id + ".svg", shown);

            // The image a screen reader announces is the drawing, named by the alt text.
            var named = page.GetByRole(AriaRole.Img, new() { Name = figure.Alt, Exact = true });
            await Expect(named).ToHaveCountAsync(1);
            await Expect(named).ToBeVisibleAsync();
            Assert.True(await named.EvaluateAsync<bool>("(e, img) => e === img", await image.ElementHandleAsync()),
                $"the image named by the alt text of '{figure.Id}' should be its drawing");

            var box = await image.BoundingBoxAsync();
            Assert.True(box is { Width: > 300, Height: > 200 }, $"'{figure.Id}' is drawn {box?.Width}×{box?.Height} px at 1280 px");
        }
    }

    public sealed class SvgLabel
    {
        public string Text { get; set; } = "";
        public double Scale { get; set; }
    }

    /// <summary>
    /// Fetches the SVG file an image shows and lists its text labels: each `g[aria-label]` of
    /// glyph outlines, with the scale of its transform (glyphs are drawn in 1/1000 em, so the
    /// label's font size in the file's own px is scale × 1000).
    /// </summary>
    private const string SvgLabels = """
        async img => {
          const text = await (await fetch(img.currentSrc)).text();
          const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
          return Array.from(svg.querySelectorAll('g[aria-label]'), g => {
            const m = /scale\(\s*([-\d.e]+)/.exec(g.getAttribute('transform') || '');
            return { Text: g.getAttribute('aria-label'), Scale: m ? Math.abs(Number(m[1])) : 0 };
          });
        }
        """;

    [BrowserFact]
    public async Task Figure_text_in_the_svg_file_is_named_by_the_words_it_draws()
    {
        // The labels are glyph outlines, so their words live only in each label's aria-label:
        // that is what a reader of the SVG file on its own (the download, a new tab) can find.
        await using var context = await site.NewContextAsync(1280);
        var page = await OpenLesson(context);

        foreach (var (figure, expected) in new[] { (FigureSite.Plot, PlotXTicks.Append("slope 2")), (FigureSite.Contour, ["−4", "4"]) })
        {
            var image = Image(page, figure);
            await LoadImage(image, $"'{figure.Id}'");
            var labels = (await image.EvaluateAsync<SvgLabel[]>(SvgLabels)).Select(l => l.Text).ToList();
            foreach (var text in expected)
                Assert.True(labels.Contains(text), $"'{figure.Id}'.svg has no label named '{text}'; it names: {string.Join(" | ", labels)}");
        }
    }

    [BrowserTheory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task On_a_phone_the_compact_drawing_shows_fits_the_screen_and_keeps_its_text_legible(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(figures.LessonUrl);

        foreach (var figure in FigureSite.Figures)
        {
            var image = Image(page, figure);
            var shown = await LoadImage(image, $"'{figure.Id}' at {width}px");
            Assert.EndsWith("/" + figure.Id + ".compact.svg", shown);
            await Expect(image).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = figure.Alt, Exact = true })).ToHaveCountAsync(1);

            // Every label of the compact drawing is drawn at a font size of at least 10 CSS px
            // on the screen: its size in the file times the scale the image is shown at.
            var shownScale = await image.EvaluateAsync<double>("img => img.getBoundingClientRect().width / img.naturalWidth");
            var labels = (await image.EvaluateAsync<SvgLabel[]>(SvgLabels)).Where(l => l.Text.Trim().Length > 0).ToList();
            Assert.NotEmpty(labels);
            var small = labels.Where(l => l.Scale * 1000 * shownScale < MinimumLabelPx)
                .Select(l => $"'{l.Text}' {l.Scale * 1000 * shownScale:0.#} px").ToList();
            Assert.True(small.Count == 0, $"'{figure.Id}' at {width}px has labels under {MinimumLabelPx} px: {string.Join(", ", small)}");

            var right = await Figure(page, figure).EvaluateAsync<double>("e => e.getBoundingClientRect().right");
            Assert.True(right <= width, $"'{figure.Id}' ends at {right}px, past the {width}px screen");
            var box = await image.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width + 0.5,
                $"'{figure.Id}' at {width}px is drawn at x {box?.X}, {box?.Width} px wide");
        }

        var overflow = await page.EvaluateAsync<Scripts.Overflow>(Scripts.MeasureOverflow);
        var clientWidth = await page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        Assert.True(overflow.ScrollWidth <= clientWidth,
            $"at {width}px the page scrolls sideways: scrollWidth {overflow.ScrollWidth} > clientWidth {clientWidth}; " +
            $"sticking out: {string.Join(", ", overflow.Offenders)}");
        problems.AssertNone();
    }

    /// <summary>The smallest font size, in CSS px on the screen, of any label in a compact drawing on a phone.</summary>
    private const double MinimumLabelPx = 10;

    public sealed class TextInk
    {
        public int LightInk { get; set; }
        public int DarkInk { get; set; }
        public int LightGround { get; set; }
        public int DarkGround { get; set; }
        public int Pixels { get; set; }

        public override string ToString() =>
            $"{LightInk} px of light-mode text ink, {DarkInk} px of dark-mode text ink, {LightGround} px of light ground, " +
            $"{DarkGround} px of dark ground, of {Pixels} px";
    }

    /// <summary>
    /// Draws an image as the page shows it (drawImage renders an SVG image with the colour
    /// scheme of its img element) onto a canvas at twice its natural size, and counts the pixels
    /// within a few levels of the light-mode and the dark-mode text colour and ground.
    /// </summary>
    private const string CountInk = """
        (img, [light, dark, lightGround, darkGround]) => {
          const rgb = hex => [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
          const [l, d, lg, dg] = [rgb(light), rgb(dark), rgb(lightGround), rgb(darkGround)];
          const c = document.createElement('canvas');
          c.width = img.naturalWidth * 2; c.height = img.naturalHeight * 2;
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0, c.width, c.height);
          const px = g.getImageData(0, 0, c.width, c.height).data;
          const near = (i, k) => Math.abs(px[i] - k[0]) <= 3 && Math.abs(px[i + 1] - k[1]) <= 3 && Math.abs(px[i + 2] - k[2]) <= 3;
          let LightInk = 0, DarkInk = 0, LightGround = 0, DarkGround = 0;
          for (let i = 0; i < px.length; i += 4) {
            if (px[i + 3] < 250) continue;
            if (near(i, l)) LightInk++; else if (near(i, d)) DarkInk++;
            else if (near(i, lg)) LightGround++; else if (near(i, dg)) DarkGround++;
          }
          return { LightInk, DarkInk, LightGround, DarkGround, Pixels: px.length / 4 };
        }
        """;

    /// <summary>
    /// The image shows its ground in the expected scheme over at least a quarter of its pixels and
    /// none in the other, and at least this many pixels of the expected text ink. The ink of the
    /// other scheme is not counted against it: the edges of text blend ink into the ground, and a
    /// colour map holds many pixels close to the dark text ink (the slope lesson's bowl on a dark
    /// page: 1,263 px near the light-mode ink, 1,058 px of the dark-mode ink, 484,548 px of dark
    /// ground and none of light). The fixture's plot has about 990,000 px of its ground.
    /// </summary>
    private const int ExpectedInk = 100;

    /// <summary>
    /// Waits (up to 5 s, as the image re-renders after a theme change) until <paramref name="image"/>
    /// is drawn with the text colour and ground of dark mode (<paramref name="dark"/>) or of light mode.
    /// </summary>
    internal static async Task<TextInk> AssertTextInk(ILocator image, bool dark, string when)
    {
        var (text, ground) = (SiteGen.Figures.Drawing.Palette.Text, SiteGen.Figures.Drawing.Palette.Background);
        var colours = new[] { text.Light.Hex, text.Dark.Hex, ground.Light.Hex, ground.Dark.Hex };
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var ink = await image.EvaluateAsync<TextInk>(CountInk, colours);
            var wanted = dark ? ink.DarkInk : ink.LightInk;
            var (own, otherGround) = dark ? (ink.DarkGround, ink.LightGround) : (ink.LightGround, ink.DarkGround);
            if (wanted >= ExpectedInk && own * 4 > ink.Pixels && otherGround == 0) return ink;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{when}: the figure is drawn with {ink}; expected {(dark ? "dark" : "light")}-mode ink on its ground");
            await Task.Delay(100);
        }
    }

    [BrowserFact]
    public async Task Figure_text_turns_light_in_dark_mode_and_dark_again_in_light_mode()
    {
        await using var context = await site.NewContextAsync(1280, colorScheme: ColorScheme.Light);
        var (page, plot) = await OpenPlot(context);

        await AssertTextInk(plot, dark: false, "light page");

        await page.Locator("#sg-theme-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await AssertTextInk(plot, dark: true, "after the toggle chose dark");

        await page.Locator("#sg-theme-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await AssertTextInk(plot, dark: false, "after the toggle chose light again");

        // A reader whose system is dark sees light figure text from the first paint, compact drawing included.
        await using var dark = await site.NewContextAsync(375, colorScheme: ColorScheme.Dark);
        var darkPage = await OpenLesson(dark);
        var compact = Image(darkPage, FigureSite.Plot);
        Assert.EndsWith(".compact.svg", await LoadImage(compact, "the compact plot"));
        await AssertTextInk(compact, dark: true, "dark system scheme");
    }

    [BrowserFact]
    public async Task A_dark_mode_reader_prints_figures_in_light_mode_ink()
    {
        await using var context = await site.NewContextAsync(1280, colorScheme: ColorScheme.Dark);
        var (page, plot) = await OpenPlot(context);
        await AssertTextInk(plot, dark: true, "dark screen");

        // The print style sheet sets the page's colour scheme to light; the figures follow it.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await AssertTextInk(plot, dark: false, "printed from a dark screen");
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
