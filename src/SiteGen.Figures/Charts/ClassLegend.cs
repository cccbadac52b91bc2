using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>One entry of a class legend: the class's marker on a patch of its region's tint, or a hollow marker for test points.</summary>
public sealed record ClassLegendEntry(string Label, MarkerShape Shape, Ink Ink, bool Hollow = false);

/// <summary>
/// The key to a decision-region chart, set in rows above the plot that wrap when they must: each
/// class's marker on a square of its region's tint, so one entry explains both, then its name.
/// </summary>
public sealed class ClassLegend(IReadOnlyList<ClassLegendEntry> entries, double markerRadius)
{
    private const double SwatchGap = 6;
    private const double EntryGap = 18;
    /// <summary>Space between the legend and the plot below it.</summary>
    public const double GapBelow = 8;

    /// <summary>The height of the legend's rows and the gap below them, when rows may be <paramref name="width"/> wide.</summary>
    public double Height(double width, FigureStyle style) =>
        entries.Count == 0 ? 0 : Rows(width, style).Count * RowHeight(style) + GapBelow;

    /// <summary>The legend's items, its first row's top at <paramref name="top"/>.</summary>
    public IReadOnlyList<SceneItem> Draw(double left, double top, double width, FigureStyle style)
    {
        var items = new List<SceneItem>();
        var rows = Rows(width, style);
        var side = Side(style);
        for (var r = 0; r < rows.Count; r++)
        {
            var middle = top + (r + 0.5) * RowHeight(style);
            var x = left;
            foreach (var k in rows[r])
            {
                var entry = entries[k];
                var centre = new Point(x + side / 2, middle);
                if (!entry.Hollow)
                {
                    Point[] patch = [new(x, middle - side / 2), new(x + side, middle - side / 2), new(x + side, middle + side / 2), new(x, middle + side / 2)];
                    items.Add(PathItem.Polygon(patch, new Fill(entry.Ink, DecisionRegionShading.FlatOpacity)) with { Class = "legend" });
                    items.Add(ClassMarkers.Filled(entry.Shape, centre, markerRadius, entry.Ink) with { Class = "legend" });
                }
                else items.Add(ClassMarkers.Hollow(entry.Shape, centre, markerRadius, entry.Ink) with { Class = "legend" });
                items.Add(new TextItem(new Point(x + side + SwatchGap, middle), entry.Label, style.LegendSize, Palette.Text, TextAnchor.Start, TextBaseline.Middle)
                    { Class = "legend" });
                x += EntryWidth(k, style) + EntryGap;
            }
        }
        return items;
    }

    private static double RowHeight(FigureStyle style) => style.LegendSize * 1.7;

    /// <summary>The tinted square behind a marker: a little wider than the largest marker shape.</summary>
    private double Side(FigureStyle style) => Math.Max(style.LegendSize, 3.6 * markerRadius);

    private double EntryWidth(int k, FigureStyle style) => Side(style) + SwatchGap + style.Font.Measure(entries[k].Label, style.LegendSize);

    // Entries flow left to right and wrap when the next one would pass the right edge.
    private List<List<int>> Rows(double width, FigureStyle style)
    {
        var rows = new List<List<int>> { new() };
        var used = 0.0;
        for (var k = 0; k < entries.Count; k++)
        {
            var w = EntryWidth(k, style);
            if (rows[^1].Count > 0 && used + EntryGap + w > width) { rows.Add([]); used = 0; }
            used += (rows[^1].Count > 0 ? EntryGap : 0) + w;
            rows[^1].Add(k);
        }
        return rows;
    }
}
