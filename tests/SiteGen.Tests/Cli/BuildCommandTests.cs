namespace SiteGen.Tests.Cli;

public class BuildCommandTests
{
    private static TestSite Course() => new(new Dictionary<string, string> { ["index.md"] = "# Home\n", ["lessons/01-a.md"] = "# A\n" });

    [Fact]
    public void A_successful_build_prints_one_summary_line_and_exits_0()
    {
        using var site = Course();
        var (code, output, error) = Cli.Build(site);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var line = Assert.Single(Cli.Lines(output));
        Assert.Matches(@"^Built 2 pages into .+/ in \d+ ms, \d+ files written: 0 warnings, 0 errors\.$", line);
        Assert.Contains(site.Output, line);
    }

    [Fact]
    public void Warnings_are_printed_with_their_place_and_counted_in_the_summary()
    {
        using var site = Course();
        site.Write("lessons/01-a.md", "# A\n\nPress {key}`x`.\n");
        var (code, output, error) = Cli.Build(site);

        Assert.Equal(0, code);
        var warning = Assert.Single(Cli.Lines(error));
        Assert.Equal($"{site.Content}/lessons/01-a.md(3,7): warning SG1402", warning[..warning.IndexOf(": unknown", StringComparison.Ordinal)]);
        Assert.Matches(@"^Built 2 pages into .+ in \d+ ms, \d+ files written: 1 warning, 0 errors\.$", Assert.Single(Cli.Lines(output)));
    }

    [Fact]
    public void Control_characters_from_a_lesson_and_its_file_name_are_printed_escaped()
    {
        using var site = Course();
        site.Write("lessons/01-a.md", "# A\n\nThe value {eval}`1+\u001b[31m` here.\n");
        site.Write("lessons/02-b\u001b]0;owned\u0007.md", "Text without a title.\n");
        var (code, _, error) = Cli.Build(site);

        Assert.Equal(1, code);
        Assert.DoesNotContain(error, c => char.IsControl(c) && c is not '\n');
        var lines = Cli.Lines(error);
        Assert.Contains($"{site.Content}/lessons/01-a.md(3,20): error SG1201: unexpected character '\\u001B'", lines);
        Assert.Contains(lines, l => l.StartsWith($"{site.Content}/lessons/02-b\\u001B]0;owned\\u0007.md(1,1): ", StringComparison.Ordinal));
    }

    [Fact]
    public void Quiet_prints_nothing_when_all_is_well()
    {
        using var site = Course();
        var (code, output, error) = Cli.Build(site, "--quiet");

        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void A_failed_build_exits_1_and_says_the_output_was_left_unchanged()
    {
        using var site = Course();
        site.Write("lessons/01-a.md", "---\nweight: abc\ntitle: A\n---\n");
        var (code, output, error) = Cli.Build(site, "--quiet");

        Assert.Equal(1, code);
        Assert.StartsWith($"{site.Content}/lessons/01-a.md(2,9): error SG1012: ", Assert.Single(Cli.Lines(error)));
        Assert.Matches(@"^Build failed in \d+ ms: 0 warnings, 1 error; .+/ left unchanged\.$", Assert.Single(Cli.Lines(output)));
    }

    [Fact]
    public void Strict_turns_warnings_into_errors_and_fails_the_build()
    {
        using var site = Course();
        site.Write("lessons/01-a.md", "# A\n\nPress {key}`x`.\n");
        var (code, output, error) = Cli.Build(site, "--strict");

        Assert.Equal(1, code);
        Assert.Contains(": error SG1402: ", Assert.Single(Cli.Lines(error)));
        Assert.Contains("0 warnings, 1 error", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Timings_add_one_line_per_build_stage()
    {
        using var site = Course();
        var (code, output, _) = Cli.Build(site, "--timings");

        Assert.Equal(0, code);
        var lines = Cli.Lines(output);
        Assert.Contains(lines, l => l.StartsWith("Built 2 pages", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^parse\s+\d+ ms$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^write\s+\d+ ms$"));
    }

    [Fact]
    public void Drafts_are_built_with_the_drafts_option()
    {
        using var site = Course();
        site.Write("lessons/02-b.md", "---\ntitle: B\ndraft: true\n---\n");

        Assert.Equal(0, Cli.Build(site).Code);
        Assert.False(File.Exists(Path.Combine(site.Output, "lessons/b/index.html")));
        Assert.Equal(0, Cli.Build(site, "--drafts").Code);
        Assert.True(File.Exists(Path.Combine(site.Output, "lessons/b/index.html")));
    }

    [Fact]
    public void The_base_url_option_reaches_the_sitemap()
    {
        using var site = Course();
        Assert.Equal(0, Cli.Build(site, "--base-url", "https://example.org/c").Code);

        Assert.Contains("<loc>https://example.org/c/lessons/a/</loc>", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_code_2()
    {
        using var site = Course();
        var (code, output, error) = Cli.Build(site, "--strictt");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--strictt", error);
        Assert.Contains("sitegen --help", error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_exit_code_2()
    {
        Assert.Equal(2, Cli.Run("biuld").Code);
    }

    [Fact]
    public void An_option_without_its_value_is_a_usage_error_with_exit_code_2()
    {
        Assert.Equal(2, Cli.Run("build", "--content").Code);
    }
}
