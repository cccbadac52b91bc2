using SiteGen.Content;

namespace SiteGen.Tests.Content;

public class SlugsTests
{
    [Theory]
    [InlineData("Gradients of ReLU!", "gradients-of-relu")]
    [InlineData("activations", "activations")]
    [InlineData("  Many   spaces -- and dashes  ", "many-spaces-and-dashes")]
    [InlineData("C# & F#: 2 languages", "c-f-2-languages")]
    [InlineData("snake_case_name", "snake-case-name")]
    [InlineData("日本語", "")]
    [InlineData("", "")]
    [InlineData("mkdocs-2.0", "mkdocs-2.0")]
    [InlineData("Version 2.0 notes.", "version-2.0-notes")]
    [InlineData("a . b", "a-b")]
    public void From_makes_lowercase_ascii_words_joined_by_single_hyphens(string text, string slug) =>
        Assert.Equal(slug, Slugs.From(text));

    [Theory]
    [InlineData("02-activations", "activations", 2)]
    [InlineData("10_loss", "loss", 10)]
    [InlineData("3.chain-rule", "chain-rule", 3)]
    [InlineData("007-bond", "bond", 7)]
    [InlineData("99999999999-big", "big", null)]
    [InlineData("activations", "activations", null)]
    [InlineData("2024", "2024", null)]
    [InlineData("2d-plots", "2d-plots", null)]
    [InlineData("x-02", "x-02", null)]
    public void SplitOrderPrefix_separates_a_leading_number_from_the_name(string stem, string name, int? order) =>
        Assert.Equal((name, order), Slugs.SplitOrderPrefix(stem));

    [Theory]
    [InlineData("activations", true)]
    [InlineData("chain-rule-2", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("Activations", false)]
    [InlineData("chain rule", false)]
    [InlineData("chain_rule", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("café", false)]
    [InlineData("mkdocs-2.0", true)]
    [InlineData("v1.2.3", true)]
    [InlineData(".hidden", false)]
    [InlineData("end.", false)]
    [InlineData("a..b", false)]
    [InlineData("notes.md", false)]
    [InlineData("notes.html", false)]
    public void IsValid_accepts_only_lowercase_letters_digits_and_inner_hyphens_and_dots(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));

    [Fact]
    public void A_slug_that_ends_like_a_page_file_says_what_to_write() =>
        Assert.Equal("slug 'notes.md' ends in '.md', which makes its address look like a file; write 'notes'", Slugs.Problem("notes.md"));
}
