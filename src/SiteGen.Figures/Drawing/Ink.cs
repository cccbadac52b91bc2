namespace SiteGen.Figures.Drawing;

/// <summary>A colour as 8-bit sRGB, written `#rrggbb`.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Parse(string hex) => new(
        Convert.ToByte(hex.Substring(1, 2), 16), Convert.ToByte(hex.Substring(3, 2), 16), Convert.ToByte(hex.Substring(5, 2), 16));

    public string Hex => $"#{R:x2}{G:x2}{B:x2}";
}

/// <summary>
/// A colour in a figure. A themed ink has a role name: the SVG refers to it by class and its style
/// sheet gives the class <see cref="Light"/>, or <see cref="Dark"/> on a dark page; the PNG uses
/// Light. An ink without a role is a fixed colour, such as a colour-scale band, that reads the
/// same on a light and a dark page.
/// </summary>
public readonly record struct Ink(string? Role, Rgb Light, Rgb Dark)
{
    public static Ink Fixed(Rgb colour) => new(null, colour, colour);
    public static Ink Fixed(string hex) => Fixed(Rgb.Parse(hex));
    public bool IsThemed => Role is not null;
}
