using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// Places annotation labels one after another, each at the best of eight positions around its
/// anchor (then eight a little further out): a position loses if it overlaps an earlier label
/// or a marker, leaves the plot area, crosses a drawn line, or sits nearer another marker than
/// its own anchor, where it would be read as that marker's. When every position loses
/// somewhere, the least bad one wins.
/// </summary>
public sealed class LabelPlacer(Box bounds, FigureStyle style)
{
    /// <summary>How far labels keep inside the plot's edges, so none touches an axis line.</summary>
    private const double EdgeGap = 3;

    // Compass directions in order of preference: diagonals first, since a curve through the
    // anchor usually runs along one diagonal and leaves the other free.
    private static readonly (int X, int Y)[] Directions = [(1, -1), (-1, -1), (1, 1), (-1, 1), (1, 0), (-1, 0), (0, -1), (0, 1)];

    /// <summary>What a less preferred anchor costs: more than a worse direction, less than crossing a line.</summary>
    private const double AnchorPenalty = 60;

    /// <summary>
    /// What a label nearer another marker than its own anchor costs: more than crossing a few line
    /// segments, since a label that reads as a neighbour's says something false, and a crossed line
    /// only makes it harder to read.
    /// </summary>
    private const double AmbiguityPenalty = 400;

    private readonly List<IReadOnlyList<Point>> _lines = [];
    private readonly List<Box> _blocked = [];
    private readonly List<Box> _labels = [];
    private readonly List<Point> _markers = [];

    /// <summary>The boxes of the labels placed so far.</summary>
    public IReadOnlyList<Box> Placed => _labels;

    /// <summary>Keeps labels off every piece of a drawn path.</summary>
    public void Avoid(PathItem path)
    {
        foreach (var piece in path.Pieces) _lines.Add(piece);
    }

    /// <summary>Keeps labels out of a box (the legend, a guide's label).</summary>
    public void Avoid(Box box) => _blocked.Add(box);

    /// <summary>Keeps labels off a marker, and any other anchor's label from sitting nearer to it than to its own.</summary>
    public void AvoidMarker(Box marker)
    {
        _blocked.Add(marker);
        _markers.Add(new Point((marker.Left + marker.Right) / 2, (marker.Top + marker.Bottom) / 2));
    }

    /// <summary>
    /// The label for <paramref name="anchor"/>, set <paramref name="clearance"/> pixels away from
    /// it (a marker's radius, say), at the best free position.
    /// </summary>
    public TextItem Place(Point anchor, string text, double clearance, Ink? ink = null) => Place([anchor], text, clearance, ink);

    /// <summary>
    /// The label at the best free position around any of <paramref name="anchors"/>, which are
    /// tried in order of preference: a later anchor wins only when it is clearly freer.
    /// </summary>
    public TextItem Place(IReadOnlyList<Point> anchors, string text, double clearance, Ink? ink = null)
    {
        TextItem? best = null;
        var bestCost = double.MaxValue;
        for (var a = 0; a < anchors.Count; a++)
        {
            for (var ring = 0; ring < 2; ring++)
            {
                var distance = clearance + 4 + ring * (style.AnnotationSize + 4);
                for (var i = 0; i < Directions.Length; i++)
                {
                    var candidate = Nudged(Candidate(anchors[a], text, Directions[i], distance, ink ?? Palette.Text), anchors[a]);
                    var box = TextBounds.Of(candidate, style.Font);
                    var cost = Cost(box) + Ambiguity(box, anchors[a]) + i + ring * 20 + a * AnchorPenalty;
                    if (cost < bestCost) (best, bestCost) = (candidate, cost);
                }
            }
        }
        _labels.Add(TextBounds.Of(best!, style.Font));
        return best!;
    }

