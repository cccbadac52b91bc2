namespace SiteGen.Figures.Drawing;

/// <summary>
/// Where a line of text sits relative to its anchor point, computed the same way for SVG and PNG.
/// Browsers disagree on `dominant-baseline`, and Skia has none, so both writers shift the
/// alphabetic baseline themselves by a fraction of the size.
/// </summary>
internal static class TextPlacement
{
    /// <summary>
    /// Cap height of the figure font (DejaVu Sans: 1493 of 2048 units per em). A constant rather
    /// than the loaded font's metric, because the SVG writer has no font and must agree with the PNG.
    /// </summary>
    public const double CapHeightRatio = 1493.0 / 2048.0;

    /// <summary>How far below the anchor's y the alphabetic baseline goes.</summary>
    public static double BaselineShift(TextBaseline baseline, double size) => baseline switch
    {
        TextBaseline.Middle => size * CapHeightRatio / 2,
        TextBaseline.Hanging => size * CapHeightRatio,
        _ => 0,
    };
}
