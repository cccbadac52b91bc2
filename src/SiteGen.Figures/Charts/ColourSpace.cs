using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Charts;

/// <summary>A colour in Oklab (Björn Ottosson, 2020): perceptual lightness L and two opponent axes.</summary>
internal readonly record struct Oklab(double L, double A, double B)
{
    public static Oklab Mix(Oklab from, Oklab to, double t) =>
        new(from.L + (to.L - from.L) * t, from.A + (to.A - from.A) * t, from.B + (to.B - from.B) * t);

    public static Oklab FromRgb(Rgb c)
    {
        double r = Linear(c.R), g = Linear(c.G), b = Linear(c.B);
        var l = Math.Cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
        var m = Math.Cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
        var s = Math.Cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
        return new(0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s);
    }

    public Rgb ToRgb()
    {
        var l = Cube(L + 0.3963377774 * A + 0.2158037573 * B);
        var m = Cube(L - 0.1055613458 * A - 0.0638541728 * B);
        var s = Cube(L - 0.0894841775 * A - 1.2914855480 * B);
        return new(Encode(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
            Encode(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
            Encode(-0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s));
    }

    /// <summary>The colour with its lightness scaled, for shading a lit surface.</summary>
    public Oklab Shaded(double factor) => this with { L = L * factor };

    private static double Cube(double v) => v * v * v;

    private static double Linear(byte channel)
    {
        var v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
    }

    private static byte Encode(double linear)
    {
        var v = Math.Clamp(linear, 0, 1);
        var srgb = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.Pow(v, 1 / 2.4) - 0.055;
        return (byte)Math.Round(srgb * 255);
    }
}
