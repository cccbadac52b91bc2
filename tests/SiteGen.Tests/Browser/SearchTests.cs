using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Build;
using SiteGen.Search;
using SiteGen.Tests.Search;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>The search fixture (Fixtures/search) built strictly with the default theme and served; also reachable as file://.</summary>
public sealed class SearchSite : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "sitegen-search-" + Guid.NewGuid().ToString("N"));

    public StaticSiteServer Server { get; } = new();
    public string Output => Path.Combine(_work, "site");
    public string Url => Server.Url;
    public string FileUrl => new Uri(Output + Path.DirectorySeparatorChar).AbsoluteUri;

    public SearchSite()
    {
        var content = Path.Combine(TestSite.RepoRoot, "tests", "SiteGen.Tests", "Fixtures", "search", "content");
        var result = new SiteBuilder().Build(new BuildOptions(content, Output, TestSite.DefaultTheme) { Strict = true });
        if (!result.Succeeded) throw new InvalidOperationException("the search fixture did not build:\n" + string.Join('\n', result.Diagnostics));
        Server.Mount("/", Output);
    }

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// Search as a reader uses it, in Chromium: by keyboard alone (/, type, arrows, Enter, Escape),
/// finding sections by a word, a prefix, a typo, a quoted phrase, a hyphenated word and a
/// symbol, over http and from disk; ranking headings above passing mentions; announcing results;
/// fitting a phone; and reading text exactly as the build's index does.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(SiteFixture browser, SearchSite site, ITestOutputHelper output) : IClassFixture<SearchSite>
{
    private const string Derivatives = "lessons/derivatives/index.html";
    private const string Activations = "lessons/activations/index.html";
    private const string Training = "lessons/training/index.html";

    private static async Task OpenWithSlash(IPage page)
    {
        await Expect(page.Locator("#sg-search-button")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("/");
        await Expect(page.Locator("#sg-search")).ToBeVisibleAsync();
        await Expect(page.Locator("#sg-search-input")).ToBeFocusedAsync();
    }

    /// <summary>Types the query and waits for its results (not those of a query typed on the way) and the status line.</summary>
    private static async Task Type(IPage page, string query)
    {
        var value = await page.Locator("#sg-search-input").InputValueAsync();
        await page.Keyboard.TypeAsync(query);
        await Expect(page.Locator("#sg-search-results")).ToHaveAttributeAsync("data-query", value + query);
        await Expect(page.Locator("#sg-search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"results?|No results"));
    }

    /// <summary>The results' page and section, as "page title / heading", in order.</summary>
    private static Task<string[]> Results(IPage page) => page.EvaluateAsync<string[]>("""
        () => Array.from(document.querySelectorAll('#sg-search-results [role=option]'),
          o => o.querySelector('.search-result-page').textContent + ' / ' + o.querySelector('.search-result-heading').textContent)
        """);

    /// <summary>What a reader types, and the page and heading the first result must lead to ("" for the page's top).</summary>
    public static TheoryData<string, string, string, string> Queries => new()
    {
        { "a body word", "sigmoid", Activations, "Softplus" },
        { "a prefix", "derivat", Derivatives, "The directional derivative" },
        { "a typo", "sofplus", Activations, "Softplus" },
        { "two typos in a long word", "derivitave", Derivatives, "The directional derivative" },
        { "the start of a title", "activation func", Activations, "" },
        { "a quoted phrase", "\"directional derivative\"", Derivatives, "The directional derivative" },
        { "a hyphenated word", "leaky-relu", Activations, "Leaky-ReLU and its slope" },
        { "a symbol", "∇", Derivatives, "The directional derivative" },
        { "a power", "x^2", Derivatives, "Powers" },
        { "a computed value", "computes 6", Derivatives, "Powers" },
        { "an accent left off", "cafe", Derivatives, "Café au lait" },
    };

    /// <summary>
    /// Waits for the address, then for the heading its anchor names to be in the page, and checks it
    /// is the one expected (or that there is no anchor). Neither wait is on a navigation event:
    /// headless Chromium has been seen not to report one for a page it had loaded.
    /// </summary>
    private static async Task AssertLandedOn(IPage page, string siteUrl, string path, string heading, string what)
    {
        var address = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(siteUrl + path) + "(#.*)?$");
        try
        {
            await Expect(page).ToHaveURLAsync(address, new() { Timeout = 10_000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"{what}: Enter led to {page.Url}, not {siteUrl + path}");
        }
        const string anchored = """
            () => { const id = decodeURIComponent(location.hash.slice(1)); if (!id) return ['']; const el = document.getElementById(id); return el ? [el.textContent.trim()] : null; }
            """;
        var target = (await (await page.WaitForFunctionAsync(anchored, null, new() { Timeout = 10_000 })).JsonValueAsync<string[]>())[0];
        Assert.True(target == heading, $"{what}: landed on {page.Url}, whose anchor is '{target}', not '{heading}'");
    }

    [BrowserTheory]
    [MemberData(nameof(Queries))]
    public async Task Search_finds_a_section_by_keyboard_alone(string what, string query, string path, string heading)
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(site.Url + Training);
        await OpenWithSlash(page);
        await Type(page, query);
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#sg-search-input")).ToHaveAttributeAsync("aria-activedescendant", "sg-search-result-0");
        await page.Keyboard.PressAsync("Enter");
        await AssertLandedOn(page, site.Url, path, heading, $"{what} ({query})");
        problems.AssertNone();
    }

    [BrowserTheory]
    [InlineData("sofplus", Activations, "Softplus")]
    [InlineData("\"directional derivative\"", Derivatives, "The directional derivative")]
    public async Task Search_works_on_a_site_opened_from_disk(string query, string path, string heading)
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(site.FileUrl + Training);
        await OpenWithSlash(page);
        await Type(page, query);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await AssertLandedOn(page, site.FileUrl, path, heading, query);
        problems.AssertNone();
    }

    /// <summary>The passing mention comes after every section of the page whose title or heading holds the word.</summary>
    [BrowserTheory]
    [InlineData("softplus", "Activation functions / Softplus", "Training loops / Training loops")]
    [InlineData("derivative", "Derivatives / ", "Training loops / Mentions")]
    public async Task A_heading_or_title_match_ranks_above_a_passing_mention(string query, string first, string passing)
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url + "index.html");
        await OpenWithSlash(page);
        await Type(page, query);
        var results = await Results(page);
        output.WriteLine(string.Join('\n', results));
        Assert.StartsWith(first, results[0]);
        var title = first[..first.IndexOf(" / ", StringComparison.Ordinal)];
        var mention = Array.IndexOf(results, passing);
        Assert.True(mention > 0, $"no '{passing}' among the results");
        // Sections of the page whose title or heading holds the word.
        var strong = results.Select((r, i) => (Result: r, Rank: i))
            .Where(x => x.Result == title + " / " + title || x.Result.StartsWith(title + " / ", StringComparison.Ordinal) && x.Result.Contains(query, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.NotEmpty(strong);
        Assert.All(strong, x => Assert.True(x.Rank < mention, $"'{x.Result}' ranks {x.Rank}, below the passing mention at {mention}"));
    }

    [BrowserFact]
    public async Task A_phrase_needs_its_words_in_order_and_a_page_left_out_is_never_found()
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url + "index.html");
        await OpenWithSlash(page);
        await Type(page, "\"derivative directional\"");
        await Expect(page.Locator("#sg-search-status")).ToHaveTextAsync("No results for \"derivative directional\"");
        await page.Locator("#sg-search-input").FillAsync("zanzibar");
        await Expect(page.Locator("#sg-search-status")).ToHaveTextAsync("No results for zanzibar");
        Assert.Empty(await Results(page));
    }

    [BrowserFact]
    public async Task Results_are_announced_highlighted_and_escape_returns_focus_to_the_button()
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url + "index.html");
        var button = page.Locator("#sg-search-button");
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var input = page.Locator("#sg-search-input");
        await Expect(input).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Search the site", new() { Exact = true })).ToHaveIdAsync("sg-search-input");
        await Expect(input).ToHaveAttributeAsync("role", "combobox");
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Type(page, "gradient");
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        var status = page.Locator("#sg-search-status");
        await Expect(status).ToHaveAttributeAsync("aria-live", "polite");
        var count = await page.Locator("#sg-search-results [role=option]").CountAsync();
        Assert.True(count >= 3, $"{count} results for gradient");
        await Expect(status).ToHaveTextAsync($"{count} results");
        await Expect(page.Locator("#sg-search-results mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^gradient", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

        // ArrowUp from the top wraps to the last result; the choice is announced by aria-selected.
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.Locator($"#sg-search-result-{count - 1}")).ToHaveAttributeAsync("aria-selected", "true");

        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#sg-search")).ToBeHiddenAsync();
        await Expect(button).ToBeFocusedAsync();
        // Opened again, the box keeps what was typed, selected, so typing replaces it.
        await page.Keyboard.PressAsync("/");
        await Expect(input).ToHaveValueAsync("gradient");
        Assert.Equal("gradient", await page.EvaluateAsync<string>("() => window.getSelection().toString() || document.activeElement.value.substring(document.activeElement.selectionStart, document.activeElement.selectionEnd)"));
    }

    [BrowserFact]
    public async Task Slash_typed_into_the_box_is_a_character_not_a_shortcut_and_a_query_in_the_url_opens_search()
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url + "index.html?q=leaky-relu");
        await Expect(page.Locator("#sg-search-input")).ToHaveValueAsync("leaky-relu");
        await Expect(page.Locator("#sg-search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("results?$"));
        await page.Locator("#sg-search-input").FillAsync("");
        await page.Keyboard.TypeAsync("a/b");
        await Expect(page.Locator("#sg-search-input")).ToHaveValueAsync("a/b");
    }

    [BrowserFact]
    public async Task A_snippet_marks_the_matched_letters_and_leaves_the_punctuation_beside_them()
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url + Training);
        await OpenWithSlash(page);
        await Type(page, "gradient");

        var marks = await page.Locator("#sg-search-results mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches(@"^[\p{L}\p{N}](.*[\p{L}\p{N}])?$", m));
        // "its gradient, and move": the comma follows the mark, still in the snippet.
        var followers = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#sg-search-results mark')].map(m => m.nextSibling ? m.nextSibling.textContent : '')");
        Assert.Contains(followers, f => f.StartsWith(',') || f.StartsWith('.') || f.StartsWith(':'));
    }

    /// <summary>Opens the training lesson and waits for the network to settle; counts the page's requests for the index from the start.</summary>
    private async Task<(IPage Page, Func<int> IndexRequests)> OpenCountingIndexRequests(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var count = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith(SearchIndex.FileName, StringComparison.Ordinal)) Interlocked.Increment(ref count);
        };
        await page.GotoAsync(site.Url + Training, new() { WaitUntil = WaitUntilState.NetworkIdle });
        return (page, () => Volatile.Read(ref count));
    }

    [BrowserFact]
    public async Task The_page_loads_no_index_until_search_opens()
    {
        await using var context = await browser.NewContextAsync(1280);
        var (page, indexRequests) = await OpenCountingIndexRequests(context);
        Assert.Equal(0, indexRequests());
        await OpenWithSlash(page);
        await Type(page, "loop");
        Assert.Equal(1, indexRequests());
    }

    [BrowserFact]
    public async Task A_pointer_over_the_search_button_starts_loading_the_index_before_the_click()
    {
        await using var context = await browser.NewContextAsync(1280);
        var (page, indexRequests) = await OpenCountingIndexRequests(context);
        Assert.Equal(0, indexRequests());

        var index = page.WaitForRequestAsync(u => u.Url.EndsWith(SearchIndex.FileName, StringComparison.Ordinal));
        await page.Locator("#sg-search-button").HoverAsync();
        await index;
        await page.WaitForFunctionAsync("() => !!window.sitegenSearch.index");
        Assert.False(await page.Locator("#sg-search-input").IsVisibleAsync());

        await page.Locator("#sg-search-button").ClickAsync();
        await Type(page, "loop");
        Assert.Equal(1, indexRequests());
    }

    [BrowserFact]
    public async Task The_browser_reads_text_into_the_same_words_as_the_build()
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url + "index.html");
        foreach (var text in TokenSamples.Texts)
        {
            var expected = SearchText.Words(text).Select(w => string.Join(",", w.Parts) + (w.Joined is null ? "" : "=" + w.Joined)).ToArray();
            var actual = await page.EvaluateAsync<string[]>(
                "t => window.sitegenSearch.tokens(t).map(w => w.parts.join(',') + (w.joined ? '=' + w.joined : ''))", text);
            Assert.True(expected.SequenceEqual(actual),
                $"'{text}': build {JsonSerializer.Serialize(expected)}, browser {JsonSerializer.Serialize(actual)}");
        }
    }

    public static TheoryData<int, ColorScheme> Screens => new()
    {
        { 320, ColorScheme.Light }, { 375, ColorScheme.Light }, { 375, ColorScheme.Dark }, { 1280, ColorScheme.Light }, { 1280, ColorScheme.Dark },
    };

    /// <summary>
    /// The open search with results fits the screen, its text is readable on its background, and
    /// the button is there on a phone. Saves a screenshot to SITEGEN_SCREENSHOTS when it is set.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(Screens))]
    public async Task The_open_search_fits_the_screen_with_readable_results(int width, ColorScheme scheme)
    {
        await using var context = await browser.NewContextAsync(width, 740, colorScheme: scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url + Derivatives);
        await page.Locator("#sg-search-button").ClickAsync();
        await Expect(page.Locator("#sg-search-input")).ToBeFocusedAsync();
        await Type(page, "gradient slope");
        await page.Keyboard.PressAsync("ArrowDown");

        var overflow = await page.EvaluateAsync<Scripts.Overflow>(Scripts.MeasureOverflow);
        Assert.True(overflow.ScrollWidth <= overflow.InnerWidth, $"scrolls sideways at {width}px: {string.Join(", ", overflow.Offenders)}");
        var box = await page.Locator("#sg-search").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box!.X >= 0 && box.X + box.Width <= width + 0.5, $"dialog spans {box.X}..{box.X + box.Width} of {width}px");
        foreach (var selector in new[] { ".search-result-page", ".search-result-heading", ".search-result-text", ".search-result mark", ".search-help", ".search-label" })
        {
            var contrast = await page.Locator("#sg-search " + selector).First.EvaluateAsync<double>(ContrastOnBackground);
            Assert.True(contrast >= 4.5, $"{selector} contrast {contrast:0.##}:1 at {width}px {scheme}");
        }

        var folder = Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOTS");
        if (!string.IsNullOrWhiteSpace(folder))
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"search-{width}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png");
            await page.ScreenshotAsync(new() { Path = path, Animations = ScreenshotAnimations.Disabled });
            output.WriteLine(path);
        }
    }

    /// <summary>WCAG contrast of an element's text on the first opaque background behind it.</summary>
    private const string ContrastOnBackground = """
        el => {
          const lum = css => {
            const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          let bg = null;
          for (let e = el; e && !bg; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            const m = c.match(/[\d.]+/g);
            if (m && (m.length < 4 || Number(m[3]) > 0.9)) bg = c;
          }
          const a = lum(getComputedStyle(el).color), b = lum(bg || 'rgb(255,255,255)');
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        """;
}

