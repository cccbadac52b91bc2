using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Contours;

/// <summary>
/// Draws gradient arrows: a stroked shaft and a small filled triangle for the head, all shafts in
/// one path and all heads in another so the SVG stays small. With a halo, a wider stroke in the
/// page's background colour goes underneath, so the arrows read over any band colour.
/// </summary>
public static class ArrowShapes
{
    private const double HeadLength = 6.5;
    private const double HeadHalfWidth = 3.1;
    private const double DotRadius = 1.2;
    private const double HaloWidth = 1.75;

    public static IReadOnlyList<SceneItem> Draw(GradientArrowLayout layout, Ink ink, double width, bool halo)
    {
        var shafts = new List<IReadOnlyList<Point>>();
        var heads = new List<IReadOnlyList<Point>>();
        foreach (var arrow in layout.Arrows)
        {
            var (head, neck) = Head(arrow);
            heads.Add(head);
            shafts.Add([arrow.Tail, neck]);
        }
        var items = new List<SceneItem>();
        if (halo)
        {
            var haloStroke = new Stroke(Palette.Background, width + 2 * HaloWidth, Opacity: 0.8);
            items.Add(new PathItem(shafts, haloStroke, null, false) { Class = "arrows-halo" });
            items.Add(new PathItem(heads, haloStroke with { Width = 2 * HaloWidth }, null, true) { Class = "arrows-halo" });
        }
        if (shafts.Count > 0)
        {
            items.Add(new PathItem(shafts, new Stroke(ink, width), null, false) { Class = "arrows" });
            items.Add(new PathItem(heads, null, new Fill(ink), true) { Class = "arrows" });
        }
        // Where the gradient nearly vanishes a faint dot keeps the grid's rhythm without a halo's clutter.
        items.AddRange(layout.Dots.Select(d => new CircleItem(d, DotRadius, new Fill(ink, 0.55), null) { Class = "arrows" }));
        return items;
    }

    /// <summary>The head's triangle and the point where the shaft meets it; heads shrink on short arrows.</summary>
    private static (IReadOnlyList<Point> Head, Point Neck) Head(GradientArrow arrow)
    {
        var length = arrow.Length;
        double ux = (arrow.Tip.X - arrow.Tail.X) / length, uy = (arrow.Tip.Y - arrow.Tail.Y) / length;
        var headLength = Math.Min(HeadLength, 0.5 * length);
        var halfWidth = HeadHalfWidth * headLength / HeadLength;
        var baseX = arrow.Tip.X - ux * headLength;
        var baseY = arrow.Tip.Y - uy * headLength;
        Point[] head = [arrow.Tip, new(baseX - uy * halfWidth, baseY + ux * halfWidth), new(baseX + uy * halfWidth, baseY - ux * halfWidth)];
        // The shaft stops inside the head, so its square end never pokes out of the point.
        var neck = new Point(arrow.Tip.X - ux * headLength * 0.7, arrow.Tip.Y - uy * headLength * 0.7);
        return (head, neck);
    }
}
