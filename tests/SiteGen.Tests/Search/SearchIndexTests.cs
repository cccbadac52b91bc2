using CsCheck;
using SiteGen.Build;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

public class SearchIndexTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1";
    private static string Fixture => Path.Combine(TestSite.RepoRoot, "tests", "SiteGen.Tests", "Fixtures", "search");

    private static byte[] BuildFixture(string output)
    {
        var result = new SiteBuilder().Build(new BuildOptions(Path.Combine(Fixture, "content"), output, TestSite.DefaultTheme));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return File.ReadAllBytes(Path.Combine(output, SearchIndex.FileName));
    }

    [Fact]
    public void The_fixture_site_indexes_as_expected()
    {
        using var temp = new TestSite(siteYml: false);
        var actual = IndexDump.Text(BuildFixture(temp.Output));
        var expectedPath = Path.Combine(Fixture, "expected", "search-index.txt");
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }
        Assert.True(File.Exists(expectedPath), "run with SITEGEN_UPDATE_GOLDEN=1 to create Fixtures/search/expected/search-index.txt");
        var expected = File.ReadAllText(expectedPath);
        Assert.True(expected == actual, $"Fixtures/search/expected/search-index.txt differs from the build; if intended, run with SITEGEN_UPDATE_GOLDEN=1\n--- actual\n{actual}");
    }

    [Fact]
    public void Two_builds_write_the_same_bytes()
    {
        using var first = new TestSite(siteYml: false);
        using var second = new TestSite(siteYml: false);
        Assert.Equal(BuildFixture(first.Output), BuildFixture(Path.Combine(second.Root, "elsewhere")));
    }

    [Fact]
    public void A_page_with_search_false_is_left_out()
    {
        using var temp = new TestSite(siteYml: false);
        var sections = IndexDump.Sections(BuildFixture(temp.Output));
        Assert.DoesNotContain(sections, s => s.Text.Contains("zanzibar", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.Url == "lessons/activations/" && s.Heading == "Softplus");
    }

    [Fact]
    public void Computed_values_are_indexed_as_the_page_shows_them_not_as_their_source()
    {
        using var temp = new TestSite(siteYml: false);
        var powers = IndexDump.Sections(BuildFixture(temp.Output)).Single(s => s.Heading == "Powers");
        Assert.Contains("computes 6 for the slope", powers.Text);
        Assert.DoesNotContain("grad(p", powers.Text);
        Assert.Contains("x^2", powers.Text);
    }

    [Fact]
    public void Every_anchor_in_the_index_is_an_id_of_its_page()
    {
        using var temp = new TestSite(siteYml: false);
        foreach (var section in IndexDump.Sections(BuildFixture(temp.Output)).Where(s => s.Anchor.Length > 0))
        {
            var html = File.ReadAllText(Path.Combine(temp.Output, section.Url, "index.html"));
            Assert.Contains($"id=\"{section.Anchor}\"", html);
        }
    }

    // Lesson A ("alpha words", under a heading) and lesson B ("beta words"), built once.
    private static TestSite BuiltTwoLessonSite()
    {
        var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-a.md"] = "---\ntitle: A\n---\n\n## One\n\nalpha words\n",
            ["lessons/02-b.md"] = "---\ntitle: B\n---\n\nbeta words\n",
        });
        Assert.True(site.Build().Succeeded);
        return site;
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_does_not_rewrite_the_index_and_an_edit_updates_it()
    {
        using var site = BuiltTwoLessonSite();
        var path = Path.Combine(site.Output, SearchIndex.FileName);
        var written = File.GetLastWriteTimeUtc(path);
        var again = site.Build();
        Assert.Equal(0, again.FilesWritten);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));

        site.Write("lessons/02-b.md", "---\ntitle: B\n---\n\ngamma words\n");
        Assert.True(site.Build().Succeeded);
        var texts = IndexDump.Sections(File.ReadAllBytes(path)).Select(s => s.Text).ToList();
        Assert.Contains("gamma words", texts);
        Assert.DoesNotContain("beta words", texts);
        Assert.Contains("alpha words", texts);
    }

    [Fact]
    public void Pages_search_text_is_cached_apart_from_the_build_index_and_a_lost_cache_file_costs_a_full_build_not_text()
    {
        using var site = BuiltTwoLessonSite();
        var cache = Path.Combine(site.Root, ".sitegen-cache");
        var texts = Path.Combine(cache, SiteGen.Build.Incremental.SearchTextCache.FileName);
        Assert.DoesNotContain("alpha words", File.ReadAllText(Path.Combine(cache, SiteGen.Build.Incremental.BuildIndex.FileName)));
        Assert.Contains("alpha words", File.ReadAllText(texts));
        var path = Path.Combine(site.Output, SearchIndex.FileName);

        // Page A is reused: its text comes from the cache file.
        site.Write("lessons/02-b.md", "---\ntitle: B\n---\n\ngamma words\n");
        Assert.True(site.Build().Succeeded);
        var sections = IndexDump.Sections(File.ReadAllBytes(path)).Select(s => s.Text).ToList();
        Assert.Contains("alpha words", sections);
        Assert.Contains("gamma words", sections);

        // Without the cache file, page A is rendered again rather than indexed without its text.
        File.Delete(texts);
        site.Write("lessons/02-b.md", "---\ntitle: B\n---\n\ndelta words\n");
        Assert.True(site.Build().Succeeded);
        sections = IndexDump.Sections(File.ReadAllBytes(path)).Select(s => s.Text).ToList();
        Assert.Contains("alpha words", sections);
        Assert.Contains("delta words", sections);
        Assert.DoesNotContain("gamma words", sections);
        Assert.True(File.Exists(texts));
    }

    [Fact]
    public void Id_lists_read_back_as_written()
    {
        Gen.Int[0, 5_000_000].List[0, 50].Sample(values => Assert.Equal(values, IdCode.Decode(IdCode.Encode(values))), iter: 2000);
        Assert.Equal(1, IdCode.Encode([44]).Length);
        Assert.Equal(2, IdCode.Encode([45]).Length);
        Assert.Equal(2, IdCode.Encode([2024]).Length);
    }

    [Fact]
    public void The_index_has_no_escaped_characters_and_the_most_frequent_words_take_one_character()
    {
        var pages = new[] { new SearchPage("Tëst <\"page\">", "p/", [new SearchSection("H", "h", "the the the a b c \\ \"quoted\" & <tag> 'single'")]) };
        var text = System.Text.Encoding.UTF8.GetString(SearchIndex.Write(pages));
        Assert.DoesNotContain("\\u", text);
        var sections = IndexDump.Sections(SearchIndex.Write(pages));
        Assert.Equal("the the the a b c \\ \"quoted\" & <tag> 'single'", sections[0].Text);
        Assert.Equal("Tëst <\"page\">", sections[0].Page);
    }
}