    private TextItem Candidate(Point anchor, string text, (int X, int Y) direction, double distance, Ink ink)
    {
        var size = style.AnnotationSize;
        var diagonal = direction.X != 0 && direction.Y != 0 ? Math.Sqrt(0.5) : 1;
        var dx = direction.X * distance * diagonal;
        var dy = direction.Y * distance * diagonal;
        var anchorKind = direction.X switch { > 0 => TextAnchor.Start, < 0 => TextAnchor.End, _ => TextAnchor.Middle };
        // The baseline sits so that the text's box, not its baseline, keeps the distance.
        var baseline = direction.Y switch
        {
            < 0 => anchor.Y + dy - TextBounds.Descent * size,
            > 0 => anchor.Y + dy + TextBounds.Ascent * size,
            _ => anchor.Y + style.Font.CapHeight(size) / 2,
        };
        return new TextItem(new(anchor.X + dx, baseline), text, size, ink, anchorKind) { Class = "annotation" };
    }

    /// <summary>
    /// A label that sticks out of the plot is moved back in, as long as it stays beside its
    /// anchor: by up to half its size, or further while it still reaches over or under the
    /// anchor. A label above a peak near the y axis then slides right instead of giving up its
    /// place, and a long label above a point near the right edge ends at the edge, still over
    /// its point, instead of drifting to wherever else it fits.
    /// </summary>
    private TextItem Nudged(TextItem label, Point anchor)
    {
        var box = TextBounds.Of(label, style.Font);
        var inside = bounds.Inflate(-EdgeGap);
        double Shift(double low, double high, double min, double max) =>
            high - low > max - min ? 0 : low < min ? min - low : high > max ? max - high : 0;
        var dx = Shift(box.Left, box.Right, inside.Left, inside.Right);
        var dy = Shift(box.Top, box.Bottom, inside.Top, inside.Bottom);
        var besideX = Math.Abs(dx) <= box.Width / 2 || (anchor.X >= box.Left + dx && anchor.X <= box.Right + dx);
        var besideY = Math.Abs(dy) <= box.Height / 2 || (anchor.Y >= box.Top + dy && anchor.Y <= box.Bottom + dy);
        if (!besideX || !besideY) return label;
        return label with { At = new Point(label.At.X + dx, label.At.Y + dy) };
    }

    /// <summary>Whether the label would sit nearer another marker than its own anchor, and so read as that marker's.</summary>
    private double Ambiguity(Box box, Point anchor)
    {
        var own = Gap(box, anchor);
        return _markers.Any(m => Gap(box, m) < own && Distance(m, anchor) > 1) ? AmbiguityPenalty : 0;
    }

    /// <summary>How far a point lies outside a box: 0 inside it.</summary>
    public static double Gap(Box box, Point p)
    {
        var dx = Math.Max(0, Math.Max(box.Left - p.X, p.X - box.Right));
        var dy = Math.Max(0, Math.Max(box.Top - p.Y, p.Y - box.Bottom));
        return Math.Sqrt(dx * dx + dy * dy);
    }

    private static double Distance(Point a, Point b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    private double Cost(Box box)
    {
        var cost = 0.0;
        var inside = bounds.Inflate(-EdgeGap);
        if (!inside.Contains(box)) cost += 10_000 + box.Width * box.Height - inside.OverlapArea(box);
        foreach (var other in _labels.Concat(_blocked))
        {
            if (box.Inflate(2).Overlaps(other)) cost += 1_000 + box.Inflate(2).OverlapArea(other);
        }
        var clear = box.Inflate(2);
        foreach (var line in _lines)
        {
            for (var i = 1; i < line.Count; i++)
            {
                var (a, b) = (line[i - 1], line[i]);
                if (Math.Max(a.X, b.X) < clear.Left || Math.Min(a.X, b.X) > clear.Right ||
                    Math.Max(a.Y, b.Y) < clear.Top || Math.Min(a.Y, b.Y) > clear.Bottom) continue;
                if (clear.Crosses(a, b)) cost += 100;
            }
        }
        return cost;
    }
}
