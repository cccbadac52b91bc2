using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Axes;

/// <summary>The ticks of one axis with their labels, chosen so that no two labels touch.</summary>
public sealed record AxisTicks(IReadOnlyList<double> Values, IReadOnlyList<string> Labels)
{
    /// <summary>Pixels aimed for between ticks; labels that need more space thin them further.</summary>
    public const double HorizontalSpacing = 64;
    public const double VerticalSpacing = 48;

    public static readonly AxisTicks None = new([], []);

    /// <summary>Ticks along a horizontal axis of <paramref name="length"/> pixels.</summary>
    public static AxisTicks Horizontal(Interval range, double length, FigureStyle style)
    {
        var gap = style.TickLabelSize; // about one em between neighbouring labels
        bool Fits(IReadOnlyList<double> ticks) => LabelsFitAlong(ticks, TickLabel.Format(ticks), range, length, gap, style);
        var values = NiceTicks.Linear(range, length, HorizontalSpacing, Fits);
        return new(values, TickLabel.Format(values));
    }

    /// <summary>Ticks along a vertical axis of <paramref name="length"/> pixels.</summary>
    public static AxisTicks Vertical(Interval range, double length, AxisScale scale, FigureStyle style)
    {
        var lineHeight = style.TickLabelSize * (TextBounds.Ascent + TextBounds.Descent) + style.TickLabelSize * 0.5;
        if (scale == AxisScale.Log)
        {
            var perDecade = length / (Math.Log10(range.Max) - Math.Log10(range.Min));
            var decades = NiceTicks.Log(range, t => t.Count < 2 || Math.Log10(t[1] / t[0]) * perDecade >= Math.Max(lineHeight, VerticalSpacing * 0.6));
            return new(decades, TickLabel.FormatPowers(decades));
        }
        var pixelsPerUnit = length / range.Length;
        var values = NiceTicks.Linear(range, length, VerticalSpacing,
            t => t.Count < 2 || (t[1] - t[0]) * pixelsPerUnit >= lineHeight);
        return new(values, TickLabel.Format(values));
    }

    /// <summary>
    /// With equal units on both axes, both step alike: the axis with the finer step takes the
    /// other's coarser one (which fits its labels, being sparser), so a grid square is a square.
    /// </summary>
    public static (AxisTicks X, AxisTicks Y) Matching(AxisTicks x, Interval xRange, AxisTicks y, Interval yRange)
    {
        if (x.Values.Count < 2 || y.Values.Count < 2) return (x, y);
        double xStep = x.Values[1] - x.Values[0], yStep = y.Values[1] - y.Values[0];
        var step = Math.Max(xStep, yStep);
        AxisTicks Stepped(AxisTicks ticks, Interval range, double own)
        {
            if (Math.Abs(own - step) <= 1e-9 * step) return ticks;
            var values = NiceTicks.Multiples(range, step);
            return values.Count >= 2 ? new(values, TickLabel.Format(values)) : ticks;
        }
        return (Stepped(x, xRange, xStep), Stepped(y, yRange, yStep));
    }

    /// <summary>
    /// One tick in the middle of each category's band; when the names would collide only every
    /// second (third, …) one is labelled.
    /// </summary>
    public static AxisTicks Categories(IReadOnlyList<string> names, double length, FigureStyle style)
    {
        var band = length / Math.Max(1, names.Count);
        var widths = names.Select(n => style.Font.Measure(n, style.TickLabelSize)).ToList();
        var every = 1;
        while (every < names.Count && widths.Max() + style.TickLabelSize * 0.75 > band * every) every++;
        var values = Enumerable.Range(0, names.Count).Select(i => i + 0.5).ToList();
        var labels = names.Select((n, i) => i % every == 0 ? n : "").ToList();
        return new(values, labels);
    }

    /// <summary>Whether centred labels at the ticks leave at least <paramref name="gap"/> between neighbours.</summary>
    public static bool LabelsFitAlong(IReadOnlyList<double> ticks, IReadOnlyList<string> labels, Interval range, double length,
        double gap, FigureStyle style)
    {
        double? previousRight = null;
        for (var i = 0; i < ticks.Count; i++)
        {
            var centre = (ticks[i] - range.Min) / range.Length * length;
            var half = style.Font.Measure(labels[i], style.TickLabelSize) / 2;
            if (previousRight is { } right && centre - half < right + gap) return false;
            previousRight = centre + half;
        }
        return true;
    }
}
