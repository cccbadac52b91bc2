using SiteGen.Figures.Cards;
using SiteGen.Figures.Drawing;
using SiteGen.Tests.Figures.Drawing;
using SkiaSharp;

namespace SiteGen.Tests.Figures.Cards;

public class SocialCardTests
{
    private const string Course = "Gradients by hand and by machine";
    private const string LongTitle =
        "A very long title that goes on and on about the chain rule, Jacobians, vector–Jacobian products, " +
        "reverse-mode accumulation, checkpointing and every other trick for saving memory";

    private static List<TextItem> Texts(Scene card, string itemClass) =>
        card.Items.OfType<TextItem>().Where(t => t.Class == itemClass).ToList();

    private static double RightEdge(TextItem text) => text.At.X + ThemeFont.Font.Measure(text.Text, text.Size, text.Bold);

    [Fact]
    public void A_card_is_1200_by_630_pixels()
    {
        var card = SocialCard.Draw("Backpropagation", Course, "Lesson 2", SampleScenes.Chart(), ThemeFont.Font);
        using var bitmap = SKBitmap.Decode(PngWriter.Write(card, ThemeFont.Font, scale: 1));

        Assert.Equal((1200.0, 630.0), (card.Width, card.Height));
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        Assert.Equal((1200, 630), (SKBitmap.Decode(SocialCard.Png("Backpropagation", Course, null, null, ThemeFont.Font)).Width, 630));
    }

    [Fact]
    public void A_short_title_is_set_large_on_one_line()
    {
        var card = SocialCard.Draw("Backpropagation", Course, null, null, ThemeFont.Font);

        var title = Assert.Single(Texts(card, "title"));
        Assert.Equal("Backpropagation", title.Text);
        Assert.True(title.Size >= 60);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_long_title_wraps_to_at_most_three_lines_that_stay_inside_the_card(bool withFigure)
    {
        var card = SocialCard.Draw(LongTitle, Course, "Lesson 12", withFigure ? SampleScenes.Chart() : null, ThemeFont.Font);
        var lines = Texts(card, "title");
        var panelLeft = card.Items.Where(i => i.Class == "panel").OfType<PathItem>().Select(p => p.Pieces[0].Min(q => q.X)).DefaultIfEmpty(card.Width).Single();

        Assert.InRange(lines.Count, 2, 3);
        Assert.All(lines, line => Assert.True(RightEdge(line) <= Math.Min(panelLeft, card.Width) - 24, $"'{line.Text}' runs to {RightEdge(line)}"));
        Assert.All(lines, line => Assert.InRange(line.At.Y, line.Size, card.Height - 24));
        Assert.EndsWith("…", lines[^1].Text);
    }

    [Fact]
    public void A_title_that_fits_is_never_cut_short()
    {
        const string title = "Why the gradient points uphill: the steepest ascent direction and its length";
        var card = SocialCard.Draw(title, Course, "Lesson 2", SampleScenes.Chart(), ThemeFont.Font);

        Assert.Equal(title, string.Join(' ', Texts(card, "title").Select(t => t.Text)));
    }

    [Fact]
    public void The_label_and_course_name_are_shown_and_the_label_is_optional()
    {
        var labelled = SocialCard.Draw("Backpropagation", Course, "Lesson 2", null, ThemeFont.Font);
        var plain = SocialCard.Draw("Backpropagation", Course, null, null, ThemeFont.Font);

        Assert.Equal("Lesson 2", Assert.Single(Texts(labelled, "label")).Text);
        Assert.Empty(Texts(plain, "label"));
        Assert.Equal(Course, Assert.Single(Texts(plain, "site")).Text);
    }

    [Fact]
    public void The_figure_is_scaled_to_fit_its_panel()
    {
        var figure = SampleScenes.Chart();
        var card = SocialCard.Draw("Backpropagation", Course, null, figure, ThemeFont.Font);

        var group = Assert.Single(card.Items.OfType<GroupItem>());
        var panel = card.Items.OfType<PathItem>().Single(p => p.Class == "panel").Pieces[0];
        Assert.Same(figure.Items, group.Items);
        Assert.True(group.Offset.X >= panel.Min(p => p.X) && group.Offset.X + figure.Width * group.Scale <= panel.Max(p => p.X));
        Assert.True(group.Offset.Y >= panel.Min(p => p.Y) && group.Offset.Y + figure.Height * group.Scale <= panel.Max(p => p.Y));
    }

    [Fact]
    public void The_card_s_own_text_is_in_fixed_light_inks_whatever_the_reader_s_theme()
    {
        var card = SocialCard.Draw("Backpropagation", Course, "Lesson 2", null, ThemeFont.Font);

        Assert.All(card.Items.OfType<TextItem>(), t => Assert.False(t.Ink.IsThemed));
    }
}
