using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// The sequential colour map of contour bands and surfaces: viridis, dark purple through teal to
/// yellow. Its lightness rises evenly, so equal steps in value look like equal steps in colour, it
/// survives printing in grey and colour-vision deficiencies, and its colours are fixed inks: a
/// band means the same value on a light page and a dark one.
/// </summary>
public static class ColourScale
{
    // Viridis sampled at nine even steps; between them we interpolate in Oklab, where straight lines
    // keep the lightness ramp even (sRGB interpolation would dip in the middle of each step).
    private static readonly Oklab[] Stops =
    [
        .. new[] { "#440154", "#472d7b", "#3b528b", "#2c728e", "#21908c", "#27ad81", "#5dc863", "#aadc32", "#fde725" }
            .Select(hex => Oklab.FromRgb(Rgb.Parse(hex))),
    ];

    /// <summary>The colour at <paramref name="t"/> ∈ [0, 1] (clamped), low values dark.</summary>
    public static Rgb At(double t)
    {
        if (double.IsNaN(t)) t = 0;
        var position = Math.Clamp(t, 0, 1) * (Stops.Length - 1);
        var k = Math.Min((int)position, Stops.Length - 2);
        return Oklab.Mix(Stops[k], Stops[k + 1], position - k).ToRgb();
    }

    public static Ink InkAt(double t) => Ink.Fixed(At(t));

    /// <summary>Colours for <paramref name="count"/> bands from the lowest to the highest, spread over the whole map.</summary>
    public static IReadOnlyList<Ink> Bands(int count) =>
        [.. Enumerable.Range(0, count).Select(k => InkAt(count == 1 ? 0.5 : (double)k / (count - 1)))];
}
