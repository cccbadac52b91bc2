using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Axes;

/// <summary>
/// The box a line of text covers, from the figure font's measures: what layout reserves for
/// labels and what keeps two labels apart. The box spans the tallest accents and the deepest
/// descenders of ordinary text, not the ink of this particular string, so rows line up.
/// </summary>
public static class TextBounds
{
    /// <summary>Height above the baseline, as a fraction of the size (capitals, parentheses, primes).</summary>
    public const double Ascent = 0.8;
    /// <summary>Depth below the baseline, as a fraction of the size (g, y, parentheses).</summary>
    public const double Descent = 0.22;

    public static Box Of(TextItem text, FigureFont font)
    {
        var width = font.Measure(text.Text, text.Size, text.Bold);
        var baseline = BaselineOffset(text, font);
        var start = text.Anchor switch
        {
            TextAnchor.Middle => -width / 2,
            TextAnchor.End => -width,
            _ => 0,
        };
        // The box in the text's own frame, with the anchor point at the origin.
        var local = new Box(start, baseline - Ascent * text.Size, start + width, baseline + Descent * text.Size);
        return Rotate(local, text.Rotation, text.At);
    }

    public static Box Of(TextItem text, FigureStyle style) => Of(text, style.Font);

    /// <summary>How far below the anchor's y the baseline lies.</summary>
    public static double BaselineOffset(TextItem text, FigureFont font) => text.Baseline switch
    {
        TextBaseline.Middle => font.CapHeight(text.Size) / 2,
        TextBaseline.Hanging => font.CapHeight(text.Size),
        _ => 0,
    };

    // Figures rotate text only by quarter turns (the y-axis title), so the box stays axis-aligned.
    private static Box Rotate(Box local, double degrees, Point at)
    {
        var turns = ((int)Math.Round(degrees / 90) % 4 + 4) % 4;
        var (l, t, r, b) = (local.Left, local.Top, local.Right, local.Bottom);
        var rotated = turns switch
        {
            1 => new Box(-b, l, -t, r),   // clockwise: (x, y) → (−y, x)
            2 => new Box(-r, -b, -l, -t),
            3 => new Box(t, -r, b, -l),   // counter-clockwise: (x, y) → (y, −x)
            _ => local,
        };
        return new Box(rotated.Left + at.X, rotated.Top + at.Y, rotated.Right + at.X, rotated.Bottom + at.Y);
    }
}
