using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;
using SiteGen.Tests.Figures.Charts;

namespace SiteGen.Tests.Figures.Axes;

public class CartesianFrameTests
{
    private static readonly FigureStyle Style = ChartTestStyle.Style;
    private static readonly FigureSize Size = new(640, 400);

    private static CartesianFrame Frame(Interval x, Interval y, AxisScale scale = AxisScale.Linear) =>
        CartesianFrame.Layout(Size, x, y, Style, "x", "f(x)", scale);

    private static IEnumerable<TextItem> Texts(CartesianFrame frame) => frame.Axes().OfType<TextItem>();

    [Fact]
    public void Map_and_unmap_are_inverse()
    {
        var frame = Frame(new(-3, 3), new(-1, 2));
        var (x, y) = frame.Unmap(frame.Map(1.25, -0.5));
        Assert.Equal(1.25, x, 9);
        Assert.Equal(-0.5, y, 9);
        Assert.Equal(frame.Area.Left, frame.Map(-3, 0).X, 9);
        Assert.Equal(frame.Area.Top, frame.Map(0, 2).Y, 9);
    }

    [Fact]
    public void Log_axis_maps_decades_evenly()
    {
        var frame = Frame(new(0, 10), new(1e-8, 1), AxisScale.Log);
        var decade = frame.Map(0, 1e-7).Y - frame.Map(0, 1e-6).Y;
        Assert.Equal(decade, frame.Map(0, 1e-2).Y - frame.Map(0, 1e-1).Y, 6);
        Assert.Equal(1e-5, frame.Unmap(frame.Map(0, 1e-5)).Y, 12);
    }

    [Fact]
    public void Negative_tick_labels_use_the_true_minus_sign()
    {
        var labels = Texts(Frame(new(-3, 3), new(-1, 1))).Select(t => t.Text).ToList();
        Assert.Contains(labels, l => l.StartsWith('\u2212'));
        Assert.DoesNotContain(labels, l => l.Contains('-'));
        Assert.DoesNotContain("\u22120", labels);
    }

    [Theory]
    [InlineData(-3, 3, 200)]
    [InlineData(0, 1e6, 640)]
    [InlineData(-0.0013, 0.0021, 640)]
    [InlineData(1234.5, 1239.25, 300)]
    [InlineData(0, 1, 160)]
    public void Tick_labels_never_overlap(double min, double max, double width)
    {
        var frame = CartesianFrame.Layout(new(width, 240), new(min, max), new(min, max), Style, "x", "y");
        var boxes = Texts(frame).Where(t => t.Rotation == 0).Select(t => TextBounds.Of(t, Style)).ToList();
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].Overlaps(boxes[j]), $"labels {i} and {j} overlap");
    }

    [Fact]
    public void Every_label_lies_inside_the_figure()
    {
        var frame = Frame(new(-1000, 1000), new(-0.5, 0.5));
        var figure = new Box(0, 0, Size.Width, Size.Height);
        Assert.All(Texts(frame), t => Assert.True(figure.Contains(TextBounds.Of(t, Style)), $"'{t.Text}' sticks out"));
    }

    [Fact]
    public void Equal_aspect_gives_both_axes_the_same_unit()
    {
        var frame = CartesianFrame.Layout(Size, new(-2, 2), new(-1, 1), Style, null, null, equalAspect: true);
        var unitX = frame.Map(1, 0).X - frame.Map(0, 0).X;
        var unitY = frame.Map(0, 0).Y - frame.Map(0, 1).Y;
        Assert.Equal(unitX, unitY, 6);
    }

    [Fact]
    public void A_wide_equal_aspect_frame_keeps_its_top_and_gives_up_the_empty_height()
    {
        var plain = CartesianFrame.Layout(Size, new(-6, 6), new(-1, 1), Style, "x", null);
        var frame = CartesianFrame.Layout(Size, new(-6, 6), new(-1, 1), Style, "x", null, equalAspect: true);
        Assert.Equal(plain.Area.Top, frame.Area.Top);
        Assert.Equal(Size.Width, frame.Size.Width);
        // What lies below the plot (ticks, labels, title, margin) keeps its height; nothing else is left over.
        Assert.InRange(frame.Size.Height - frame.Area.Bottom, Size.Height - plain.Area.Bottom, Size.Height - plain.Area.Bottom + 1);
        Assert.True(frame.Size.Height < Size.Height - 100);
        Assert.All(Texts(frame), t => Assert.True(TextBounds.Of(t, Style).Bottom <= frame.Size.Height, $"'{t.Text}' falls off the trimmed figure"));
    }

    [Fact]
    public void A_tall_equal_aspect_frame_keeps_its_height_and_centres_the_plot()
    {
        var frame = CartesianFrame.Layout(Size, new(-1, 1), new(-3, 3), Style, null, null, equalAspect: true);
        Assert.Equal(Size, frame.Size);
        Assert.True(frame.Area.Left > Size.Width / 4);
    }

    [Fact]
    public void Equal_aspect_axes_step_alike()
    {
        var frame = CartesianFrame.Layout(new FigureSize(560, 460), new(-4, 4), new(-4, 4), Style, null, null, equalAspect: true);
        Assert.Equal(frame.XTicks, frame.YTicks);
    }

    [Fact]
    public void Reserved_space_stays_outside_the_plot_area()
    {
        var frame = CartesianFrame.Layout(Size, new(0, 1), new(0, 1), Style, null, null, reserveRight: 80, reserveTop: 40);
        Assert.True(frame.Area.Right <= Size.Width - 80);
        Assert.True(frame.Area.Top >= 40);
    }

    [Fact]
    public void A_zero_line_is_drawn_when_zero_is_inside_the_range()
    {
        Assert.NotEmpty(Frame(new(-1, 1), new(-1, 1)).ZeroLines());
        Assert.Empty(Frame(new(0, 1), new(0, 1)).ZeroLines());
    }

    [Fact]
    public void Curves_are_cut_at_the_plot_edges()
    {
        var frame = Frame(new(-1, 1), new(-1, 1));
        var path = frame.Curve([[(-1, 0), (0, 1e300), (1, 0)]], new Stroke(Palette.SeriesInk(0)));
        var box = frame.Area.Box.Inflate(1.01);
        Assert.All(path.Pieces.SelectMany(p => p), p => Assert.True(box.Contains(p)));
        Assert.Equal(2, path.Pieces.Count);
    }
}
