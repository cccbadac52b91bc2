using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>A chart's frame together with the legend set above it.</summary>
internal sealed record ChartLayout(CartesianFrame Frame, IReadOnlyList<SceneItem> LegendItems)
{
    /// <summary>
    /// Lays out the frame, leaving room at the top for the legend when there is one. The legend
    /// wraps to the plot area's width, which depends on the room it takes, so it is measured
    /// against the first layout and checked against the second.
    /// </summary>
    public static ChartLayout With(IReadOnlyList<LegendEntry> entries, FigureStyle style, Func<double, CartesianFrame> layout)
    {
        var frame = layout(0);
        if (entries.Count == 0) return new ChartLayout(frame, []);
        var height = Charts.Legend.Height(entries, frame.Area.Width, style);
        frame = layout(height);
        var settled = Charts.Legend.Height(entries, frame.Area.Width, style);
        if (settled != height) frame = layout(settled);
        return new ChartLayout(frame, Charts.Legend.Draw(entries, frame.Area.Left, style.Margin, frame.Area.Width, style));
    }
}
