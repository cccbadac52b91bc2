using SiteGen.Figures.Cards;

namespace SiteGen.Tests.Figures.Cards;

public class TitleLinesTests
{
    // One unit per character keeps the expected lines easy to read.
    private static double Length(string text) => text.Length;

    [Fact]
    public void Words_fill_each_line_as_far_as_it_goes()
    {
        var lines = TitleLines.Wrap("the chain rule at work", 10, Length, out var split);

        Assert.Equal(["the chain", "rule at", "work"], lines);
        Assert.False(split);
    }

    [Fact]
    public void A_word_longer_than_a_line_is_split_and_says_so()
    {
        var lines = TitleLines.Wrap("backpropagation", 6, Length, out var split);

        Assert.Equal(["backpr", "opagat", "ion"], lines);
        Assert.True(split);
    }

    [Fact]
    public void A_line_too_long_is_cut_after_a_whole_word()
    {
        Assert.Equal("the chain…", TitleLines.Ellipsize("the chain rule", 12, Length));
        Assert.Equal("the chain rule", TitleLines.Ellipsize("the chain rule", 14, Length));
    }

    [Fact]
    public void Trailing_punctuation_is_dropped_before_the_ellipsis()
    {
        Assert.Equal("Jacobians…", TitleLines.Ellipsize("Jacobians, products", 12, Length));
    }

    [Fact]
    public void Line_breaks_and_runs_of_spaces_in_a_title_are_word_spaces()
    {
        Assert.Equal(["the chain", "rule"], TitleLines.Wrap("the\nchain   rule", 10, Length, out _));
    }
}
