using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// The key to a colour-coded plot, standing at its right: the bands between the levels stacked
/// from low (bottom) to high, or, for contour lines, each level's line across an empty bar; ticks
/// on its right and an optional title, read upwards, beyond them. Evenly spaced levels get a bar
/// in proportion to value with round-number ticks; levels that grow geometrically get bands of
/// equal height, ticked at the levels themselves, as a logarithmic key would.
/// </summary>
public sealed record ColourBar(Interval Range, IReadOnlyList<double> Levels, IReadOnlyList<Ink> Inks, bool Lines, string? Title)
{
    private const double Gap = 14;
    private const double BarWidth = 14;
    private const double LabelGap = 4;
    private const double TitleGap = 8;

    /// <summary>Whether every band gets the same height (levels far from evenly spaced).</summary>
    public bool EvenBands => Levels.Count > 2 && !ContourLevelSpacing.IsEven(Levels);

    /// <summary>The width to reserve at the right of the plot for a bar <paramref name="height"/> pixels tall.</summary>
    public double Width(double height, FigureStyle style)
    {
        var widest = Labels(Ticks(height, style)).Select(l => style.Font.Measure(l, style.TickLabelSize)).DefaultIfEmpty(0).Max();
        var title = Title is null ? 0 : TitleGap + style.AxisTitleSize * (TextBounds.Ascent + TextBounds.Descent);
        return Gap + BarWidth + style.TickLength + LabelGap + widest + title;
    }

    /// <summary>The bar between <paramref name="top"/> and <paramref name="bottom"/>, a gap right of <paramref name="plotRight"/>.</summary>
    public IReadOnlyList<SceneItem> Draw(double plotRight, double top, double bottom, FigureStyle style)
    {
        double left = plotRight + Gap, right = left + BarWidth;
        double Y(double value) => bottom - Fraction(value) * (bottom - top);
        var items = new List<SceneItem>();
        double[] edges = [Range.Min, .. Levels, Range.Max];
        for (var k = 0; !Lines && k + 1 < edges.Length; k++)
        {
            double y0 = Y(edges[k]), y1 = Y(edges[k + 1]);
            // Each band reaches a hair into the next, so no seam of the page shows between them.
            items.Add(PathItem.Polygon([new(left, y1 - 0.3), new(right, y1 - 0.3), new(right, y0), new(left, y0)], new Fill(Inks[k])) with { Class = "colour-bar" });
        }
        for (var k = 0; Lines && k < Levels.Count; k++)
            items.Add(PathItem.Line([new(left, Y(Levels[k])), new(right, Y(Levels[k]))], new Stroke(Inks[k], 2.5)) with { Class = "colour-bar" });
        items.Add(new PathItem([[new(left, top), new(right, top), new(right, bottom), new(left, bottom)]],
            new Stroke(Palette.Axis, style.AxisWidth * 0.8), null, true) { Class = "colour-bar" });

        var ticks = Ticks(bottom - top, style);
        var labels = Labels(ticks);
        items.Add(new PathItem([.. ticks.Select(v => (IReadOnlyList<Point>)[new(right, Y(v)), new(right + style.TickLength, Y(v))])],
            new Stroke(Palette.Axis, style.AxisWidth), null, false) { Class = "axis" });
        var labelX = right + style.TickLength + LabelGap;
        items.AddRange(ticks.Select((v, k) => new TextItem(new Point(labelX, Y(v)), labels[k], style.TickLabelSize, Palette.Text,
            TextAnchor.Start, TextBaseline.Middle) { Class = "tick-label" }));
        if (Title is { } title)
        {
            var widest = labels.Select(l => style.Font.Measure(l, style.TickLabelSize)).DefaultIfEmpty(0).Max();
            items.Add(new TextItem(new Point(labelX + widest + TitleGap, (top + bottom) / 2), title, style.AxisTitleSize, Palette.Text,
                TextAnchor.Middle, TextBaseline.Hanging, Rotation: -90) { Class = "axis-title" });
        }
        return items;
    }

    // Levels 0.1, 1, 10, 100 each take the decimals they need; evenly spaced ticks share theirs.
    private IReadOnlyList<string> Labels(IReadOnlyList<double> ticks) =>
        EvenBands ? [.. ticks.Select(TickLabel.Number)] : TickLabel.Format(ticks);

    /// <summary>How far up the bar a value sits, from 0 at the bottom to 1 at the top.</summary>
    private double Fraction(double value)
    {
        if (!EvenBands) return Math.Clamp((value - Range.Min) / Range.Length, 0, 1);
        double[] edges = [Range.Min, .. Levels, Range.Max];
        var k = 0;
        while (k + 2 < edges.Length && value > edges[k + 1]) k++;
        var within = edges[k + 1] > edges[k] ? Math.Clamp((value - edges[k]) / (edges[k + 1] - edges[k]), 0, 1) : 0;
        return (k + within) / (edges.Length - 1);
    }

    /// <summary>Round values (or every n-th level on an even-band bar), as many as fit without their labels touching.</summary>
    private IReadOnlyList<double> Ticks(double height, FigureStyle style)
    {
        var room = style.TickLabelSize * (TextBounds.Ascent + TextBounds.Descent) + 4;
        if (!EvenBands)
            return NiceTicks.Linear(Range, height, 36, ticks => ticks.Count < 2 || height / Range.Length * (ticks[1] - ticks[0]) >= room);
        var bandHeight = height / (Levels.Count + 1);
        var every = Math.Max(1, (int)Math.Ceiling(room / bandHeight));
        return [.. Levels.Where((_, k) => k % every == 0)];
    }
}
