using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// The key to a contour map's labelled paths, set in a row above the plot (wrapping to more rows
/// when it must): each entry a short stretch of the path's line with a dot, then its label.
/// </summary>
public sealed class ContourLegend
{
    private const double SampleLength = 22;
    private const double SampleGap = 6;
    private const double EntryGap = 18;
    private readonly IReadOnlyList<(string Label, PathInk Ink)> _entries;
    private readonly bool _halo;

    /// <param name="halo">Whether the paths are drawn with halos (over filled bands); their samples get them too.</param>
    public ContourLegend(IReadOnlyList<PathSeries> paths, bool halo)
    {
        _halo = halo;
        _entries = [.. paths.Select((p, k) => (p.Label, Ink: PathInk.For(p, k, halo))).Where(e => e.Label is not null).Select(e => (e.Label!, e.Ink))];
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>The height the legend needs when rows may be <paramref name="width"/> pixels wide, with the gap below it.</summary>
    public double Height(double width, FigureStyle style) =>
        IsEmpty ? 0 : Rows(width, style).Count * RowHeight(style) + 6;

    /// <summary>Draws the rows so the last one sits just above <paramref name="bottom"/>.</summary>
    public IReadOnlyList<SceneItem> Draw(double left, double bottom, double width, FigureStyle style)
    {
        var items = new List<SceneItem>();
        var rows = Rows(width, style);
        var rowHeight = RowHeight(style);
        for (var r = 0; r < rows.Count; r++)
        {
            var y = bottom - 6 - (rows.Count - r - 0.5) * rowHeight;
            var x = left;
            foreach (var k in rows[r])
            {
                var (label, ink) = _entries[k];
                // A white line needs its dark halo to show on a white page; the sample looks as the path does on the map.
                if (_halo) items.Add(PathItem.Line([new(x, y), new(x + SampleLength, y)], new Stroke(ink.Halo, style.SeriesWidth * 0.8 + 4)) with { Class = "legend" });
                items.Add(PathItem.Line([new(x, y), new(x + SampleLength, y)], new Stroke(ink.Line, style.SeriesWidth * 0.8)) with { Class = "legend" });
                items.Add(new CircleItem(new Point(x + SampleLength / 2, y), 2.6, new Fill(ink.Line), new Stroke(ink.Halo, 1)) { Class = "legend" });
                items.Add(new TextItem(new Point(x + SampleLength + SampleGap, y), label, style.LegendSize, Palette.Text, TextAnchor.Start, TextBaseline.Middle) { Class = "legend" });
                x += EntryWidth(k, style) + EntryGap;
            }
        }
        return items;
    }

    private static double RowHeight(FigureStyle style) => style.LegendSize * 1.6;

    private double EntryWidth(int k, FigureStyle style) => SampleLength + SampleGap + style.Font.Measure(_entries[k].Label, style.LegendSize);

    private List<List<int>> Rows(double width, FigureStyle style)
    {
        var rows = new List<List<int>> { new() };
        var used = 0.0;
        for (var k = 0; k < _entries.Count; k++)
        {
            var w = EntryWidth(k, style);
            if (rows[^1].Count > 0 && used + EntryGap + w > width) { rows.Add([]); used = 0; }
            used += (rows[^1].Count > 0 ? EntryGap : 0) + w;
            rows[^1].Add(k);
        }
        return rows;
    }
}
