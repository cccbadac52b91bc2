namespace SiteGen.Tests.Cli;

/// <summary>The theme compiled into sitegen: a folder of Markdown builds anywhere, with no theme folder and no site.yml.</summary>
public class BuiltInThemeTests
{
    [Fact]
    public void A_folder_of_two_markdown_files_builds_strictly_with_the_built_in_theme_and_a_home_page_listing_them()
    {
        using var site = new TestSite(siteYml: false);
        var notes = Path.Combine(site.Root, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "setup.md"), "# Setting up\n\nThen read [the tips](tips.md).\n");
        File.WriteAllText(Path.Combine(notes, "tips.md"), "# Tips & tricks\n\nBack to [setting up](setup.md).\n");

        var (code, output, error) = Cli.Run("build", "--content", notes, "--out", site.Output, "--strict");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        var lines = Cli.Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("no site.yml: using defaults title 'notes' (the folder's name), language 'en'; ", lines[0]);
        Assert.StartsWith("Built 3 pages into ", lines[1]);
        var home = site.Page("index.html");
        Assert.Equal("notes", TestSite.Title(home));
        var body = TestSite.ExtractBody(home);
        Assert.Contains("""<li><a href="setup/index.html">Setting up</a></li>""", body);
        Assert.Contains("""<li><a href="tips/index.html">Tips &amp; tricks</a></li>""", body);
        Assert.Contains("<html lang=\"en\">", home);
        // The theme's stylesheet came from the binary: no themes folder exists above the test's temporary folder.
        Assert.Contains(site.OutputFiles(), f => f.StartsWith("assets/css/site.", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "themes")));
    }

    [Fact]
    public void Without_site_yml_the_site_is_titled_after_its_home_pages_heading()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Field notes\n\nHello.\n", ["a.md"] = "# A\n" }, siteYml: false);

        var (code, output, _) = Cli.Run("build", "--content", site.Content, "--out", site.Output);

        Assert.Equal(0, code);
        Assert.StartsWith("no site.yml: using defaults title 'Field notes' (the home page's title), ", Cli.Lines(output)[0]);
        Assert.Equal("Field notes", TestSite.Title(site.Page("index.html")));
        Assert.Equal("A · Field notes", TestSite.Title(site.Page("a/index.html")));
    }

    [Fact]
    public void A_themes_folder_beside_the_content_overrides_the_built_in_theme()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["index.md"] = "# Home\n" });
        var theme = site.CopyTheme(Path.Combine("themes", "default"));
        File.AppendAllText(Path.Combine(theme, "layouts", "home.html"), "\n<p>from the folder</p>\n");

        var (code, _, error) = Cli.Run("build", "--content", site.Content, "--out", site.Output);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("<p>from the folder</p>", site.Page("index.html"));
    }

    [Fact]
    public void The_course_builds_byte_for_byte_the_same_with_the_built_in_theme_and_with_the_themes_folder()
    {
        using var site = new TestSite(siteYml: false);
        // A copy outside the repository, where no themes folder is found: the built-in theme is used.
        var content = Path.Combine(site.Root, "course");
        foreach (var file in TestSite.FilesUnder(Path.Combine(TestSite.RepoRoot, "content")))
        {
            var to = Path.Combine(content, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(TestSite.RepoRoot, "content", file), to);
        }
        var builtIn = Path.Combine(site.Root, "built-in");
        var folder = Path.Combine(site.Root, "folder");

        var first = Cli.Run("build", "--content", content, "--out", builtIn, "--strict", "--no-cache");
        var second = Cli.Run("build", "--content", content, "--out", folder, "--strict", "--no-cache", "--theme", TestSite.DefaultTheme);

        Assert.Equal((0, ""), (first.Code, first.Err));
        Assert.Equal((0, ""), (second.Code, second.Err));
        var files = TestSite.FilesUnder(builtIn);
        Assert.Equal(files, TestSite.FilesUnder(folder));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(builtIn, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, f))), f));
    }
}
