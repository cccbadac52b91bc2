using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>How the n-th data series of a chart is stroked: palette colour in order, solid or dashed.</summary>
public static class SeriesStroke
{
    /// <summary>On/off lengths of a dashed series, long enough to read as a line, not dots.</summary>
    public static readonly IReadOnlyList<double> Dash = [7, 4];

    public static Stroke For(int index, bool dashed, FigureStyle style) =>
        new(Palette.SeriesInk(index), style.SeriesWidth, dashed ? Dash : null);
}
