using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

public class SiteSettingsTests
{
    private static (SiteSettings? Settings, List<string> Diagnostics) Load(string? siteYml)
    {
        using var site = new TestSite(siteYml: false);
        if (siteYml is not null) site.Write("site.yml", siteYml);
        var bag = new DiagnosticBag();
        var settings = SiteSettings.Load(site.Content, bag);
        return (settings, bag.Items.Select(site.Show).ToList());
    }

    [Fact]
    public void Reads_every_key()
    {
        var (settings, diagnostics) = Load("""
            title: Gradients
            description: A short course
            base_url: https://example.org/course
            repo_url: https://github.com/example/course
            language: de
            author: Ada
            theme: plain
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteSettings("Gradients", "A short course", "https://example.org/course/",
            "https://github.com/example/course", "de", "Ada", "plain"), settings);
    }

    [Fact]
    public void Only_the_title_is_needed_and_the_rest_has_defaults()
    {
        var (settings, diagnostics) = Load("title: Gradients\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteSettings("Gradients", "", "", "", "en", "", "default"), settings);
    }

    [Fact]
    public void Links_outside_the_content_folder_are_refused_unless_allowed()
    {
        Assert.False(Load("title: T\n").Settings!.AllowLinksOutsideContent);
        Assert.True(Load("title: T\nallow_links_outside_content: true\n").Settings!.AllowLinksOutsideContent);
        var (_, diagnostics) = Load("title: T\nallow_links_outside_content: sometimes\n");
        Assert.StartsWith("content/site.yml(2,30): error SG1012: 'allow_links_outside_content' must be true or false", Assert.Single(diagnostics));
    }

    [Fact]
    public void The_base_url_always_ends_with_one_slash()
    {
        var (settings, _) = Load("title: T\nbase_url: https://example.org/course//\n");

        Assert.Equal("https://example.org/course/", settings!.BaseUrl);
    }

    [Fact]
    public void A_missing_site_yml_gives_defaults_titled_after_the_folder()
    {
        var (settings, diagnostics) = Load(null);

        Assert.Empty(diagnostics);
        Assert.True(settings!.IsDefault);
        Assert.Equal(("content", "en", "default", ""), (settings.Title, settings.Language, settings.Theme, settings.BaseUrl));
    }

    [Fact]
    public void A_missing_title_is_an_error()
    {
        var (_, diagnostics) = Load("description: no title\n");

        Assert.StartsWith("content/site.yml(1,1): error SG1013: ", Assert.Single(diagnostics));
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("/course/")]
    [InlineData("ftp://example.org/")]
    public void A_base_url_that_is_not_an_absolute_http_url_is_an_error_at_the_value(string baseUrl)
    {
        var (_, diagnostics) = Load($"title: T\nbase_url: {baseUrl}\n");

        var error = Assert.Single(diagnostics);
        Assert.StartsWith("content/site.yml(2,11): error SG1014: ", error);
        Assert.Contains(baseUrl, error);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_a_suggestion()
    {
        var (settings, diagnostics) = Load("title: T\nbaseurl: https://example.org/\n");

        var warning = Assert.Single(diagnostics);
        Assert.StartsWith("content/site.yml(2,1): warning SG1011: ", warning);
        Assert.Contains("did you mean 'base_url'?", warning);
        Assert.NotNull(settings);
    }

    [Fact]
    public void Broken_yaml_is_an_error_at_its_line()
    {
        var (settings, diagnostics) = Load("title: T\nauthor: [Ada\n");

        Assert.Null(settings);
        Assert.Matches(@"^content/site\.yml\(\d+,\d+\): error SG1010: invalid YAML: ", Assert.Single(diagnostics));
    }
}
