namespace SiteGen.Tests.Cli;

public class InitCommandTests
{
    [Fact]
    public void A_new_site_builds_strictly_as_it_is_and_its_home_page_links_the_first_lesson()
    {
        using var temp = new TestSite(siteYml: false);
        var root = Path.Combine(temp.Root, "my-course");

        var init = Cli.Run("init", root);

        Assert.Equal((0, ""), (init.Code, init.Err));
        Assert.Equal(
            [".github/workflows/pages.yml", ".gitignore", "content/index.md", "content/lessons/01-first-lesson.md", "content/site.yml"],
            TestSite.FilesUnder(root));
        Assert.Contains("title: \"My course\"", File.ReadAllText(Path.Combine(root, "content", "site.yml")));
        var output = Path.Combine(root, "output");
        var build = Cli.Run("build", "--content", Path.Combine(root, "content"), "--out", output, "--strict");
        Assert.Equal((0, ""), (build.Code, build.Err));
        Assert.Matches(@"^Built 2 pages and 1 figure \(1 drawn, 0 from the cache\) into ", build.Out);

        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("""<a href="lessons/first-lesson/index.html">first lesson</a>""", TestSite.ExtractBody(home));
        var lesson = TestSite.ExtractBody(File.ReadAllText(Path.Combine(output, "lessons", "first-lesson", "index.html")));
        // The definition's value cited in a sentence, and the plot drawn as SVG and PNG beside the page.
        Assert.Contains("f′(a) = <span", lesson);
        Assert.Contains(">6</span>", lesson);
        Assert.True(File.Exists(Path.Combine(output, "lessons", "first-lesson", "tangent.png")));
    }

    [Fact]
    public void The_new_sites_workflow_installs_this_version_of_the_tool_builds_strictly_and_deploys_to_pages()
    {
        using var temp = new TestSite(siteYml: false);
        var root = Path.Combine(temp.Root, "site");

        Assert.Equal(0, Cli.Run("init", root).Code);

        var workflow = File.ReadAllText(Path.Combine(root, ".github", "workflows", "pages.yml"));
        Assert.Contains($"dotnet tool install --global SiteGen --version {SiteGen.Cli.InitCommand.Version}", workflow);
        Assert.Matches(@"^\d+\.\d+\.\d+", SiteGen.Cli.InitCommand.Version);
        Assert.Contains("run: sitegen build --strict --base-url \"${{ steps.pages.outputs.base_url }}/\"", workflow);
        Assert.Contains("uses: actions/upload-pages-artifact@v3", workflow);
        Assert.Contains("uses: actions/deploy-pages@v4", workflow);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        using var temp = new TestSite(siteYml: false);
        var root = Path.Combine(temp.Root, "busy");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "notes.txt"), "mine");

        var (code, output, error) = Cli.Run("init", root);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"sitegen: error SG1602: folder '{root}' is not empty (it holds 'notes.txt'); sitegen init writes only into a new or empty folder, "
            + "so nothing is overwritten: give it another, such as: sitegen init my-site", Assert.Single(Cli.Lines(error)));
        Assert.Equal(["notes.txt"], TestSite.FilesUnder(root));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(root, "notes.txt")));
    }

    [Fact]
    public void A_folder_holding_only_a_git_repository_is_empty_enough()
    {
        using var temp = new TestSite(siteYml: false);
        var root = Path.Combine(temp.Root, "repo");
        Directory.CreateDirectory(Path.Combine(root, ".git"));

        Assert.Equal(0, Cli.Run("init", root).Code);
        Assert.True(File.Exists(Path.Combine(root, "content", "site.yml")));
    }
}
