using System.Reflection;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// The layers of architecture.md, checked on the compiled assemblies: the site library never
/// reaches up into the command line, so nobody adds a shortcut by accident.
/// </summary>
public class LayeringTests
{
    private static IReadOnlyList<string> ReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

    [Fact]
    public void The_site_library_knows_nothing_of_the_command_line()
    {
        var references = ReferencesOf(typeof(SiteGen.Build.SiteBuilder).Assembly);
        Assert.DoesNotContain("sitegen", references, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("System.CommandLine", references);
    }

    [Fact]
    public void The_command_line_builds_through_the_site_library()
    {
        var references = ReferencesOf(typeof(SiteGen.Cli.CliApp).Assembly);
        Assert.Contains("SiteGen.Core", references);
        Assert.DoesNotContain("Markdig", references);
        Assert.DoesNotContain("Scriban.Signed", references);
    }

    [Fact]
    public void The_lesson_language_knows_nothing_of_markdown_html_or_the_site()
    {
        var references = ReferencesOf(typeof(SiteGen.Compute.Syntax.Parser).Assembly);
        Assert.DoesNotContain("SiteGen.Core", references);
        Assert.DoesNotContain("Markdig", references);
        Assert.DoesNotContain("Scriban.Signed", references);
        Assert.DoesNotContain("YamlDotNet", references);
    }

    [Fact]
    public void Figures_draw_from_plain_numbers_and_know_nothing_of_the_language_or_the_site()
    {
        var references = ReferencesOf(typeof(SiteGen.Figures.Drawing.Scene).Assembly);
        Assert.DoesNotContain("SiteGen.Compute", references);
        Assert.DoesNotContain("SiteGen.Core", references);
        Assert.DoesNotContain("Markdig", references);
        Assert.DoesNotContain("YamlDotNet", references);
    }

    /// <summary>The C# files of one folder of src/SiteGen, with the text of each.</summary>
    private static IEnumerable<(string File, string Text)> SourcesOf(string folder) =>
        Directory.EnumerateFiles(Path.Combine(TestSite.RepoRoot, "src", "SiteGen", folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(TestSite.RepoRoot, f), File.ReadAllText(f)));

    [Fact]
    public void The_markdown_core_knows_no_directive_and_no_build_stage()
    {
        // Directives reach Markdig through their extension; the core only offers the hooks.
        var offending = SourcesOf("Markdown")
            .Where(s => s.Text.Contains("SiteGen.Directives", StringComparison.Ordinal) || s.Text.Contains("SiteGen.Build", StringComparison.Ordinal))
            .Select(s => s.File);
        Assert.Empty(offending);
    }

    [Fact]
    public void Directives_know_nothing_of_the_build_stages()
    {
        var offending = SourcesOf("Directives").Where(s => s.Text.Contains("SiteGen.Build", StringComparison.Ordinal)).Select(s => s.File);
        Assert.Empty(offending);
    }
}
