using System.Text;
using Microsoft.Playwright;
using SiteGen.Cli;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>A small site whose one lesson holds code blocks of several kinds, built with the default theme and served.</summary>
public sealed class CodeBlockSite : IDisposable
{
    public const string LessonPath = "lessons/code/index.html";

    public const string Python = "def greet(name):\n    return \"<script>window.injected = 1</script>\" + name  # not run";
    public const string Commands = "sitegen build --strict\nls output \\\n  | head";
    public const string LongLine = "x = [" + "0.125, " + "0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192]";

    private readonly string _work = Path.Combine(Path.GetTempPath(), "sitegen-code-" + Guid.NewGuid().ToString("N"));

    public CodeBlockSite()
    {
        var content = Path.Combine(_work, "content");
        Directory.CreateDirectory(Path.Combine(content, "lessons"));
        Save(content, "site.yml", "title: Code\nlanguage: en\n");
        Save(content, "index.md", "# Code\n\nSee [the lesson](lessons/01-code.md).\n");
        Save(content, "lessons/01-code.md", $"""
            ---
            title: Code blocks
            ---

            Python:

            ```python
            {Python}
            ```

            A terminal session:

            ```console
            $ sitegen build --strict
            Built 2 pages
            $ ls output \
            >   | head
            index.html
            ```

            A long line:

            ```lesson
            {LongLine}
            ```

            A diagram in a language SiteGen does not know:

            ```mermaid
            graph TD; A-->B
            ```

            """);
        var theme = Path.Combine(RepositoryRoot(), "themes", "default");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["build", "--content", content, "--out", SiteDirectory, "--theme", theme, "--strict"], output, error);
        if (code != CliApp.Success) throw new InvalidOperationException($"the code site did not build ({code}):\n{output}{error}");
        Server.Mount("/", SiteDirectory);
    }

    public string SiteDirectory => Path.Combine(_work, "site");
    public StaticSiteServer Server { get; } = new();
    public string LessonUrl => Server.Url + LessonPath;
    public string FileLessonUrl => new Uri(Path.Combine(SiteDirectory, LessonPath)).AbsoluteUri;

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void Save(string content, string path, string text) =>
        File.WriteAllText(Path.Combine(content, path), text.ReplaceLineEndings("\n"), new UTF8Encoding(false));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "SiteGen.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no SiteGen.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>Highlighted code and its copy button, in real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CodeBlockTests(SiteFixture browser, CodeBlockSite site) : IClassFixture<CodeBlockSite>
{
    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.NewContextAsync(width, colorScheme: scheme);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.Server.Url.TrimEnd('/') });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.LessonUrl);
        return (context, page);
    }

    private static ILocator Block(IPage page, string language) =>
        page.Locator(".code-block").Filter(new() { Has = page.Locator($"code.language-{language}") });

    [BrowserFact]
    public async Task The_copy_button_copies_exactly_the_code()
    {
        var (context, page) = await OpenAsync();
        await using var _ = context;
        var problems = PageProblems.Watch(page);

        // Found by its class: once pressed, its name is no longer "Copy".
        var button = Block(page, "python").Locator(".copy-button");
        await Expect(button).ToHaveAccessibleNameAsync("Copy");
        await button.ClickAsync();
        await Expect(button).ToHaveTextAsync("Copied");

        Assert.Equal(CodeBlockSite.Python, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        // The <script> inside the code is text, shown as written and never run.
        Assert.Contains("<script>window.injected = 1</script>", await Block(page, "python").Locator("code").InnerTextAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.injected ?? null"));
        problems.AssertNone();
    }

    [BrowserFact]
    public async Task The_blocks_do_not_grow_when_their_copy_buttons_arrive()
    {
        await using var context = await browser.NewContextAsync(375);
        var page = await context.NewPageAsync();
        // copy.js held back, so the page is laid out and shown before it runs, as on a slow network.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/copy.*.js", async route => { await release.Task; await route.ContinueAsync(); });
        await page.GotoAsync(site.LessonUrl, new() { WaitUntil = WaitUntilState.Commit });
        const string heights = "() => [...document.querySelectorAll('.code-block')].map(b => b.getBoundingClientRect().height)";
        // Parsed to its end and styled (code.css makes the box a positioning context).
        await page.WaitForFunctionAsync("""
            () => document.querySelectorAll('.code-block').length === 4 && document.querySelector('footer')
              && [...document.querySelectorAll('.code-block')].every(b => getComputedStyle(b).position === 'relative')
            """);
        Assert.Equal(0, await page.Locator(".copy-button").CountAsync());
        var before = await page.EvaluateAsync<double[]>(heights);

        release.SetResult();
        await Expect(page.Locator(".copy-button")).ToHaveCountAsync(4);
        Assert.Equal(before, await page.EvaluateAsync<double[]>(heights));
    }

    [BrowserFact]
    public async Task A_terminal_session_copies_its_commands_without_prompts_or_output()
    {
        var (context, page) = await OpenAsync();
        await using var _ = context;

        await Block(page, "console").GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();

        Assert.Equal(CodeBlockSite.Commands, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [BrowserFact]
    public async Task The_button_is_reached_and_pressed_with_the_keyboard_and_announces_the_copy()
    {
        var (context, page) = await OpenAsync();
        await using var _ = context;

        var pre = Block(page, "python").Locator("pre");
        await pre.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className + '|' + document.activeElement.textContent");
        Assert.Equal("copy-button|Copy", focused);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied to the clipboard");
        await Expect(Block(page, "python").Locator(".copy-button")).ToHaveAttributeAsync("data-state", "copied");
        Assert.Equal(CodeBlockSite.Python, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        // The label returns, so the next copy is announced again.
        await Expect(Block(page, "python").Locator(".copy-button")).ToHaveTextAsync("Copy", new() { Timeout = 5000 });
    }

    [BrowserFact]
    public async Task From_disk_without_the_clipboard_api_the_button_copies_through_a_selection()
    {
        await using var context = await browser.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        // As in a browser that gives file:// pages no clipboard API: the script must fall back to
        // execCommand('copy'), and what is selected when it runs is what is copied.
        await page.AddInitScriptAsync("""
            Object.defineProperty(navigator, 'clipboard', { value: undefined });
            window.copied = [];
            const original = document.execCommand.bind(document);
            document.execCommand = (command, ...rest) => {
              if (command === 'copy') window.copied.push(document.activeElement.value.substring(
                document.activeElement.selectionStart, document.activeElement.selectionEnd));
              return original(command, ...rest);
            };
            """);
        await page.GotoAsync(site.FileLessonUrl);

        var button = Block(page, "python").Locator(".copy-button");
        await button.ClickAsync();

        await Expect(button).ToHaveTextAsync("Copied");
        Assert.Equal([CodeBlockSite.Python], await page.EvaluateAsync<string[]>("() => window.copied"));
        Assert.Equal("copy-button", await page.EvaluateAsync<string>("() => document.activeElement.className"));
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Keywords_and_strings_have_their_own_readable_colours_in_each_mode(ColorScheme scheme)
    {
        var (context, page) = await OpenAsync(scheme: scheme);
        await using var _ = context;
        await AssertColours(page, scheme.ToString());

        // The reader's toggle switches the code's colours with the page's.
        await page.Locator("#sg-theme-toggle").ClickAsync();
        await AssertColours(page, $"{scheme} toggled");
    }

    private static async Task AssertColours(IPage page, string mode)
    {
        var python = Block(page, "python").Locator("code");
        var keyword = await Colour(python.Locator(".k").First);
        var text = await Colour(python);
        var str = await Colour(python.Locator(".s").First);
        Assert.NotEqual(keyword, str);
        Assert.NotEqual(keyword, text);
        Assert.NotEqual(str, text);

        // Every highlighted span reads at 4.5:1 or more on its block's background.
        var worst = await page.EvaluateAsync<string[]>($$"""
            () => {
              const rgb = s => s.match(/[\d.]+/g).slice(0, 3).map(Number);
              const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              const out = [];
              for (const span of document.querySelectorAll('.code-block code span')) {
                const bg = lum(rgb(getComputedStyle(span.closest('pre')).backgroundColor));
                const fg = lum(rgb(getComputedStyle(span).color));
                const ratio = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
                if (ratio < 4.5) out.push(span.className + ' ' + ratio.toFixed(2));
              }
              return out;
            }
            """);
        Assert.True(worst.Length == 0, $"{mode}: spans below 4.5:1: {string.Join(", ", worst)}");
    }

    private static Task<string> Colour(ILocator locator) => locator.EvaluateAsync<string>("e => getComputedStyle(e).color");

    [BrowserFact]
    public async Task On_a_small_phone_a_long_line_scrolls_inside_a_named_focusable_block()
    {
        var (context, page) = await OpenAsync(width: 320);
        await using var _ = context;

        var overflow = await page.EvaluateAsync<Scripts.Overflow>(Scripts.MeasureOverflow);
        Assert.True(overflow.ScrollWidth <= overflow.InnerWidth, $"the page scrolls sideways: {string.Join(", ", overflow.Offenders)}");
        var pre = Block(page, "lesson").Locator("pre");
        Assert.True(await pre.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the long line should scroll inside its block");
        await Expect(pre).ToHaveAttributeAsync("tabindex", "0");
        await Expect(pre).ToHaveAccessibleNameAsync("Lesson language code");
        // The button sits above the first line, so it never covers code that runs under it.
        var gap = await Block(page, "lesson").EvaluateAsync<double>(
            "b => b.querySelector('code').getClientRects()[0].top - b.querySelector('.copy-button').getBoundingClientRect().bottom");
        Assert.True(gap >= 0, $"the copy button overlaps the first line by {-gap:0.#} px");

        // Focused, the block scrolls with the arrow keys.
        await pre.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        // Chromium animates keyboard scrolling, so the offset grows over a few frames.
        var scrolled = false;
        for (var frame = 0; frame < 50 && !scrolled; frame++)
        {
            scrolled = await pre.EvaluateAsync<double>("e => e.scrollLeft") > 0;
            if (!scrolled) await page.WaitForTimeoutAsync(100);
        }
        Assert.True(scrolled, "the arrow keys should scroll the focused block");
    }

    [BrowserFact]
    public async Task A_block_in_an_unknown_language_is_plain_with_its_language_class_and_a_copy_button()
    {
        var (context, page) = await OpenAsync();
        await using var _ = context;

        var block = Block(page, "mermaid");
        Assert.Equal(0, await block.Locator("code span").CountAsync());
        await Expect(block.Locator("code")).ToHaveTextAsync("graph TD; A-->B\n");
        await Expect(block.Locator("pre")).ToHaveAccessibleNameAsync("mermaid code");
        await block.Locator(".copy-button").ClickAsync();
        Assert.Equal("graph TD; A-->B", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }
}
