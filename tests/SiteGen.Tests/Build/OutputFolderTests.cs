namespace SiteGen.Tests.Build;

/// <summary>The output folder shows the old site or the new one, never half of each, and never someone else's files.</summary>
public class OutputFolderTests
{
    private static TestSite Course() => new(new Dictionary<string, string>
    {
        ["index.md"] = "# Home\n", ["lessons/01-a.md"] = "# A\n", ["lessons/02-b.md"] = "# B\n", ["img/x.svg"] = "<svg/>",
    });

    private static IReadOnlyList<string> Leftovers(TestSite site) =>
        Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName)
            .Where(n => n!.Contains("sitegen-") && n != Cache).ToList()!;

    /// <summary>The drawn-figure cache, which a build keeps beside its output on purpose.</summary>
    private const string Cache = ".sitegen-cache";

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte_untouched()
    {
        using var site = Course();
        site.BuildClean();
        var before = Snapshot.Of(site.Output);

        site.Write("lessons/02-b.md", "---\ntitle: B\nweight: abc\n---\nChanged.\n");
        site.Write("lessons/03-c.md", "# C\n");
        Assert.False(site.Build().Succeeded);

        Assert.Equal(before, Snapshot.Of(site.Output));
    }

    [Fact]
    public void A_failed_build_leaves_no_staging_folder_behind()
    {
        using var site = Course();
        site.BuildClean();

        site.Write("lessons/02-b.md", "```{note}\n:bogus: 1\n```\n");
        Assert.False(site.Build().Succeeded);

        Assert.Empty(Leftovers(site));
    }

    [Fact]
    public void A_successful_build_leaves_no_staging_folder_behind()
    {
        using var site = Course();
        site.BuildClean();
        site.BuildClean();

        // Beside the output, only the cache that makes the next build incremental.
        Assert.Equal([".sitegen-cache", "content", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_successful_rebuild_replaces_the_whole_output()
    {
        using var site = Course();
        site.BuildClean();

        File.Delete(Path.Combine(site.Content, "lessons/02-b.md"));
        site.Write("lessons/03-c.md", "# C\n");
        site.BuildClean();

        var files = site.OutputFiles();
        Assert.DoesNotContain("lessons/b/index.html", files);
        Assert.Contains("lessons/c/index.html", files);
    }

    [Fact]
    public void A_folder_that_sitegen_did_not_write_is_not_replaced()
    {
        using var site = Course();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "thesis.tex"), "precious");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.StartsWith("sitegen: error SG1601: refusing to replace", site.Diagnostic("SG1601"));
        Assert.Equal(["thesis.tex"], site.OutputFiles());
        Assert.Equal("precious", File.ReadAllText(Path.Combine(site.Output, "thesis.tex")));
    }

    [Fact]
    public void An_empty_folder_may_be_used_for_the_output()
    {
        using var site = Course();
        Directory.CreateDirectory(site.Output);

        site.BuildClean();

        Assert.Contains("index.html", site.OutputFiles());
    }

    [Fact]
    public void The_output_folder_may_be_nested_in_folders_that_do_not_exist_yet()
    {
        using var site = Course();
        var output = Path.Combine(site.Root, "build", "site", "public");

        var result = site.Build(output: output);

        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(output, "lessons/a/index.html")));
    }

    [Fact]
    public void An_output_path_with_a_trailing_slash_is_the_same_folder()
    {
        using var site = Course();
        site.BuildClean();

        var result = site.Build(output: site.Output + Path.DirectorySeparatorChar);

        Assert.True(result.Succeeded, string.Join('\n', site.Lines(result)));
        Assert.Contains("lessons/a/index.html", site.OutputFiles());
        // Beside the output, only the cache that makes the next build incremental.
        Assert.Equal([".sitegen-cache", "content", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("robots.txt")]
    [InlineData("404.html")]
    [InlineData("lessons/a/index.html")]
    public void A_content_file_where_the_build_writes_a_file_is_an_error_at_that_file(string path)
    {
        using var site = Course();
        site.BuildClean();
        var before = Snapshot.Of(site.Output);
        site.Write(path, "mine");

        Assert.False(site.Build().Succeeded);

        Assert.StartsWith($"content/{path}(1,1): error SG1102: ", site.Diagnostic("SG1102"));
        Assert.Equal(before, Snapshot.Of(site.Output));
        Assert.Empty(Leftovers(site));
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: T\nbase_url: https://example.org/\n",
            ["index.md"] = "# Home\n\nSee [A](lessons/01-a.md).\n",
            ["lessons/01-a.md"] = "# A\n\n## One\n\n```{note}\nText $x^2$.\n```\n",
            ["lessons/02-b.md"] = "# B\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
            ["guide/index.md"] = "# Guide\n", ["guide/setup.md"] = "# Setup\n",
            ["img/x.svg"] = "<svg/>",
        });
        site.BuildClean();
        var first = Snapshot.Of(site.Output);
        var second = Path.Combine(site.Root, "again");

        Assert.True(site.Build(output: second).Succeeded);

        Assert.Equal(first, Snapshot.Of(second));
    }
}
