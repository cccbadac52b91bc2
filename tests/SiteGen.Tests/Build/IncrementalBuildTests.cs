using SiteGen.Build;

namespace SiteGen.Tests.Build;

/// <summary>
/// A rebuild redoes only what a change touches, and what it gives is exactly what a build from
/// nothing would give: every test compares the incremental output with a clean build's.
/// </summary>
public class IncrementalBuildTests
{
    private const string Plot = """
        # B

        ```{define}
        f(x) = x^2
        ```

        ```{plot} A parabola
        :alt: The parabola f(x) = x^2 from -2 to 2.
        x: [-2, 2]
        series:
          - y: f(x)
        ```
        """;

    private static TestSite Course() => new(new Dictionary<string, string>
    {
        ["index.md"] = "# Home\n\nStart with [the first lesson](lessons/01-a.md).\n",
        ["lessons/01-a.md"] = "# A\n\nNext: [B, its bowl](02-b.md#a-bowl).\n",
        ["lessons/02-b.md"] = Plot + "\n\n## A bowl\n\nText.\n",
        ["lessons/03-c.md"] = "# C\n\nBack to [A](01-a.md).\n",
    });

    /// <summary>Every output file with its bytes, to compare two builds.</summary>
    private static SortedDictionary<string, string> Snapshot(string output) =>
        new(TestSite.FilesUnder(output).ToDictionary(f => f, f => Convert.ToHexString(File.ReadAllBytes(Path.Combine(output, f)))),
            StringComparer.Ordinal);

    /// <summary>What a build from nothing (no cache, no output) gives for the site's content as it is now.</summary>
    private static SortedDictionary<string, string> CleanBuild(TestSite site)
    {
        var output = Path.Combine(site.Root, "clean-output");
        var result = new SiteBuilder().Build(new BuildOptions(site.Content, output, TestSite.DefaultTheme) { NoCache = true });
        Assert.True(result.Succeeded, string.Join('\n', site.Lines(result)));
        var snapshot = Snapshot(output);
        Directory.Delete(output, recursive: true);
        return snapshot;
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_parses_draws_renders_and_writes_nothing()
    {
        using var site = Course();
        site.BuildClean();
        var before = Snapshot(site.Output);

        var again = site.BuildClean();

        Assert.Equal((0, 4, 0, 0), (again.PagesRendered, again.PagesReused, again.FiguresDrawn, again.FilesWritten));
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void A_prose_edit_renders_only_the_edited_page()
    {
        using var site = Course();
        site.BuildClean();

        site.Write("lessons/03-c.md", "# C\n\nBack to [A](01-a.md), edited.\n");
        var result = site.BuildClean();

        // Two files: the page, and the search index, which holds the page's words.
        Assert.Equal((1, 3, 2), (result.PagesRendered, result.PagesReused, result.FilesWritten));
        Assert.Contains("edited.", site.Page("lessons/c/index.html"));
        Assert.Contains("edited", File.ReadAllText(Path.Combine(site.Output, "search-index.js")));
        Assert.Equal(CleanBuild(site), Snapshot(site.Output));
    }

    [Fact]
    public void Changing_a_lessons_title_renames_it_in_every_pages_navigation()
    {
        using var site = Course();
        site.BuildClean();

        site.Write("lessons/01-a.md", "# Alpha\n\nNext: [B, its bowl](02-b.md#a-bowl).\n");
        var result = site.BuildClean();

        Assert.Equal(4, result.PagesRendered);
        foreach (var page in new[] { "index.html", "lessons/b/index.html", "lessons/c/index.html" })
            Assert.Contains("Alpha</a>", site.Page(page));
        Assert.Equal(CleanBuild(site), Snapshot(site.Output));
    }

    [Fact]
    public void Editing_a_theme_file_re_renders_every_page()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        Assert.True(site.Build(theme: theme).Succeeded);

        var layout = Path.Combine(theme, "layouts", "base.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<!-- edited theme --></body>", StringComparison.Ordinal));
        var result = site.Build(theme: theme);

        Assert.True(result.Succeeded);
        Assert.Equal(4, result.PagesRendered);
        foreach (var page in new[] { "index.html", "lessons/a/index.html", "lessons/b/index.html", "lessons/c/index.html", "404.html" })
            Assert.Contains("<!-- edited theme -->", site.Page(page));
    }

    [Fact]
    public void Removing_a_lesson_removes_its_page_and_every_link_to_it_becomes_a_diagnostic()
    {
        using var site = Course();
        site.BuildClean();

        File.Delete(Path.Combine(site.Content, "lessons", "01-a.md"));
        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.DoesNotContain("lessons/a/index.html", site.OutputFiles());
        Assert.False(Directory.Exists(Path.Combine(site.Output, "lessons", "a")));
        Assert.Equal(
        [
            "content/index.md(3,12): warning SG1301: link to 'lessons/01-a.md': there is no page 'lessons/01-a.md'",
            "content/lessons/03-c.md(3,9): warning SG1301: link to '01-a.md': there is no page 'lessons/01-a.md'",
        ], site.Lines(result).Select(l => l.Split(';')[0].Split(" (did you mean")[0]));
        Assert.Equal(CleanBuild(site), Snapshot(site.Output));
    }

