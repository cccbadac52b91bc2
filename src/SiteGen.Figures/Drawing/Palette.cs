namespace SiteGen.Figures.Drawing;

/// <summary>
/// The one set of colours every figure uses. Series colours are the Okabe–Ito palette, which
/// readers with any common colour-vision deficiency can tell apart; the dark variants are
/// lightened so they keep their contrast on a dark page. An SVG file carries both sets in its own
/// style and shows the one its page's colour scheme asks for; a PNG file is drawn in one. The
/// background is the default theme's page colour, so halos and the PNG's ground match the page.
/// </summary>
public static class Palette
{
    public static readonly Ink Text = new("text", Rgb.Parse("#1f2328"), Rgb.Parse("#e6edf3"));
    public static readonly Ink Muted = new("muted", Rgb.Parse("#57606a"), Rgb.Parse("#9aa4ae"));
    public static readonly Ink Axis = new("axis", Rgb.Parse("#57606a"), Rgb.Parse("#8b949e"));
    public static readonly Ink Grid = new("grid", Rgb.Parse("#e4e7eb"), Rgb.Parse("#30363d"));
    public static readonly Ink Background = new("bg", Rgb.Parse("#ffffff"), Rgb.Parse("#0f1115"));

    /// <summary>Series colours in the order series are drawn.</summary>
    public static readonly IReadOnlyList<Ink> Series =
    [
        new("s1", Rgb.Parse("#0072b2"), Rgb.Parse("#56b4e9")),  // blue
        new("s2", Rgb.Parse("#d55e00"), Rgb.Parse("#f08a4b")),  // vermilion
        new("s3", Rgb.Parse("#009e73"), Rgb.Parse("#3fc79d")),  // bluish green
        new("s4", Rgb.Parse("#cc79a7"), Rgb.Parse("#e3a3c8")),  // reddish purple
        new("s5", Rgb.Parse("#e69f00"), Rgb.Parse("#f5c04a")),  // orange
        new("s6", Rgb.Parse("#56b4e9"), Rgb.Parse("#9fd6f5")),  // sky blue
        new("s7", Rgb.Parse("#6e6e6e"), Rgb.Parse("#b0b0b0")),  // grey
    ];

    public static Ink SeriesInk(int index) => Series[index % Series.Count];

    /// <summary>The series colours by the names an author writes, in palette order.</summary>
    public static readonly IReadOnlyList<string> SeriesNames = ["blue", "vermilion", "green", "purple", "orange", "sky-blue", "grey"];
}
