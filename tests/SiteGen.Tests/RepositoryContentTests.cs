using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>The repository's own site: the course in content/, built with themes/default.</summary>
public class RepositoryContentTests
{
    private static string RepoContent => Path.Combine(TestSite.RepoRoot, "content");

    [Fact]
    public void The_repository_content_builds_strictly_without_a_single_diagnostic()
    {
        using var site = new TestSite(siteYml: false);
        var result = new SiteBuilder().Build(new BuildOptions(RepoContent, site.Output, Strict: true));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void The_authoring_guide_lists_every_diagnostic_code()
    {
        using var site = new TestSite(siteYml: false);
        site.Write("site.yml", File.ReadAllText(Path.Combine(RepoContent, "site.yml")));
        site.Write("guide.md", File.ReadAllText(Path.Combine(RepoContent, "guide.md")));
        site.Build();

        var guide = site.Page("guide/index.html");
        Assert.All(DiagnosticCodes.Catalog.Keys, code => Assert.Contains(code, guide));
    }
}
