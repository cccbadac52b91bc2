using Microsoft.Playwright;
using SiteGen.Preview;
using SiteGen.Tests.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Preview;

/// <summary>
/// While `sitegen serve` runs, a lesson saved with an error shows that error over the open
/// pages, in real Chromium: its file:line:column, code, message, and the source line with a
/// caret under the column. Escape dismisses it until the next failed rebuild, and fixing the
/// lesson reloads the page without it. The terminal prints the error once per rebuild, however
/// many pages are open.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ErrorOverlayTests(SiteFixture browser, ITestOutputHelper log)
{
    private const string Lesson = "lessons/01-slopes.md";
    private const string LessonPage = "lessons/slopes/";
    private static readonly float Patience = 15_000;

    [BrowserFact]
    public async Task A_lesson_with_an_error_shows_it_over_open_pages_until_it_is_fixed()
    {
        using var site = FixtureCopy();
        using var serve = ServeProcess.Start(site);
        await using var context = await browser.NewContextAsync(1280);
        var lesson = await context.NewPageAsync();
        var home = await context.NewPageAsync();
        var problems = PageProblems.Watch(lesson);
        await lesson.GotoAsync(Url(serve, LessonPage));
        await home.GotoAsync(Url(serve, ""));
        var good = File.ReadAllText(Path.Combine(site.Content, Lesson));

        // An error: the overlay names it on every open page.
        var (line, broken) = Append(good, "3 ** 2");
        site.Write(Lesson, broken);
        var path = $"{site.Content}/{Lesson}";
        foreach (var page in new[] { lesson, home })
        {
            var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Build failed: 1 error" });
            await Expect(dialog).ToBeVisibleAsync(new() { Timeout = Patience });
            await Expect(dialog.Locator(".place")).ToHaveTextAsync($"{path}:{line}:3");
            await Expect(dialog.Locator(".code")).ToHaveTextAsync("SG1201");
            await Expect(dialog.Locator(".message")).ToHaveTextAsync("'**' is not an operator here; powers are written with '^', as in x^2");
            await Expect(dialog.Locator(".source .line")).ToHaveTextAsync("3 ** 2\n");
            await Expect(dialog.Locator(".source .caret")).ToHaveTextAsync("  ^");
        }
        // The page under it is the last good build, and the dialog has the focus, as an alert dialog must.
        await Expect(lesson.Locator("h1")).ToContainTextAsync("Slopes and lines");
        Assert.True(await lesson.EvaluateAsync<bool>(
            "() => document.activeElement.shadowRoot?.activeElement?.getAttribute('role') === 'alertdialog'"));
        // Printed once per rebuild, not once per open page.
        var diagnostic = $"{path}({line},3): error SG1201: '**' is not an operator here; powers are written with '^', as in x^2";
        var printed = Cli.Cli.Lines(serve.Error).Count(l => l == diagnostic);
        Assert.True(printed >= 1, serve.Error);
        Assert.Equal(Cli.Cli.Lines(serve.Output).Count(l => l.StartsWith("Build failed in ", StringComparison.Ordinal)), printed);

        // Escape dismisses it; the next failed rebuild brings it back.
        await lesson.Keyboard.PressAsync("Escape");
        await Expect(lesson.Locator(ErrorOverlay.HostElement)).ToHaveCountAsync(0);
        var (again, brokenAgain) = Append(good, "h(x) := x^3");
        site.Write(Lesson, brokenAgain);
        var back = lesson.GetByRole(AriaRole.Alertdialog);
        await Expect(back.Locator(".place")).ToHaveTextAsync($"{path}:{again}:6", new() { Timeout = Patience });
        await Expect(back.Locator(".message")).ToHaveTextAsync("':=' is not an operator here; definitions use '=', as in h(x) = x^3");
        await Expect(back.Locator(".source .caret")).ToHaveTextAsync("     ^");
        // The button dismisses it too.
        await back.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();
        await Expect(lesson.Locator(ErrorOverlay.HostElement)).ToHaveCountAsync(0);

        // Fixed: the pages reload with the new text and no overlay.
        site.Write(Lesson, good + "\nFixed at last.\n");
        foreach (var page in new[] { lesson, home })
            await Expect(page.Locator(ErrorOverlay.HostElement)).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Expect(lesson.GetByText("Fixed at last.")).ToBeVisibleAsync(new() { Timeout = Patience });
        problems.AssertNone();
    }

    [BrowserFact]
    public async Task A_page_opened_while_the_build_is_broken_shows_the_errors_in_the_themes_colours()
    {
        using var site = FixtureCopy();
        using var serve = ServeProcess.Start(site);
        var good = File.ReadAllText(Path.Combine(site.Content, Lesson));
        site.Write(Lesson, Append(good, "3 ** 2").Text);
        await WaitForFailedRebuild(serve);

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await browser.NewContextAsync(375, colorScheme: scheme);
            var page = await context.NewPageAsync();
            await page.GotoAsync(Url(serve, LessonPage));
            var dialog = page.GetByRole(AriaRole.Alertdialog);
            await Expect(dialog).ToBeVisibleAsync(new() { Timeout = Patience });
            // The dialog's colours are the theme's custom properties, light or dark.
            var colours = await dialog.EvaluateAsync<string[]>("""
                dialog => {
                  const probe = document.createElement('div');
                  probe.style.cssText = 'color: var(--c-danger); background: var(--bg-raised)';
                  document.body.appendChild(probe);
                  const theme = getComputedStyle(probe), own = getComputedStyle(dialog);
                  const pair = [theme.color + ' ' + theme.backgroundColor, own.borderTopColor + ' ' + own.backgroundColor];
                  probe.remove();
                  return pair;
                }
                """);
            Assert.Equal(colours[0], colours[1]);
            // Nothing runs off a phone's screen.
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"));
        }
    }

    [BrowserFact]
    public async Task Screenshots_of_the_overlay()
    {
        var folder = Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOTS");
        if (string.IsNullOrWhiteSpace(folder))
        {
            log.WriteLine("SITEGEN_SCREENSHOTS is not set: no screenshots taken.");
            return;
        }
        Directory.CreateDirectory(folder);
        using var site = FixtureCopy();
        using var serve = ServeProcess.Start(site);
        var good = File.ReadAllText(Path.Combine(site.Content, Lesson));
        site.Write(Lesson, good + "\n```{plot} Tangents\n:alt: A parabola.\nx: [-1, 1]\nseries:\n  - y: x^2\n    label: {eval}`f(3)` at x = 3\n```\n\n```{eval}\n3 ** 2\n```\n");
        await WaitForFailedRebuild(serve);
        foreach (var width in new[] { 375, 1280 })
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await browser.NewContextAsync(width, colorScheme: scheme);
            var page = await context.NewPageAsync();
            await page.GotoAsync(Url(serve, LessonPage));
            await Expect(page.GetByRole(AriaRole.Alertdialog)).ToBeVisibleAsync(new() { Timeout = Patience });
            var path = Path.Combine(folder, $"overlay-{width}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png");
            await page.ScreenshotAsync(new() { Path = path, Animations = ScreenshotAnimations.Disabled });
            Assert.True(new FileInfo(path).Length > 0, $"empty screenshot {path}");
            log.WriteLine(path);
        }
    }

    /// <summary>A test site holding the browser tests' fixture course.</summary>
    private static TestSite FixtureCopy()
    {
        var site = new TestSite();
        FixtureSite.Write(site.Content, "http://127.0.0.1/");
        return site;
    }

    /// <summary>The text with a `{eval}` block of <paramref name="expression"/> added, and the line the expression is on.</summary>
    private static (int Line, string Text) Append(string text, string expression)
    {
        var lesson = text.TrimEnd('\n') + "\n\n```{eval}\n";
        return (lesson.Count(c => c == '\n') + 1, lesson + expression + "\n```\n");
    }

    private static async Task WaitForFailedRebuild(ServeProcess serve)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!serve.Output.Contains("Build failed in ", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"no failed rebuild:\n{serve.Output}{serve.Error}");
            await Task.Delay(50);
        }
    }

    private static string Url(ServeProcess serve, string path) => $"http://127.0.0.1:{serve.Port}/{path}";
}