    [Fact]
    public void A_figure_whose_definition_changed_is_redrawn()
    {
        using var site = Course();
        site.BuildClean();
        var before = site.Page("lessons/b/index.html");

        site.Write("lessons/02-b.md", Plot.Replace("f(x) = x^2", "f(x) = x^3") + "\n\n## A bowl\n\nText.\n");
        var result = site.BuildClean();

        Assert.Equal((1, 1), (result.PagesRendered, result.FiguresDrawn));
        Assert.NotEqual(before, site.Page("lessons/b/index.html"));
        Assert.Equal(CleanBuild(site), Snapshot(site.Output));
    }

    [Fact]
    public void A_removed_anchor_is_reported_on_the_page_that_links_to_it_though_that_page_did_not_change()
    {
        using var site = Course();
        site.BuildClean();

        site.Write("lessons/02-b.md", Plot + "\n\n## A cup\n\nText.\n");
        var result = site.Build();

        Assert.Contains(site.Lines(result), l => l.StartsWith("content/lessons/01-a.md(3,7): warning SG1302: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reused_page_reports_its_warnings_again_so_a_strict_build_still_fails()
    {
        using var site = Course();
        site.Write("lessons/03-c.md", "# C\n\nBack to [A](01-a.md#nowhere).\n");
        var first = site.Build();
        var second = site.Build();

        Assert.Equal(site.Lines(first), site.Lines(second));
        Assert.Equal(4, second.PagesReused);
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void A_deleted_output_folder_is_written_again_in_full()
    {
        using var site = Course();
        site.BuildClean();
        var before = Snapshot(site.Output);

        Directory.Delete(site.Output, recursive: true);
        var result = site.BuildClean();

        Assert.Equal((4, 0), (result.PagesRendered, result.FiguresDrawn));
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void A_file_changed_by_hand_in_the_output_is_restored()
    {
        using var site = Course();
        site.BuildClean();
        var before = Snapshot(site.Output);

        File.WriteAllText(Path.Combine(site.Output, "lessons", "a", "index.html"), "tampered");
        site.BuildClean();

        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void One_builder_rebuilds_from_memory_as_serve_does()
    {
        using var site = Course();
        var builder = new SiteBuilder();
        var options = new BuildOptions(site.Content, site.Output, TestSite.DefaultTheme);
        Assert.True(builder.Build(options).Succeeded);
        File.Delete(Path.Combine(site.Root, ".sitegen-cache", "build-index.json"));

        site.Write("lessons/03-c.md", "# C\n\nBack to [A](01-a.md), again.\n");
        var result = builder.Build(options);

        Assert.Equal((1, 3), (result.PagesRendered, result.PagesReused));
        Assert.Equal(CleanBuild(site), Snapshot(site.Output));
    }

    [Fact]
    public void One_builder_sees_an_edit_that_keeps_the_files_size()
    {
        using var site = Course();
        var builder = new SiteBuilder();
        var options = new BuildOptions(site.Content, site.Output, TestSite.DefaultTheme);
        Assert.True(builder.Build(options).Succeeded);

        site.Write("lessons/03-c.md", "# D\n\nBack to [A](01-a.md).\n");
        var result = builder.Build(options);

        Assert.True(result.Succeeded);
        Assert.Contains("</span></span> D</h1>", site.Page("lessons/c/index.html"));
        Assert.Equal(CleanBuild(site), Snapshot(site.Output));
    }

    [Fact]
    public void One_builder_sees_an_edit_to_its_theme()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        var builder = new SiteBuilder { SavesInBackground = true };
        var options = new BuildOptions(site.Content, site.Output, theme);
        Assert.True(builder.Build(options).Succeeded);

        var layout = Path.Combine(theme, "layouts", "base.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<!-- edited theme --></body>", StringComparison.Ordinal));
        var result = builder.Build(options);

        Assert.Equal(4, result.PagesRendered);
        Assert.Contains("<!-- edited theme -->", site.Page("lessons/a/index.html"));
    }

    [Fact]
    public void A_changed_setting_re_renders_every_page_even_one_only_the_engine_reads()
    {
        using var site = Course();
        site.BuildClean();

        site.Write("site.yml", TestSite.DefaultSettings + "max_operations: 5000000\n");
        var result = site.BuildClean();

        Assert.Equal(4, result.PagesRendered);
    }
}
