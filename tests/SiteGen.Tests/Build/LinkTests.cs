using System.Text.RegularExpressions;

namespace SiteGen.Tests.Build;

/// <summary>Links between source files become relative links between pages; broken ones are reported.</summary>
public class LinkTests
{
    private static string HrefOf(string body, string text) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(body, $"<a href=\"([^\"]*)\">{Regex.Escape(text)}</a>").Groups[1].Value);

    private static TestSite Lessons(string firstLesson) => new(new Dictionary<string, string>
    {
        ["index.md"] = "# Home\n",
        ["lessons/01-a.md"] = firstLesson,
        ["lessons/02-b.md"] = "---\ntitle: B\n---\n\n## Second part\n\nText.\n",
        ["lessons/03-c.md"] = "---\ntitle: C\nslug: sea\n---\n",
        ["files/notes.pdf"] = "%PDF",
    });

    [Fact]
    public void A_link_to_another_lesson_file_becomes_a_relative_link_to_its_page()
    {
        using var site = Lessons("# A\n\nSee [b](02-b.md#second-part).\n");
        site.BuildClean();

        var href = HrefOf(site.Body("lessons/a/index.html"), "b");
        Assert.DoesNotContain(".md", href);
        Assert.False(href.StartsWith('/'), href);
        Assert.Equal("lessons/b/index.html#second-part", TestSite.Resolve("lessons/a/index.html", href));
    }

    [Fact]
    public void A_link_to_a_page_with_a_slug_goes_to_the_slug()
    {
        using var site = Lessons("# A\n\nSee [c](./03-c.md).\n");
        site.BuildClean();

        Assert.Equal("lessons/sea/index.html", TestSite.Resolve("lessons/a/index.html", HrefOf(site.Body("lessons/a/index.html"), "c")));
    }

    [Fact]
    public void Links_from_the_home_page_and_back_up_to_it_are_relative()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["index.md"] = "# Home\n\nStart with [a](lessons/01-a.md).\n",
            ["lessons/01-a.md"] = "# A\n\nBack [home](../index.md).\n",
        });
        site.BuildClean();

        Assert.Equal("lessons/a/index.html", TestSite.Resolve("index.html", HrefOf(site.Body("index.html"), "a")));
        Assert.Equal("index.html", TestSite.Resolve("lessons/a/index.html", HrefOf(site.Body("lessons/a/index.html"), "home")));
    }

    [Fact]
    public void A_link_to_a_static_file_is_relative_and_the_file_is_published()
    {
        using var site = Lessons("# A\n\nThe [notes](../files/notes.pdf).\n");
        site.BuildClean();

        var target = TestSite.Resolve("lessons/a/index.html", HrefOf(site.Body("lessons/a/index.html"), "notes"));
        Assert.Equal("files/notes.pdf", target);
        Assert.Equal("%PDF", File.ReadAllText(Path.Combine(site.Output, target!)));
    }

    [Fact]
    public void An_image_is_linked_relative_to_the_page()
    {
        using var site = Lessons("# A\n\n![plot](../files/notes.pdf)\n");
        site.BuildClean();

        var src = Regex.Match(site.Body("lessons/a/index.html"), "<img src=\"([^\"]*)\"").Groups[1].Value;
        Assert.Equal("files/notes.pdf", TestSite.Resolve("lessons/a/index.html", src));
    }

    [Fact]
    public void Reference_style_links_and_links_in_tables_and_headings_are_rewritten_too()
    {
        using var site = Lessons("# A\n\nSee [b][ref].\n\n| link |\n|---|\n| [in a table](02-b.md) |\n\n## About [c](03-c.md)\n\n[ref]: 02-b.md#second-part\n");
        site.BuildClean();

        var body = site.Body("lessons/a/index.html");
        Assert.Equal("lessons/b/index.html#second-part", TestSite.Resolve("lessons/a/index.html", HrefOf(body, "b")));
        Assert.Equal("lessons/b/index.html", TestSite.Resolve("lessons/a/index.html", HrefOf(body, "in a table")));
        Assert.Equal("lessons/sea/index.html", TestSite.Resolve("lessons/a/index.html", HrefOf(body, "c")));
    }

    [Theory]
    [InlineData("https://example.org/x.md")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("#local")]
    public void External_and_in_page_links_are_left_as_written(string url)
    {
        using var site = Lessons($"# A\n\n## Local\n\n[x]({url})\n");
        site.BuildClean();

        Assert.Equal(url, HrefOf(site.Body("lessons/a/index.html"), "x"));
    }

    [Fact]
    public void A_link_to_a_missing_page_is_a_warning_at_the_link_with_a_suggestion()
    {
        using var site = Lessons("# A\n\nIntro.\n\nSee [b](02-bb.md).\n");
        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = site.Diagnostic("SG1301");
        Assert.StartsWith("content/lessons/01-a.md(5,5): warning SG1301: ", warning);
        Assert.Contains("did you mean 'lessons/02-b.md'?", warning);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_a_warning_at_the_link_with_a_suggestion()
    {
        using var site = Lessons("# A\n\nSee [b](02-b.md#second-prat).\n");
        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = site.Diagnostic("SG1302");
        Assert.StartsWith("content/lessons/01-a.md(3,5): warning SG1302: ", warning);
        Assert.Contains("did you mean 'second-part'?", warning);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_in_the_same_page_is_a_warning()
    {
        using var site = Lessons("# A\n\n## Setup\n\nAs in [setup](#set-up).\n");
        site.Build();

        Assert.StartsWith("content/lessons/01-a.md(5,7): warning SG1302: ", site.Diagnostic("SG1302"));
    }

    [Fact]
    public void A_link_to_a_missing_static_file_is_a_warning()
    {
        using var site = Lessons("# A\n\n![plot](plot.png)\n");
        site.Build();

        Assert.StartsWith("content/lessons/01-a.md(3,1): warning SG1301: ", site.Diagnostic("SG1301"));
    }

    [Fact]
    public void A_link_out_of_the_content_folder_is_a_warning()
    {
        using var site = Lessons("# A\n\n[x](../../../etc/passwd)\n");
        site.Build();

        Assert.Contains("outside the content folder", site.Diagnostic("SG1301"));
    }

    [Fact]
    public void Under_strict_a_broken_link_is_an_error_and_the_build_fails()
    {
        using var site = Lessons("# A\n\nSee [b](02-b.md#nope) and [x](gone.md).\n");
        var result = site.Build(strict: true);

        Assert.False(result.Succeeded);
        Assert.StartsWith("content/lessons/01-a.md(3,5): error SG1302: ", site.Diagnostic("SG1302"));
        Assert.StartsWith("content/lessons/01-a.md(3,27): error SG1301: ", site.Diagnostic("SG1301"));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Under_strict_a_broken_link_leaves_the_previous_output_untouched()
    {
        using var site = Lessons("# A\n");
        site.BuildClean();
        var before = Snapshot.Of(site.Output);

        site.Write("lessons/01-a.md", "# A changed\n\n[x](gone.md)\n");
        Assert.False(site.Build(strict: true).Succeeded);

        Assert.Equal(before, Snapshot.Of(site.Output));
    }
}
