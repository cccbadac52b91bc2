using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>What a legend entry shows beside its label.</summary>
public enum LegendSwatch { Line, DashedLine, Block }

/// <summary>One series as the legend names it.</summary>
public sealed record LegendEntry(string Label, Ink Ink, LegendSwatch Swatch = LegendSwatch.Line);

/// <summary>
/// The key to a chart's series, set in a row above the plot area that wraps onto more rows when
/// the labels need them: a short swatch of each series' line (or bar colour) and its label.
/// </summary>
public static class Legend
{
    private const double SwatchWidth = 22;
    private const double SwatchGap = 6;
    private const double EntryGap = 20;
    /// <summary>Space between the legend and the plot area below it.</summary>
    public const double GapBelow = 6;

    /// <summary>The height the legend takes, including the gap below it; 0 when there is nothing to name.</summary>
    public static double Height(IReadOnlyList<LegendEntry> entries, double width, FigureStyle style) =>
        entries.Count == 0 ? 0 : Rows(entries, width, style).Count * RowHeight(style) + GapBelow;

    /// <summary>The legend's items, its first row's top at <paramref name="top"/>.</summary>
    public static IReadOnlyList<SceneItem> Draw(IReadOnlyList<LegendEntry> entries, double left, double top, double width, FigureStyle style)
    {
        var items = new List<SceneItem>();
        var rows = Rows(entries, width, style);
        var cap = style.Font.CapHeight(style.LegendSize);
        for (var r = 0; r < rows.Count; r++)
        {
            var middle = top + (r + 0.5) * RowHeight(style);
            foreach (var (entry, offset) in rows[r])
            {
                var x = left + offset;
                items.Add(Swatch(entry, x, middle, style));
                var label = new TextItem(new(x + SwatchSpan(entry, style) + SwatchGap, middle + cap / 2), entry.Label, style.LegendSize, Palette.Text);
                items.Add(label with { Class = "legend" });
            }
        }
        return items;
    }

    private static double RowHeight(FigureStyle style) => style.LegendSize * 1.6;

    private static double BlockSide(FigureStyle style) => style.LegendSize * 0.8;

    // A line needs some length to show its dashes; a bar's colour needs only a small square.
    private static double SwatchSpan(LegendEntry entry, FigureStyle style) =>
        entry.Swatch == LegendSwatch.Block ? BlockSide(style) : SwatchWidth;

    private static SceneItem Swatch(LegendEntry entry, double x, double middle, FigureStyle style)
    {
        if (entry.Swatch == LegendSwatch.Block)
        {
            var side = BlockSide(style);
            var block = new List<Point> { new(x, middle - side / 2), new(x + side, middle - side / 2),
                new(x + side, middle + side / 2), new(x, middle + side / 2) };
            return PathItem.Polygon(block, new Fill(entry.Ink)) with { Class = "legend" };
        }
        var dash = entry.Swatch == LegendSwatch.DashedLine ? SeriesStroke.Dash : null;
        return PathItem.Line([new(x, middle), new(x + SwatchWidth, middle)], new Stroke(entry.Ink, style.SeriesWidth, dash)) with { Class = "legend" };
    }

    // Entries flow left to right and wrap when the next one would pass the right edge.
    private static IReadOnlyList<IReadOnlyList<(LegendEntry Entry, double Offset)>> Rows(IReadOnlyList<LegendEntry> entries, double width, FigureStyle style)
    {
        var rows = new List<IReadOnlyList<(LegendEntry, double)>>();
        var row = new List<(LegendEntry, double)>();
        var x = 0.0;
        foreach (var entry in entries)
        {
            var entryWidth = SwatchSpan(entry, style) + SwatchGap + style.Font.Measure(entry.Label, style.LegendSize);
            if (row.Count > 0 && x + entryWidth > width)
            {
                rows.Add(row);
                row = [];
                x = 0;
            }
            row.Add((entry, x));
            x += entryWidth + EntryGap;
        }
        if (row.Count > 0) rows.Add(row);
        return rows;
    }

    /// <summary>The boxes the legend's labels cover, for keeping other labels clear of them.</summary>
    public static IEnumerable<Box> LabelBoxes(IEnumerable<SceneItem> legend, FigureStyle style) =>
        legend.OfType<TextItem>().Select(t => TextBounds.Of(t, style.Font));
}
