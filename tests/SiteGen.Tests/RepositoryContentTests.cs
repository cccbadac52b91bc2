using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Markdown.Highlighting;

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

    [Fact]
    public void The_authoring_guide_names_every_highlighted_language_by_tags_that_highlight_it()
    {
        var guide = File.ReadAllText(Path.Combine(RepoContent, "guide.md")).ReplaceLineEndings("\n");
        var table = guide[guide.IndexOf("| Language | Names after the fence |", StringComparison.Ordinal)..];
        var rows = table[..table.IndexOf("\n\n", StringComparison.Ordinal)].Split('\n').Skip(2).ToList();
        var tagsByRow = rows.Select(row => Regex.Matches(row.Split('|')[2], "`([^`]+)`").Select(m => m.Groups[1].Value).ToList()).ToList();

        Assert.All(tagsByRow.SelectMany(t => t), tag => Assert.NotNull(CodeLanguages.Find(tag)?.Lexer));
        foreach (var language in CodeLanguages.All.Where(l => l.Lexer is not null))
            Assert.Single(tagsByRow, tags => tags.Any(tag => language.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
    }
}
