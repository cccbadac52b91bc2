using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

public class FrontMatterTests
{
    private static (FrontMatter Meta, string Markdown, List<string> Diagnostics) Split(string text)
    {
        var bag = new DiagnosticBag();
        var (meta, markdown) = FrontMatter.Split(new SourceFile("/site/content/page.md", "page.md", text), bag);
        return (meta, markdown, bag.Items.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Reads_every_known_key()
    {
        var (meta, _, diagnostics) = Split("""
            ---
            title: Slopes
            description: "From slope to gradient"
            weight: 3
            slug: slope
            draft: true
            ---
            Body
            """);

        Assert.Empty(diagnostics);
        Assert.Equal("Slopes", meta.Title);
        Assert.Equal("From slope to gradient", meta.Description);
        Assert.Equal(3, meta.Weight);
        Assert.Equal("slope", meta.Slug);
        Assert.True(meta.Draft);
    }

    [Fact]
    public void Absent_keys_are_unset_and_pages_are_not_drafts()
    {
        var (meta, _, diagnostics) = Split("---\ntitle: A\n---\n");

        Assert.Empty(diagnostics);
        Assert.Null(meta.Description);
        Assert.Null(meta.Weight);
        Assert.Null(meta.Slug);
        Assert.False(meta.Draft);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_Markdown()
    {
        var (meta, markdown, diagnostics) = Split("# Title\n\ntext\n");

        Assert.Empty(diagnostics);
        Assert.Same(FrontMatter.None, meta);
        Assert.Equal("# Title\n\ntext\n", markdown);
    }

    [Fact]
    public void Front_matter_lines_are_blanked_so_body_lines_keep_their_file_line_numbers()
    {
        var (meta, markdown, _) = Split("---\ntitle: A\nweight: 2\n---\nfirst body line\n");

        Assert.Equal(5, meta.BodyStartLine);
        Assert.Equal("first body line", markdown.Split('\n')[4]);
        Assert.DoesNotContain("title", markdown);
    }

    [Fact]
    public void Front_matter_may_end_with_a_yaml_document_end_marker()
    {
        var (meta, markdown, diagnostics) = Split("---\ntitle: A\n...\nbody\n");

        Assert.Empty(diagnostics);
        Assert.Equal("A", meta.Title);
        Assert.Equal("body", markdown.Split('\n')[3]);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_the_key_with_a_suggestion()
    {
        var (meta, _, diagnostics) = Split("---\ntitle: A\n  \ndescripton: typo\n---\n");

        var warning = Assert.Single(diagnostics);
        Assert.StartsWith("page.md(4,1): warning SG1011: ", warning);
        Assert.Contains("'descripton'", warning);
        Assert.Contains("did you mean 'description'?", warning);
        Assert.Equal("A", meta.Title);
    }

    [Fact]
    public void An_unknown_key_far_from_every_known_key_gets_no_suggestion()
    {
        var (_, _, diagnostics) = Split("---\nauthors: me\n---\n");

        var warning = Assert.Single(diagnostics);
        Assert.StartsWith("page.md(2,1): warning SG1011: ", warning);
        Assert.DoesNotContain("did you mean", warning);
    }

    [Fact]
    public void A_weight_that_is_not_a_number_is_an_error_at_the_value()
    {
        var (meta, _, diagnostics) = Split("---\ntitle: A\nweight: abc\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.StartsWith("page.md(3,9): error SG1012: ", error);
        Assert.Contains("'weight' must be a whole number, not 'abc'", error);
        Assert.Null(meta.Weight);
    }

    [Fact]
    public void A_draft_flag_that_is_not_a_boolean_is_an_error_at_the_value()
    {
        var (_, _, diagnostics) = Split("---\ndraft: maybe\n---\n");

        Assert.StartsWith("page.md(2,8): error SG1012: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_title_given_as_a_list_is_an_error()
    {
        var (_, _, diagnostics) = Split("---\ntitle:\n  - a\n  - b\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Contains("error SG1012: 'title' must be text, not a list", error);
        Assert.StartsWith("page.md(3,", error);
    }

    [Fact]
    public void A_slug_with_characters_that_do_not_belong_in_a_url_is_an_error_at_the_value()
    {
        var (_, _, diagnostics) = Split("---\nslug: My Slug\n---\n");

        Assert.StartsWith("page.md(2,7): error SG1014: ", Assert.Single(diagnostics));
    }

    [Fact]
    public void Front_matter_without_a_closing_line_is_an_error_at_the_first_line()
    {
        var (meta, _, diagnostics) = Split("---\ntitle: A\n\n# Heading\n");

        Assert.StartsWith("page.md(1,1): error SG1101: ", Assert.Single(diagnostics));
        Assert.Same(FrontMatter.None, meta);
    }

    [Fact]
    public void Broken_yaml_is_an_error_at_its_line_in_the_file()
    {
        var (_, _, diagnostics) = Split("---\ntitle: A\ndescription: a: b\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Matches(@"^page\.md\(3,\d+\): error SG1010: invalid YAML: ", error);
    }

    [Fact]
    public void A_duplicated_key_is_a_yaml_error()
    {
        var (_, _, diagnostics) = Split("---\ntitle: A\ntitle: B\n---\n");

        Assert.Contains(diagnostics, d => d.StartsWith("page.md(3,1): error SG1010: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_an_error()
    {
        var (_, _, diagnostics) = Split("---\n- a\n- b\n---\n");

        Assert.StartsWith("page.md(2,1): error SG1012: ", Assert.Single(diagnostics));
    }
}
