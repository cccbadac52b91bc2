using SiteGen.Figures.Contours;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Contours;

public class PolylineSimplifierTests
{
    [Fact]
    public void Collinear_points_are_dropped_and_corners_kept()
    {
        Point[] points = [new(0, 0), new(1, 0), new(2, 0), new(3, 0), new(3, 1), new(3, 2)];

        Assert.Equal([new(0, 0), new(3, 0), new(3, 2)], PolylineSimplifier.Simplify(points, 0.1));
    }

    [Fact]
    public void A_simplified_circle_stays_within_the_tolerance()
    {
        var circle = Enumerable.Range(0, 400).Select(k => new Point(100 * Math.Cos(k * Math.PI / 200), 100 * Math.Sin(k * Math.PI / 200))).ToList();

        var simplified = PolylineSimplifier.Simplify(circle, 0.2);

        Assert.True(simplified.Count < circle.Count / 3);
        // Every dropped point lies within the tolerance of the chord that replaced it.
        Assert.All(simplified, p => Assert.Equal(100, Math.Sqrt(p.X * p.X + p.Y * p.Y), 6));
    }
}
