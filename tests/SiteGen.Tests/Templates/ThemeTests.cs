using System.Text.RegularExpressions;

namespace SiteGen.Tests.Templates;

/// <summary>Theme assets, theme lookup, and what a broken theme reports.</summary>
public class ThemeTests
{
    private static TestSite Course() => new(new Dictionary<string, string> { ["index.md"] = "# Home\n", ["lessons/01-a.md"] = "# A\n" });

    /// <summary>Puts <paramref name="text"/> on its own line at <paramref name="line"/> of a theme file.</summary>
    private static void InsertLine(string theme, string file, int line, string text)
    {
        var path = Path.Combine(theme, file);
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(line - 1, text);
        File.WriteAllLines(path, lines);
    }

    [Fact]
    public void Theme_assets_are_published_under_content_hashed_names()
    {
        using var site = Course();
        site.BuildClean();

        var assets = site.OutputFiles().Where(f => f.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        Assert.Contains(assets, a => Regex.IsMatch(a, @"^assets/css/site\.[0-9a-f]{10}\.css$"));
        Assert.Contains(assets, a => Regex.IsMatch(a, @"^assets/js/theme\.[0-9a-f]{10}\.js$"));
        Assert.All(assets, a => Assert.Matches(@"\.[0-9a-f]{10}\.[a-z0-9]+$", a));
    }

    [Fact]
    public void Pages_link_the_hashed_stylesheet_relative_to_themselves()
    {
        using var site = Course();
        site.BuildClean();

        var css = site.OutputFiles().Single(f => f.StartsWith("assets/css/site.", StringComparison.Ordinal));
        var href = Regex.Match(site.Page("lessons/a/index.html"), "<link rel=\"stylesheet\" href=\"([^\"]*)\"").Groups[1].Value;
        Assert.Equal(css, TestSite.Resolve("lessons/a/index.html", href));
    }

    [Fact]
    public void Changing_an_asset_changes_its_name()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        site.Build(theme: theme);
        var before = site.OutputFiles().Single(f => f.StartsWith("assets/css/site.", StringComparison.Ordinal));

        File.AppendAllText(Path.Combine(theme, "assets/css/site.css"), "\n/* changed */\n");
        site.Build(theme: theme);

        var after = site.OutputFiles().Single(f => f.StartsWith("assets/css/site.", StringComparison.Ordinal));
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Urls_in_a_stylesheet_point_at_the_hashed_names()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        Directory.CreateDirectory(Path.Combine(theme, "assets/fonts"));
        File.WriteAllText(Path.Combine(theme, "assets/fonts/body.woff2"), "font");
        File.AppendAllText(Path.Combine(theme, "assets/css/site.css"),
            "\n@font-face { src: url(\"../fonts/body.woff2?v=1\"); }\n.logo { background: url(../img/favicon.svg); }\n.x { background: url(https://example.org/a.png); }\n");

        Assert.True(site.Build(theme: theme).Succeeded);

        var files = site.OutputFiles();
        var css = File.ReadAllText(Path.Combine(site.Output, files.Single(f => f.StartsWith("assets/css/site.", StringComparison.Ordinal))));
        var font = files.Single(f => f.StartsWith("assets/fonts/body.", StringComparison.Ordinal));
        var icon = files.Single(f => f.StartsWith("assets/img/favicon.", StringComparison.Ordinal));
        Assert.Contains($"url(../fonts/{Path.GetFileName(font)}?v=1)", css);
        Assert.Contains($"url(../img/{Path.GetFileName(icon)})", css);
        Assert.Contains("url(https://example.org/a.png)", css);
    }

    [Fact]
    public void The_theme_named_in_site_yml_is_found_in_a_themes_folder_beside_the_content()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = "title: T\ntheme: custom\n", ["index.md"] = "# Home\n" });
        var theme = site.CopyTheme("themes/custom");
        InsertLine(theme, "layouts/home.html", 1, "<p>custom home</p>");

        var result = new SiteGen.Build.SiteBuilder().Build(new SiteGen.Build.BuildOptions(site.Content, site.Output));

        Assert.True(result.Succeeded, string.Join('\n', site.Lines(result)));
        Assert.Contains("<p>custom home</p>", site.Page("index.html"));
    }

    [Fact]
    public void A_missing_theme_is_an_error()
    {
        using var site = Course();
        var result = site.Build(theme: Path.Combine(site.Root, "no-such-theme"));

        Assert.False(result.Succeeded);
        Assert.StartsWith("sitegen: error SG1501: theme folder ", site.Diagnostic("SG1501"));
    }

    [Fact]
    public void A_missing_layout_is_an_error_naming_it()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        File.Delete(Path.Combine(theme, "layouts/404.html"));

        Assert.False(site.Build(theme: theme).Succeeded);
        Assert.StartsWith("theme/layouts/404.html(1,1): error SG1502: the theme has no layout '404.html'", site.Diagnostic("SG1502"));
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_its_line_in_the_template()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        InsertLine(theme, "layouts/page.html", 3, "<p>{{ if }}</p>");

        Assert.False(site.Build(theme: theme).Succeeded);
        Assert.Contains(site.Lines(), l => l.StartsWith("theme/layouts/page.html(3,", StringComparison.Ordinal) && l.Contains(" error SG1503: "));
    }

    [Fact]
    public void A_template_reading_an_undefined_variable_is_an_error_at_the_template_line()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        InsertLine(theme, "layouts/home.html", 2, "<p>{{ subtitle }}</p>");

        Assert.False(site.Build(theme: theme).Succeeded);
        var error = site.Diagnostic("SG1504");
        Assert.StartsWith("theme/layouts/home.html(2,7): error SG1504: ", error);
        Assert.Contains("subtitle", error);
    }

    [Fact]
    public void A_template_reading_a_member_the_page_does_not_have_is_an_error()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        InsertLine(theme, "layouts/home.html", 2, "<p>{{ page.subtitle }}</p>");

        Assert.False(site.Build(theme: theme).Succeeded);
        Assert.StartsWith("theme/layouts/home.html(2,", site.Diagnostic("SG1504"));
    }

    [Fact]
    public void A_template_asking_for_an_asset_the_theme_lacks_is_an_error_with_a_suggestion()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        InsertLine(theme, "layouts/home.html", 1, "{{ asset \"css/sit.css\" }}");

        Assert.False(site.Build(theme: theme).Succeeded);
        var error = site.Diagnostic("SG1504");
        Assert.StartsWith("theme/layouts/home.html(1,", error);
        Assert.Contains("did you mean 'css/site.css'?", error);
    }

    [Fact]
    public void A_template_error_is_reported_once_however_many_pages_use_the_layout()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "# A\n", ["lessons/02-b.md"] = "# B\n", ["lessons/03-c.md"] = "# C\n",
        });
        var theme = site.CopyTheme();
        InsertLine(theme, "layouts/lesson.html", 1, "{{ nope }}");

        Assert.False(site.Build(theme: theme).Succeeded);
        Assert.StartsWith("theme/layouts/lesson.html(1,4): error SG1504: ", Assert.Single(site.Lines()));
    }

    [Fact]
    public void A_template_error_leaves_the_previous_output_untouched()
    {
        using var site = Course();
        var theme = site.CopyTheme();
        site.Build(theme: theme);
        var before = Snapshot.Of(site.Output);

        InsertLine(theme, "layouts/lesson.html", 1, "{{ nope }}");
        Assert.False(site.Build(theme: theme).Succeeded);

        Assert.Equal(before, Snapshot.Of(site.Output));
    }
}
