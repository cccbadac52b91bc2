using SiteGen.Build;

namespace SiteGen.Tests.Golden;

/// <summary>
/// Small sites under Fixtures/NAME/content, built with the repository's default theme, compared
/// with Fixtures/NAME/expected: the list of output files (theme assets left out, as their names
/// follow the theme's content), the diagnostics, and the rendered Markdown body of every page.
/// Run with SITEGEN_UPDATE_GOLDEN=1 to rewrite the expected files after an intended change.
/// </summary>
public class GoldenTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Fixtures => new() { "course", "handbook", "imported", "calculus", "figures" };

    private static string FixtureDirectory(string name) => Path.Combine(TestSite.RepoRoot, "tests", "SiteGen.Tests", "Fixtures", name);

    /// <summary>What a fixture builds to, as expected-file path → text.</summary>
    private static SortedDictionary<string, string> Render(string name)
    {
        var fixture = FixtureDirectory(name);
        using var temp = new TestSite(siteYml: false);
        var result = new SiteBuilder().Build(new BuildOptions(Path.Combine(fixture, "content"), temp.Output, TestSite.DefaultTheme));
        var diagnostics = result.Diagnostics.Select(d => d.ToString().Replace(fixture.Replace('\\', '/') + "/", ""));
        Assert.True(result.Succeeded, string.Join('\n', diagnostics));

        var files = temp.OutputFiles().Where(f => !f.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        var rendered = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["files.txt"] = string.Join("", files.Select(f => f + "\n")),
            ["diagnostics.txt"] = string.Join("", diagnostics.Select(d => d + "\n")),
        };
        foreach (var page in files.Where(f => f.EndsWith("index.html", StringComparison.Ordinal)))
            rendered["body/" + page] = temp.Body(page) + "\n";
        // Figures are compared by structure, not coordinates, so a new font rasteriser cannot fail them.
        foreach (var svg in files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)))
            rendered["svg/" + svg + ".txt"] = SvgOutline.Of(File.ReadAllText(Path.Combine(temp.Output, svg)));
        return rendered;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_site_renders_as_expected(string name)
    {
        var expectedDirectory = Path.Combine(FixtureDirectory(name), "expected");
        var actual = Render(name);

        if (Update)
        {
            if (Directory.Exists(expectedDirectory)) Directory.Delete(expectedDirectory, recursive: true);
            foreach (var (path, text) in actual)
            {
                var target = Path.Combine(expectedDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }
        }

        Assert.True(Directory.Exists(expectedDirectory), $"no expected files for '{name}'; run with SITEGEN_UPDATE_GOLDEN=1 to create them");
        Assert.Equal(TestSite.FilesUnder(expectedDirectory), actual.Keys);
        foreach (var (path, text) in actual)
            Assert.True(File.ReadAllText(Path.Combine(expectedDirectory, path)) == text,
                $"Fixtures/{name}/expected/{path} differs from the build; if the change is intended, run with SITEGEN_UPDATE_GOLDEN=1\n--- expected\n{File.ReadAllText(Path.Combine(expectedDirectory, path))}\n--- actual\n{text}");
    }
}
