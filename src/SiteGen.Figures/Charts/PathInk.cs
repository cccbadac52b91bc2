using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>
/// The colours of one path over a contour map: its line, and the halo that runs beneath the
/// line and rims its markers.
/// </summary>
/// <remarks>
/// Over filled bands no single colour will do: the colour scale runs from near black to near
/// white, so any ink fades into some band (palette blue into the dark purple, vermilion into the
/// green of the same lightness, which readers with red–green colour blindness cannot tell
/// apart by hue). So each path is a light line on a black halo: over the dark bands the line
/// stands out by itself, over the bright ones the halo outlines it, and at every band one of the
/// two reaches a contrast ratio of 3 (a test walks the scale). The bands are fixed colours, so
/// these are fixed too and the map looks the same on a light page and a dark one. Over a plain
/// background (contour lines) paths take the theme's series colours instead, starting after
/// blue, which is too close to the lines' own purples and blues.
/// </remarks>
public readonly record struct PathInk(Ink Line, Ink Halo)
{
    private static readonly Ink Black = Ink.Fixed("#000000");

    private static readonly PathInk[] OverBands =
    [
        new(Ink.Fixed("#ff8c69"), Black),  // light vermilion
        new(Ink.Fixed("#ffffff"), Black),  // white
        new(Ink.Fixed("#8fd3ff"), Black),  // light sky blue
        new(Ink.Fixed("#f0e442"), Black),  // yellow
    ];

    private static readonly int[] OverPage = [1, 3, 4, 2, 5, 6, 0];

    /// <summary>
    /// Over filled bands, each series colour of <see cref="Palette.Series"/> as a light ink of its
    /// hue on the black halo, so a path that keeps its series colour elsewhere (an optimiser's, in a
    /// loss curve) is recognisably the same here. Grey, a light ink of no hue, is white.
    /// </summary>
    private static readonly PathInk[] SeriesOverBands =
    [
        new(Ink.Fixed("#8fd3ff"), Black),  // blue: light sky blue, as blue itself sinks into the dark bands
        new(Ink.Fixed("#ff8c69"), Black),  // vermilion: light vermilion
        new(Ink.Fixed("#5ee0ae"), Black),  // bluish green: light bluish green
        new(Ink.Fixed("#f4a6d7"), Black),  // reddish purple: pink
        new(Ink.Fixed("#ffd04a"), Black),  // orange: light orange
        new(Ink.Fixed("#c8ecff"), Black),  // sky blue: pale sky blue
        new(Ink.Fixed("#ffffff"), Black),  // grey: white
    ];

    /// <summary>The inks of the <paramref name="index"/>-th path, over filled bands or over the page.</summary>
    public static PathInk For(int index, bool overBands) => overBands
        ? OverBands[index % OverBands.Length]
        : new PathInk(Palette.SeriesInk(OverPage[index % OverPage.Length]), Palette.Background);

    /// <summary>
    /// The inks of the <paramref name="index"/>-th path of a map: those of its own series
    /// <see cref="PathSeries.Colour"/> when it names one, else the map's next.
    /// </summary>
    public static PathInk For(PathSeries path, int index, bool overBands) => path.Colour is not { } colour
        ? For(index, overBands)
        : overBands ? SeriesOverBands[colour % SeriesOverBands.Length] : new PathInk(Palette.SeriesInk(colour), Palette.Background);
}
