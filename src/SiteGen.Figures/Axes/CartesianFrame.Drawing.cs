using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Axes;

// What the frame draws: a light grid behind the data, and in front of it the axis lines, outward
// ticks, muted tick labels and the axis titles.
public sealed partial class CartesianFrame
{
    /// <summary>Light grid lines at the ticks, and a darker line at x = 0 or y = 0 inside the range.</summary>
    public IReadOnlyList<SceneItem> Grid()
    {
        var lines = new List<IReadOnlyList<Point>>();
        if (!_categories)
        {
            foreach (var x in XTicks.Where(t => t > X.Min && t < X.Max)) lines.Add(Vertical(Crisp(MapX(x))));
        }
        foreach (var y in YTicks.Where(t => t > Y.Min && t < Y.Max)) lines.Add(Horizontal(Crisp(MapY(y))));
        var items = new List<SceneItem>();
        if (lines.Count > 0) items.Add(new PathItem(lines, new Stroke(Palette.Grid, _style.GridWidth), null, false) { Class = "grid" });
        items.AddRange(ZeroLines());
        return items;
    }

    /// <summary>The lines x = 0 and y = 0 where they fall inside the plot, a shade darker than the grid.</summary>
    public IReadOnlyList<SceneItem> ZeroLines()
    {
        var lines = new List<IReadOnlyList<Point>>();
        if (!_categories && X.Min < 0 && X.Max > 0) lines.Add(Vertical(Crisp(MapX(0))));
        if (YScale == AxisScale.Linear && Y.Min < 0 && Y.Max > 0) lines.Add(Horizontal(Crisp(MapY(0))));
        if (lines.Count == 0) return [];
        return [new PathItem(lines, new Stroke(Palette.Axis, _style.AxisWidth, Opacity: 0.45), null, false) { Class = "grid" }];
    }

    /// <summary>Axis lines on the left and bottom, outward ticks, tick labels and axis titles.</summary>
    public IReadOnlyList<SceneItem> Axes()
    {
        var items = new List<SceneItem>
        {
            PathItem.Line([new(Area.Left, Area.Top), new(Area.Left, Area.Bottom), new(Area.Right, Area.Bottom)],
                new Stroke(Palette.Axis, _style.AxisWidth)) with { Class = "axis" },
        };
        var ticks = new List<IReadOnlyList<Point>>();
        if (!_categories)
        {
            foreach (var x in XTicks) ticks.Add([new(Crisp(MapX(x)), Area.Bottom), new(Crisp(MapX(x)), Area.Bottom + _style.TickLength)]);
        }
        foreach (var y in YTicks) ticks.Add([new(Area.Left - _style.TickLength, Crisp(MapY(y))), new(Area.Left, Crisp(MapY(y)))]);
        if (YScale == AxisScale.Log && DecadeHeight >= 40)
        {
            var minor = _style.TickLength * 0.6;
            foreach (var y in NiceTicks.LogMinor(Y)) ticks.Add([new(Area.Left - minor, Crisp(MapY(y))), new(Area.Left, Crisp(MapY(y)))]);
        }
        if (ticks.Count > 0) items.Add(new PathItem(ticks, new Stroke(Palette.Axis, _style.AxisWidth), null, false) { Class = "axis" });
        items.AddRange(TickLabels());
        items.AddRange(Titles());
        return items;
    }

    /// <summary>Pixels between one power of ten and the next on a log y axis.</summary>
    private double DecadeHeight => Area.Height / (Math.Log10(Y.Max) - Math.Log10(Y.Min));

    private IEnumerable<TextItem> TickLabels()
    {
        var size = _style.TickLabelSize;
        var cap = _style.Font.CapHeight(size);
        var xBaseline = Area.Bottom + (_categories ? 0 : _style.TickLength) + LabelGap + cap;
        for (var i = 0; i < XTicks.Count; i++)
        {
            if (XTickLabels[i].Length == 0) continue;
            yield return new TextItem(new(MapX(XTicks[i]), xBaseline), XTickLabels[i], size, Palette.Muted, TextAnchor.Middle) { Class = "axis" };
        }
        var yRight = Area.Left - _style.TickLength - LabelGap;
        for (var i = 0; i < YTicks.Count; i++)
        {
            yield return new TextItem(new(yRight, MapY(YTicks[i]) + cap / 2), YTickLabels[i], size, Palette.Muted, TextAnchor.End) { Class = "axis" };
        }
    }

    private IEnumerable<TextItem> Titles()
    {
        var size = _style.AxisTitleSize;
        var labelHeight = _style.TickLabelSize * (TextBounds.Ascent + TextBounds.Descent);
        if (_xTitle is not null)
        {
            var baseline = Area.Bottom + (_categories ? 0 : _style.TickLength) + LabelGap + labelHeight + TitleGap + TextBounds.Ascent * size;
            yield return new TextItem(new(Area.CentreX, baseline), _xTitle, size, Palette.Text, TextAnchor.Middle) { Class = "axis" };
        }
        if (_yTitle is not null)
        {
            var labelWidth = YTickLabels.Select(l => _style.Font.Measure(l, _style.TickLabelSize)).DefaultIfEmpty(0).Max();
            // Turned a quarter counter-clockwise, the text's descenders face the axis.
            var baseline = Area.Left - _style.TickLength - LabelGap - labelWidth - TitleGap - TextBounds.Descent * size;
            yield return new TextItem(new(baseline, Area.CentreY), _yTitle, size, Palette.Text, TextAnchor.Middle, Rotation: -90) { Class = "axis" };
        }
    }

    private IReadOnlyList<Point> Vertical(double x) => [new(x, Area.Top), new(x, Area.Bottom)];

    private IReadOnlyList<Point> Horizontal(double y) => [new(Area.Left, y), new(Area.Right, y)];

    // Half-pixel positions put a 1 px line exactly on device pixels at 2x, the usual screen and PNG scale.
    private static double Crisp(double pixel) => Math.Round(pixel * 2) / 2;
}
