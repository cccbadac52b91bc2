using System.Diagnostics;
using SiteGen.Build;
using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

public class ProgressLineTests
{
    [Fact]
    public void The_line_counts_pages_then_figures_and_runs_once_there_are_some()
    {
        Assert.Equal("Building...", ProgressLine.Text("Building", new BuildProgress.Counts(0, 0, 0, 0, 0, 0)));
        Assert.Equal("Building: 3/6 pages", ProgressLine.Text("Building", new BuildProgress.Counts(6, 3, 0, 0, 0, 0)));
        Assert.Equal("Building: 3/6 pages, 20/45 figures, 10/27 runs", ProgressLine.Text("Building", new BuildProgress.Counts(6, 3, 45, 20, 27, 10)));
        Assert.Equal("Checking: 1/1 page, 0/1 figure", ProgressLine.Text("Checking", new BuildProgress.Counts(1, 1, 1, 0, 0, 0)));
    }

    [Fact]
    public void On_a_terminal_the_line_is_redrawn_in_place_and_erased_at_the_end()
    {
        var progress = new BuildProgress();
        using var terminal = new StringWriter();
        var line = ProgressLine.Start(progress, terminal, interactive: true, "Building", width: 80)!;
        progress.PagesPlanned(2, 0);
        progress.PageComputed(figures: 3);
        WaitFor(() => terminal.ToString().Contains("Building: 1/2 pages, 0/3 figures", StringComparison.Ordinal));
        progress.FigureDone();
        WaitFor(() => terminal.ToString().Contains("1/3 figures", StringComparison.Ordinal));
        line.Dispose();

        var text = terminal.ToString();
        Assert.DoesNotContain('\n', text);
        Assert.StartsWith("\rBuilding: 1/2 pages, 0/3 figures", text);
        // The last thing written blanks the longest line shown and returns to its start.
        Assert.EndsWith("\r" + new string(' ', "Building: 1/2 pages, 1/3 figures".Length) + "\r", text);
    }

    [Fact]
    public void Nothing_is_drawn_when_the_output_is_not_a_terminal()
    {
        Assert.Null(ProgressLine.Start(new BuildProgress(), TextWriter.Null, interactive: false, "Building"));
    }

    [Fact]
    public void A_long_build_with_its_output_redirected_prints_plain_lines_without_a_control_character()
    {
        using var site = LongSite();
        var (code, output, error) = RunSitegen(site, terminal: false);

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        var summary = Assert.Single(Cli.Lines(output));
        Assert.Matches(@"^Built 2 pages and 12 figures \(12 drawn, 0 from the cache\), 3 training runs \(3 trained, 0 from the cache\) into ", summary);
        // The build took longer than a terminal waits before it shows the line.
        Assert.True(BuildMilliseconds(summary) > 400, summary);
        Assert.DoesNotContain(output + error, c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public void The_same_build_on_a_terminal_shows_the_line_and_erases_it_before_the_summary()
    {
        Assert.True(File.Exists("/usr/bin/script") || !OperatingSystem.IsLinux(), "util-linux's script, which gives the build a terminal, is missing");
        if (!OperatingSystem.IsLinux()) return;
        using var site = LongSite();
        var (code, transcript, _) = RunSitegen(site, terminal: true);

        Assert.Equal(0, code);
        Assert.Contains("\rBuilding: ", transcript);
        Assert.Matches(@"\r +\rBuilt 2 pages and 12 figures", transcript);
    }

    /// <summary>A site that takes over a second to build without a cache: three training runs and twelve figures.</summary>
    private static TestSite LongSite()
    {
        var lesson = new System.Text.StringBuilder("# A\n\n```{define}\nf(x) = x^2\n```\n\n");
        for (var k = 1; k <= 3; k++)
            lesson.Append($"```{{train}}\n:id: run{k}\n:hidden:\ndata: {{set: moons, n: 200, noise: 0.15, seed: {k}}}\nlayers: [2, 16, 16, 1]\n"
                + "activation: relu\nloss: bce\noptimiser: adam\nlr: 0.01\nepochs: 1500\n```\n\n");
        for (var k = 1; k <= 12; k++)
            lesson.Append($"```{{plot}} Curve {k}\n:alt: A parabola.\nx: [-{k}, {k}]\nseries:\n  - y: f(x) + {k}\n```\n\n");
        return new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n", ["lessons/01-a.md"] = lesson.ToString() });
    }

    /// <summary>
    /// Runs the built sitegen as its own process, its output redirected to pipes, or on a pseudo-terminal
    /// made by util-linux's script, whose transcript is then the output.
    /// </summary>
    private static (int Code, string Out, string Err) RunSitegen(TestSite site, bool terminal)
    {
        var command = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");
        string[] args = [command, "build", "--content", site.Content, "--out", site.Output, "--theme", TestSite.DefaultTheme, "--no-cache"];
        var start = terminal
            ? new ProcessStartInfo("/usr/bin/script") { ArgumentList = { "-qec", string.Join(' ', args.Select(a => $"'{a}'")), "/dev/null" } }
            : new ProcessStartInfo(args[0]);
        if (!terminal) foreach (var arg in args[1..]) start.ArgumentList.Add(arg);
        (start.RedirectStandardOutput, start.RedirectStandardError, start.UseShellExecute) = (true, true, false);
        start.Environment["TERM"] = "xterm";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static long BuildMilliseconds(string summary) =>
        long.Parse(System.Text.RegularExpressions.Regex.Match(summary, @" in (\d+) ms").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static void WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the line was not drawn within 10 s");
            Thread.Sleep(20);
        }
    }
}
