using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Charts;

public class LabelPlacerTests
{
    private static readonly FigureStyle Style = ChartTestStyle.Style;
    private static readonly Box Bounds = new(0, 0, 400, 300);

    private static Box MarkerAt(Point p) => new(p.X - Style.MarkerRadius, p.Y - Style.MarkerRadius, p.X + Style.MarkerRadius, p.Y + Style.MarkerRadius);

    [Fact]
    public void A_label_never_sits_nearer_another_marker_than_its_own_when_it_has_a_choice()
    {
        // Where the label would go alone (upper right), a neighbour's marker sits just above it:
        // clear of the label, but nearer to it than the label's own point.
        var own = new Point(200, 150);
        var alone = TextBounds.Of(Placer(own).Place(own, "a long label", Style.MarkerRadius + 1), Style);
        var neighbour = new Point((alone.Left + alone.Right) / 2, alone.Top - 8);
        Assert.True(LabelPlacer.Gap(alone, neighbour) < LabelPlacer.Gap(alone, own), "the test's neighbour is not the nearer marker");

        var label = TextBounds.Of(Placer(own, neighbour).Place(own, "a long label", Style.MarkerRadius + 1), Style);
        Assert.True(LabelPlacer.Gap(label, own) < LabelPlacer.Gap(label, neighbour),
            $"the label is {LabelPlacer.Gap(label, own):0.#} px from its point and {LabelPlacer.Gap(label, neighbour):0.#} px from the neighbour's");
        Assert.True(LabelPlacer.Gap(label, own) <= LabelPlacer.Gap(alone, own) + 0.5, "the label moved away from its point");
    }

    private static LabelPlacer Placer(params Point[] markers)
    {
        var placer = new LabelPlacer(Bounds, Style);
        foreach (var marker in markers) placer.AvoidMarker(MarkerAt(marker));
        return placer;
    }

    [Fact]
    public void Without_a_neighbour_the_label_takes_the_preferred_place_upper_right()
    {
        var own = new Point(200, 150);
        var placer = new LabelPlacer(Bounds, Style);
        placer.AvoidMarker(MarkerAt(own));
        var label = TextBounds.Of(placer.Place(own, "a long label", Style.MarkerRadius + 1), Style);
        Assert.True(label.Left > own.X && label.Bottom < own.Y, $"the label is at {label}");
    }

    [Fact]
    public void A_long_label_by_the_right_edge_slides_in_and_stays_over_its_point()
    {
        // Beside the point there is no room: above it, the label ends at the edge, still reaching over it.
        var own = new Point(385, 150);
        var placer = new LabelPlacer(Bounds, Style);
        placer.AvoidMarker(MarkerAt(own));
        var label = TextBounds.Of(placer.Place(own, "a label far too long to fit", Style.MarkerRadius + 1), Style);
        Assert.True(Bounds.Inflate(-2).Contains(label), $"the label at {label} leaves the plot");
        Assert.InRange(own.X, label.Left, label.Right);
        Assert.True(label.Bottom < own.Y, "the label is not above its point");
    }

    [Fact]
    public void The_gap_between_a_box_and_a_point_is_zero_inside_and_the_distance_to_its_edge_outside()
    {
        var box = new Box(10, 10, 20, 20);
        Assert.Equal(0, LabelPlacer.Gap(box, new Point(15, 15)));
        Assert.Equal(5, LabelPlacer.Gap(box, new Point(25, 15)), 9);
        Assert.Equal(5, LabelPlacer.Gap(box, new Point(23, 24)), 9);
    }
}
