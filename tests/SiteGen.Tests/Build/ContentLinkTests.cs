using System.Diagnostics;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>
/// Symbolic links and special files in the content folder: no folder an author makes can
/// hang the build, publish what lies outside the content folder, or block on a read.
/// </summary>
public class ContentLinkTests
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    private static TestSite Site() =>
        new(new Dictionary<string, string> { ["index.md"] = "# Home\n", ["lessons/01-a.md"] = "# A\n\nText.\n" });

    private static void Link(TestSite site, string contentPath, string target) =>
        File.CreateSymbolicLink(Path.Combine(site.Content, contentPath), target);

    /// <summary>Builds on another thread, so that a build that hangs fails the test instead of the test run.</summary>
    private static BuildResult BuildWithin(TestSite site, TimeSpan limit)
    {
        var build = Task.Run(() => site.Build());
        Assert.True(build.Wait(limit), $"the build did not finish within {limit.TotalSeconds} s");
        return build.Result;
    }

    /// <summary>Lists the content folder as the build does, timing it: a listing that loops never ends, so a generous bound catches it on any machine.</summary>
    private static (ContentFiles Files, List<string> Diagnostics, TimeSpan Took) Scan(TestSite site, bool allowOutside = false)
    {
        var bag = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        var files = ContentFiles.Scan(site.Content, site.Output, allowOutside, bag);
        return (files, bag.Items.Select(site.Show).ToList(), clock.Elapsed);
    }

    [Fact]
    public void Links_that_lead_back_into_their_folder_are_skipped_with_SG1005_and_the_build_finishes()
    {
        using var site = Site();
        Link(site, "lessons/loop", ".");
        Link(site, "lessons/up", "../lessons");

        var (files, diagnostics, took) = Scan(site);
        Assert.True(took < TimeSpan.FromSeconds(10), $"listing the content folder took {took.TotalMilliseconds} ms");
        Assert.Equal(["index.md", "lessons/01-a.md"], files.Markdown);
        Assert.Equal(
        [
            "content/lessons/loop(1,1): warning SG1005: symbolic link 'loop' leads back to 'lessons/', a folder that holds it, so following it would never end; it is skipped (remove the link)",
            "content/lessons/up(1,1): warning SG1005: symbolic link 'up' leads back to 'lessons/', a folder that holds it, so following it would never end; it is skipped (remove the link)",
        ], diagnostics);

        var result = BuildWithin(site, HangLimit);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.WarningCount);
        Assert.Contains("Text.", site.Body("lessons/a/index.html"));
    }

    [Fact]
    public void A_link_to_itself_is_a_loop_not_a_failure_to_write_the_output()
    {
        using var site = Site();
        Link(site, "lessons/self", "self");

        var result = BuildWithin(site, HangLimit);

        Assert.True(result.Succeeded);
        Assert.StartsWith("content/lessons/self(1,1): warning SG1005: symbolic link 'self' leads around a loop of links", Assert.Single(site.Lines()));
    }

    [Fact]
    public void Links_that_fan_out_to_the_same_folders_list_each_folder_once()
    {
        // Two links to the next level at each of 30 levels, in a folder the walk does not list
        // for itself: 2^30 paths if links were followed blindly.
        using var site = Site();
        for (var level = 0; level < 30; level++)
        {
            site.Write($".levels/d{level}/page{level}.txt", "x");
            if (level == 29) break;
            Link(site, $".levels/d{level}/x", $"../d{level + 1}");
            Link(site, $".levels/d{level}/y", $"../d{level + 1}");
        }
        Link(site, "deep", ".levels/d0");

        var (files, diagnostics, took) = Scan(site);

        Assert.True(took < TimeSpan.FromSeconds(10), $"listing the content folder took {took.TotalMilliseconds} ms");
        Assert.Equal(30, files.Static.Count);
        Assert.Equal("deep/x/x/page2.txt", files.Static[2]);
        Assert.Equal(29, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains(" warning SG1005: symbolic link 'y' leads to 'deep/", d));
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_content_folder_is_an_error_SG1006()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.Combine(site.Root, "private"));
        File.WriteAllText(Path.Combine(site.Root, "private/secret.txt"), "s3cret");
        Link(site, "lessons/shared", Path.Combine(site.Root, "private"));

        var result = BuildWithin(site, HangLimit);

        Assert.False(result.Succeeded);
        Assert.StartsWith("content/lessons/shared(1,1): error SG1006: symbolic link 'shared' leads outside the content folder, to ", site.Diagnostic("SG1006"));
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("/proc/self/environ")]
    [InlineData("/etc/passwd")]
    public void A_link_to_a_file_outside_the_content_folder_is_refused_with_SG1006(string target)
    {
        if (!File.Exists(target)) return;
        using var site = Site();
        Link(site, "lessons/env.txt", target);

        var result = BuildWithin(site, HangLimit);

        Assert.False(result.Succeeded);
        Assert.Contains("content/lessons/env.txt(1,1): error SG1006: symbolic link 'env.txt' leads outside the content folder", site.Diagnostic("SG1006"));
        Assert.Contains("'allow_links_outside_content: true'", site.Diagnostic("SG1006"));
        Assert.False(File.Exists(Path.Combine(site.Output, "lessons/env.txt")));
    }

    [Fact]
    public void A_site_that_allows_links_outside_publishes_what_they_lead_to()
    {
        using var site = Site();
        site.Write("site.yml", "title: T\nallow_links_outside_content: true\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "shared"));
        File.WriteAllText(Path.Combine(site.Root, "shared/data.csv"), "x,y\n");
        File.WriteAllText(Path.Combine(site.Root, "notes.txt"), "notes");
        Link(site, "lessons/shared", Path.Combine(site.Root, "shared"));
        Link(site, "lessons/notes.txt", "../../notes.txt");

        site.BuildClean();

        Assert.Equal("x,y\n", File.ReadAllText(Path.Combine(site.Output, "lessons/shared/data.csv")));
        Assert.Equal("notes", File.ReadAllText(Path.Combine(site.Output, "lessons/notes.txt")));
    }

    [Fact]
    public void Links_inside_the_content_folder_keep_working()
    {
        using var site = Site();
        site.Write(".assets/logo.svg", "<svg/>");
        site.Write("data/points.csv", "1,2\n");
        Link(site, "lessons/logo.svg", "../.assets/logo.svg");
        Link(site, "lessons/points.csv", "../data/points.csv");
        Link(site, "lessons/02-b.md", "01-a.md");
        Link(site, "images", ".assets");

        site.BuildClean();

        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(site.Output, "lessons/logo.svg")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(site.Output, "images/logo.svg")));
        Assert.Equal("1,2\n", File.ReadAllText(Path.Combine(site.Output, "lessons/points.csv")));
        Assert.Contains("Text.", site.Body("lessons/b/index.html"));
    }

    [Fact]
    public void A_second_link_to_a_published_folder_is_skipped_with_SG1005()
    {
        using var site = Site();
        Link(site, "course", "lessons");

        var result = BuildWithin(site, HangLimit);

        Assert.True(result.Succeeded);
        Assert.Equal("content/course(1,1): warning SG1005: symbolic link 'course' leads to 'lessons/', which the site already publishes; " +
            "it is skipped (link to its files instead, or remove the link)", Assert.Single(site.Lines()));
    }

    [Fact]
    public void A_FIFO_in_the_content_folder_is_skipped_with_SG1007_and_never_opened()
    {
        if (!File.Exists("/usr/bin/mkfifo")) return;
        using var site = Site();
        MakeFifo(Path.Combine(site.Content, "lessons/pipe.md"));
        MakeFifo(Path.Combine(site.Content, "pipe.txt"));

        var (_, _, took) = Scan(site);
        var result = BuildWithin(site, HangLimit);

        Assert.True(took < TimeSpan.FromSeconds(10), $"listing the content folder took {took.TotalMilliseconds} ms");
        Assert.True(result.Succeeded);
        Assert.Equal(
        [
            "content/lessons/pipe.md(1,1): warning SG1007: 'pipe.md' is a FIFO (named pipe), not a regular file or folder; it is skipped, never read",
            "content/pipe.txt(1,1): warning SG1007: 'pipe.txt' is a FIFO (named pipe), not a regular file or folder; it is skipped, never read",
        ], site.Lines());
        Assert.False(File.Exists(Path.Combine(site.Output, "pipe.txt")));
    }

    [Fact]
    public void A_link_to_a_device_is_skipped_with_SG1007_even_where_links_outside_are_allowed()
    {
        if (!File.Exists("/dev/zero")) return;
        using var site = Site();
        site.Write("site.yml", "title: T\nallow_links_outside_content: true\n");
        Link(site, "zeros.bin", "/dev/zero");

        var result = BuildWithin(site, HangLimit);

        Assert.True(result.Succeeded);
        Assert.StartsWith("content/zeros.bin(1,1): warning SG1007: 'zeros.bin' is a device, ", Assert.Single(site.Lines()));
    }

    [Fact]
    public void A_dangling_link_is_named_as_one()
    {
        using var site = Site();
        Link(site, "lessons/gone.png", "nowhere.png");

        Assert.False(BuildWithin(site, HangLimit).Succeeded);

        Assert.Equal("content/lessons/gone.png(1,1): error SG1001: symbolic link 'gone.png' leads to 'content/lessons/nowhere.png', " +
            "which does not exist; fix or remove the link", site.Diagnostic("SG1001"));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("/usr/bin/mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
