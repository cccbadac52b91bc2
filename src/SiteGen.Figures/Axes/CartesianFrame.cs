using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Axes;

/// <summary>
/// The axes every 2-D chart shares: it lays out the plot area inside the figure (margins sized
/// from the measured tick labels and titles), maps data to pixels and back, and draws the grid,
/// the axis lines, the ticks, their labels and the axis titles.
/// </summary>
public sealed partial class CartesianFrame
{
    /// <summary>Space between a tick mark and its label.</summary>
    private const double LabelGap = 4;
    /// <summary>Space between tick labels and an axis title.</summary>
    private const double TitleGap = 6;

    private readonly FigureStyle _style;
    private readonly FigureSize _size;
    private readonly string? _xTitle;
    private readonly string? _yTitle;
    private readonly AxisTicks _xTicks;
    private readonly AxisTicks _yTicks;
    private readonly bool _categories;

    private CartesianFrame(FigureSize size, Interval x, Interval y, AxisScale yScale, PlotArea area, FigureStyle style,
        string? xTitle, string? yTitle, AxisTicks xTicks, AxisTicks yTicks, bool categories)
    {
        (_size, X, Y, YScale, Area, _style, _xTitle, _yTitle, _xTicks, _yTicks, _categories) =
            (size, x, y, yScale, area, style, xTitle, yTitle, xTicks, yTicks, categories);
    }

    /// <summary>The data range shown along x.</summary>
    public Interval X { get; }
    /// <summary>The data range shown along y (for a log axis, the values, not their logarithms).</summary>
    public Interval Y { get; }
    public AxisScale YScale { get; }
    public PlotArea Area { get; }
    public IReadOnlyList<double> XTicks => _xTicks.Values;
    public IReadOnlyList<double> YTicks => _yTicks.Values;
    public IReadOnlyList<string> XTickLabels => _xTicks.Labels;
    public IReadOnlyList<string> YTickLabels => _yTicks.Labels;
    /// <summary>
    /// The figure's size: the one asked for, or less tall when equal units leave the plot
    /// shorter than the room it had (the slack is cut off rather than left as an empty band).
    /// </summary>
    public FigureSize Size => _size;

    /// <summary>Pixels per unit of x.</summary>
    public double XScale => Area.Width / X.Length;

    /// <summary>
    /// Lays out a frame for data ranges <paramref name="x"/> and <paramref name="y"/>. The right and
    /// top reserves leave room for a colour bar or a legend outside the plot area.
    /// </summary>
    public static CartesianFrame Layout(FigureSize size, Interval x, Interval y, FigureStyle style, string? xTitle, string? yTitle,
        AxisScale yScale = AxisScale.Linear, bool equalAspect = false, double reserveRight = 0, double reserveTop = 0) =>
        Layout(size, x, y, style, xTitle, yTitle, yScale, equalAspect, reserveRight, reserveTop, categories: null);

    /// <summary>A frame whose x axis shows named categories, one band each (x runs from 0 to their count).</summary>
    public static CartesianFrame LayoutCategories(FigureSize size, IReadOnlyList<string> categories, Interval y, FigureStyle style,
        string? xTitle, string? yTitle, AxisScale yScale = AxisScale.Linear, double reserveTop = 0) =>
        Layout(size, new Interval(0, Math.Max(1, categories.Count)), y, style, xTitle, yTitle, yScale, false, 0, reserveTop, categories);

    private static CartesianFrame Layout(FigureSize size, Interval x, Interval y, FigureStyle style, string? xTitle, string? yTitle,
        AxisScale yScale, bool equalAspect, double reserveRight, double reserveTop, IReadOnlyList<string>? categories)
    {
        x = Widen(x, AxisScale.Linear);
        y = Widen(y, yScale);
        var labelHeight = style.TickLabelSize * (TextBounds.Ascent + TextBounds.Descent);
        var titleHeight = style.AxisTitleSize * (TextBounds.Ascent + TextBounds.Descent);
        // The top tick label is centred on the top edge, so half of it sticks out above.
        var top = style.Margin + reserveTop + labelHeight / 2;
        var bottom = size.Height - style.Margin - style.TickLength - LabelGap - labelHeight - (xTitle is null ? 0 : TitleGap + titleHeight);
        var yTitleWidth = yTitle is null ? 0 : titleHeight + TitleGap;
        var outerRight = size.Width - style.Margin - reserveRight;
        double left = style.Margin, right = outerRight;
        AxisTicks xTicks = AxisTicks.None, yTicks = AxisTicks.None;
        // Margins depend on the ticks and the ticks on the margins; three rounds settle it.
        for (var round = 0; round < 3; round++)
        {
            yTicks = AxisTicks.Vertical(y, bottom - top, yScale, style);
            var yLabelWidth = yTicks.Labels.Select(l => style.Font.Measure(l, style.TickLabelSize)).DefaultIfEmpty(0).Max();
            left = style.Margin + yTitleWidth + yLabelWidth + LabelGap + style.TickLength;
            xTicks = categories is null ? AxisTicks.Horizontal(x, right - left, style) : AxisTicks.Categories(categories, right - left, style);
            (left, right) = MakeRoomForEndLabels(xTicks, x, left, outerRight, style);
        }
        var area = new PlotArea(Math.Round(left), Math.Round(top), Math.Round(right), Math.Round(bottom));
        if (equalAspect)
        {
            var room = area;
            area = EqualUnits(area, x, y);
            // Everything below the plot hangs from its bottom edge, so trimming the figure by the
            // plot's lost height keeps the tick labels and the x title where they belong.
            size = size with { Height = Math.Ceiling(size.Height - (room.Bottom - area.Bottom)) };
            (xTicks, yTicks) = yScale == AxisScale.Linear
                ? AxisTicks.Matching(AxisTicks.Horizontal(x, area.Width, style), x, AxisTicks.Vertical(y, area.Height, yScale, style), y)
                : (AxisTicks.Horizontal(x, area.Width, style), AxisTicks.Vertical(y, area.Height, yScale, style));
        }
        return new CartesianFrame(size, x, y, yScale, area, style, xTitle, yTitle, xTicks, yTicks, categories is not null);
    }

