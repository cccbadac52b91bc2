namespace SiteGen.Tests.Cli;

public class CheckCommandTests
{
    private static TestSite Broken() => new(new Dictionary<string, string>
    {
        ["index.md"] = "# Home\n\nSee [the lesson](lessons/01-a.md).\n",
        ["lessons/01-a.md"] = "# A\n\nRead [the missing page](missing.md) first.\n\n```{define}\nf(x) = x^2\n```\n\n"
            + "```{plot} A curve\n:alt: The parabola.\n:colour: red\nx: [-1, 1]\nseries:\n  - y: f(x)\n```\n",
    });

    [Fact]
    public void A_broken_link_and_a_bad_option_are_both_reported_with_exit_1_and_nothing_is_written()
    {
        using var site = Broken();

        var (code, output, error) = Cli.Run("check", "--content", site.Content, "--out", site.Output, "--theme", TestSite.DefaultTheme);

        Assert.Equal(1, code);
        var lines = Cli.Lines(error);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith($"{site.Content}/lessons/01-a.md(3,6): error SG13", StringComparison.Ordinal) && l.Contains("missing.md", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{site.Content}/lessons/01-a.md(11,", StringComparison.Ordinal) && l.Contains(": error SG14", StringComparison.Ordinal)
            && l.Contains("colour", StringComparison.Ordinal));
        Assert.Matches(@"^Check found 2 problems in \d+ ms; nothing was written\.$", Assert.Single(Cli.Lines(output)));
        Assert.False(Directory.Exists(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".sitegen-cache")));
    }

    [Fact]
    public void A_good_site_checks_clean_with_exit_0_and_its_built_output_and_cache_are_left_untouched()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n\nSee [the lesson](lessons/01-a.md).\n",
            ["lessons/01-a.md"] = "# A\n\n```{define}\nf(x) = x^2\n```\n\n```{plot} A curve\n:alt: The parabola.\nx: [-1, 1]\nseries:\n  - y: f(x)\n```\n",
        });
        Assert.Equal(0, Cli.Build(site).Code);
        var cache = Path.Combine(site.Root, ".sitegen-cache");
        var before = Snapshot(site.Root);
        // A change the cache has not seen: checking it draws and computes afresh, and keeps nothing.
        site.Write("lessons/01-a.md", File.ReadAllText(Path.Combine(site.Content, "lessons/01-a.md")).Replace("x: [-1, 1]", "x: [-2, 2]"));
        var changed = Snapshot(site.Root);

        var (code, output, error) = Cli.Run("check", "--content", site.Content, "--out", site.Output, "--theme", TestSite.DefaultTheme);

        Assert.Equal((0, ""), (code, error));
        Assert.Matches(@"^Checked 2 pages and 1 figure in \d+ ms: no problems\.$", Assert.Single(Cli.Lines(output)));
        Assert.Equal(changed, Snapshot(site.Root));
        Assert.NotEqual(before, changed);
        Assert.True(Directory.Exists(cache));
    }

    [Fact]
    public void A_warning_is_a_problem_to_check_as_it_is_to_a_strict_build()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n\nPress {key}`x`.\n" });

        var (code, _, error) = Cli.Run("check", "--content", site.Content, "--out", site.Output, "--theme", TestSite.DefaultTheme);

        Assert.Equal(1, code);
        Assert.Contains(": error SG1402: ", Assert.Single(Cli.Lines(error)));
    }

    /// <summary>Every file under a folder with its size and last write time.</summary>
    private static string Snapshot(string root) => string.Join('\n', TestSite.FilesUnder(root)
        .Select(f => $"{f} {new FileInfo(Path.Combine(root, f)).Length} {File.GetLastWriteTimeUtc(Path.Combine(root, f)).Ticks}"));
}
