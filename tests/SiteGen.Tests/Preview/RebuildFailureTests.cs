using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Preview;

namespace SiteGen.Tests.Preview;

/// <summary>
/// Whatever a rebuild throws, `serve` prints one line, goes on serving the last good build and
/// rebuilds on the next change.
/// </summary>
public class RebuildFailureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_rebuild_that_throws_leaves_the_last_good_build_served_and_the_next_change_rebuilds()
    {
        using var host = new PreviewHost();
        var content = Directory.CreateDirectory(Path.Combine(host.Root, "content")).FullName;
        using var log = new LineLog();
        var rebuilder = new Rebuilder(() => throw new InvalidOperationException("the builder broke"), host.Server.NotifyReload, host.Server.NotifyErrors, log);
        using var watcher = new ChangeWatcher([content], rebuilder.Rebuild);

        for (var edit = 1; edit <= 2; edit++)
        {
            File.WriteAllText(Path.Combine(content, "index.md"), $"# Edit {edit}\n");
            await Until(() => Lines(log).Length >= edit, $"rebuild {edit} reported");

            var home = await RawHttp.Get(host.Port, "/");
            Assert.Equal(200, home.Status);
            Assert.Contains("<h1>Home</h1>", home.Body);
        }
        Assert.All(Lines(log), line => Assert.StartsWith(
            "sitegen: internal error in the rebuild: InvalidOperationException: the builder broke; still serving the last good build, and rebuilding on the next change", line));
    }

    [Fact]
    public void A_rebuild_that_succeeds_reloads_open_pages_and_one_that_fails_shows_its_errors_instead()
    {
        var reloads = 0;
        var shown = new List<IReadOnlyList<Diagnostic>>();
        IReadOnlyList<Diagnostic> diagnostics = [Diagnostic.Of(DiagnosticCodes.BadOptionValue, "broken", new SourceLocation("a.md", 3, 4))];
        using var error = new StringWriter();
        var rebuilder = new Rebuilder(() => diagnostics, () => reloads++, shown.Add, error);

        rebuilder.Rebuild();
        diagnostics = [Diagnostic.Of(DiagnosticCodes.FigureWithoutAlt, "a warning only", new SourceLocation("a.md", 5, 1))];
        rebuilder.Rebuild();

        Assert.Equal(1, reloads);
        Assert.Equal("a.md(3,4): error SG1406: broken", Assert.Single(Assert.Single(shown)).ToString());
        Assert.Empty(error.ToString());
    }

    /// <summary>
    /// The command itself, as an author runs it: an unclosed '[' in front matter, saved while
    /// `serve` runs, made the YAML reader throw and ended the process.
    /// </summary>
    [Fact]
    public async Task Serve_survives_an_edit_that_breaks_the_front_matter()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n", ["lessons/01-slope.md"] = "# Slope\n" });
        using var serve = ServeProcess.Start(site);
        var before = await RawHttp.Get(serve.Port, "/lessons/slope/");
        Assert.Equal(200, before.Status);

        site.Write("lessons/01-slope.md", "---\ntitle: Slope\ntags: [a, b\nsummary: x\n---\n# Slope\n");
        await Until(() => serve.Error.Length > 0 || serve.HasExited, "the rebuild reported");
        await Task.Delay(200);  // time to die, were it going to

        Assert.False(serve.HasExited, $"serve ended:\n{serve.Error}");
        var after = await RawHttp.Get(serve.Port, "/lessons/slope/");
        Assert.Equal(200, after.Status);
        Assert.Equal(Body(before.Body), Body(after.Body));
    }

    private static string Body(string html) => html[html.IndexOf("<body", StringComparison.Ordinal)..];

    private static string[] Lines(LineLog log) => Cli.Cli.Lines(log.ToString());

    /// <summary>A writer the watcher's thread writes to while the test reads it.</summary>
    private sealed class LineLog : StringWriter
    {
        public override void Write(char value) { lock (this) base.Write(value); }
        public override void Write(string? value) { lock (this) base.Write(value); }
        public override void WriteLine(string? value) { lock (this) base.WriteLine(value); }
        public override string ToString() { lock (this) return base.ToString(); }
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, $"not {what} after {Patience.TotalSeconds} s");
            await Task.Delay(20);
        }
    }
}