    /// <summary>Data to figure pixels.</summary>
    public Point Map(double x, double y) => new(MapX(x), MapY(y));

    public double MapX(double x) => Area.Left + (x - X.Min) / X.Length * Area.Width;

    public double MapY(double y) => Area.Bottom - (Along(y) - Along(Y.Min)) / (Along(Y.Max) - Along(Y.Min)) * Area.Height;

    /// <summary>Figure pixels back to data.</summary>
    public (double X, double Y) Unmap(Point p)
    {
        var x = X.Min + (p.X - Area.Left) / Area.Width * X.Length;
        var t = Along(Y.Min) + (Area.Bottom - p.Y) / Area.Height * (Along(Y.Max) - Along(Y.Min));
        return (x, YScale == AxisScale.Log ? Math.Pow(10, t) : t);
    }

    /// <summary>A polyline in pixels cut to the plot area (a hair wider, so lines on the edge survive).</summary>
    public IReadOnlyList<IReadOnlyList<Point>> Clip(IReadOnlyList<Point> polyline) =>
        SegmentClip.Clip(polyline, Area.Box.Inflate(1));

    /// <summary>
    /// Data pieces as one path in pixels, cut to the plot area; values far outside the range are
    /// held at a finite distance first, so they map to finite pixels and still cross the edge
    /// at the right place.
    /// </summary>
    public PathItem Curve(IEnumerable<IReadOnlyList<(double X, double Y)>> pieces, Stroke stroke)
    {
        var far = YScale == AxisScale.Log ? (Min: Y.Min * 1e-6, Max: Y.Max * 1e6) : (Min: Y.Min - 1e6 * Y.Length, Max: Y.Max + 1e6 * Y.Length);
        var clipped = new List<IReadOnlyList<Point>>();
        foreach (var piece in pieces)
        {
            var pixels = piece.Select(p => Map(p.X, Math.Clamp(p.Y, far.Min, far.Max))).ToList();
            clipped.AddRange(Clip(pixels));
        }
        return new PathItem(clipped, stroke, null, false);
    }

    private double Along(double y) => YScale == AxisScale.Log ? Math.Log10(Math.Max(y, double.Epsilon)) : y;

    // An empty range (a constant function) still needs a visible span.
    private static Interval Widen(Interval range, AxisScale scale)
    {
        if (range.Length > 0) return range;
        if (scale == AxisScale.Log) return new Interval(range.Min / 10, range.Max * 10);
        var half = range.Min == 0 ? 1 : Math.Abs(range.Min) * 0.1;
        return new Interval(range.Min - half, range.Max + half);
    }

    // Labels at the ends of the x axis are centred on its ends; keep their halves inside the figure.
    private static (double Left, double Right) MakeRoomForEndLabels(AxisTicks ticks, Interval x, double left, double outerRight, FigureStyle style)
    {
        if (ticks.Values.Count == 0) return (left, outerRight);
        var right = outerRight;
        var last = ticks.Values.Count - 1;
        var lastHalf = style.Font.Measure(ticks.Labels[last], style.TickLabelSize) / 2;
        var lastAt = (ticks.Values[last] - x.Min) / x.Length; // fraction of the way along
        // Solve right - (1 - lastAt)·(right - left) + lastHalf <= outerRight for right.
        if (lastAt > 0) right = Math.Min(outerRight, (outerRight - lastHalf - (1 - lastAt) * left) / lastAt);
        var firstHalf = style.Font.Measure(ticks.Labels[0], style.TickLabelSize) / 2;
        var firstAt = (ticks.Values[0] - x.Min) / x.Length;
        var minLeft = style.Margin + firstHalf - firstAt * (right - left);
        return (Math.Max(left, Math.Min(minLeft, right - 1)), Math.Max(right, left + 1));
    }

    // One unit spans the same pixels on both axes: shrink the longer side. A narrower area is
    // centred; a shorter one keeps its top, under the legend, and the figure loses the rest.
    private static PlotArea EqualUnits(PlotArea area, Interval x, Interval y)
    {
        var unit = Math.Min(area.Width / x.Length, area.Height / y.Length);
        var width = unit * x.Length;
        var height = unit * y.Length;
        var left = Math.Round(area.Left + (area.Width - width) / 2);
        return new PlotArea(left, area.Top, left + width, area.Top + height);
    }
}