/// <summary>Search over the bundled course as its readers get it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CourseSearchTests(SiteFixture browser, CourseSite course) : IClassFixture<CourseSite>
{
    [BrowserFact]
    public async Task Typing_the_start_of_derivative_finds_lesson_one_first()
    {
        await using var context = await browser.NewContextAsync(375);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(course.Server.Url + "lessons/activations/index.html");
        await page.Locator("#sg-search-button").ClickAsync();
        await page.Keyboard.TypeAsync("derivat");
        // The list answers the whole word, not a prefix typed on the way, before a result is chosen.
        await Expect(page.Locator("#sg-search-results")).ToHaveAttributeAsync("data-query", "derivat");
        await Expect(page.Locator("#sg-search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("results?$"));
        await Expect(page.Locator("#sg-search-results [role=option] .search-result-page").First).ToHaveTextAsync("From slope to gradient");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#sg-search-input")).ToHaveAttributeAsync("aria-activedescendant", "sg-search-result-0");
        await page.Keyboard.PressAsync("Enter");
        // The URL is read as it changes, without waiting on a navigation event, which headless Chromium sometimes never reports here.
        var landing = new System.Text.RegularExpressions.Regex("/lessons/slope/index\\.html(#.*)?$");
        for (var tick = 0; tick < 100 && !landing.IsMatch(page.Url); tick++) await Task.Delay(100);
        Assert.True(landing.IsMatch(page.Url), $"Enter led to {page.Url}, not lesson 1");
        problems.AssertNone();
    }
}
