using SkiaSharp;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// The one typeface figures are set in, loaded from the bytes the theme ships: with no system
/// fonts to fall back on, text is measured and drawn the same on every machine. The SVG names
/// the same family (<see cref="FamilyName"/>), which the theme serves as a web font, so text
/// measured here fits on the page too. Thread-safe: measuring creates its own SKFont.
/// </summary>
public sealed class FigureFont : IDisposable
{
    /// <summary>The family name the theme's figures.css gives the figure font.</summary>
    public const string ThemeFamily = "SiteGen Figure Sans";

    private readonly SKTypeface _typeface;

    public FigureFont(byte[] ttf, string familyName)
    {
        using var data = SKData.CreateCopy(ttf);
        _typeface = SKTypeface.FromData(data) ?? throw new ArgumentException("the figure font is not a TrueType font", nameof(ttf));
        FamilyName = familyName;
    }

    /// <summary>The CSS font-family name the theme gives this font.</summary>
    public string FamilyName { get; }

    internal SKTypeface Typeface => _typeface;

    /// <summary>The advance width of <paramref name="text"/> at <paramref name="size"/> pixels.</summary>
    public double Measure(string text, double size, bool bold = false)
    {
        using var font = CreateFont(size, bold);
        return font.MeasureText(text);
    }

    /// <summary>The height of capital letters above the baseline, as a fraction of the size.</summary>
    public double CapHeight(double size)
    {
        using var font = CreateFont(size, false);
        var capHeight = font.Metrics.CapHeight;
        return capHeight > 0 ? capHeight : size * 0.72;
    }

    internal SKFont CreateFont(double size, bool bold) =>
        new(_typeface, (float)size) { Subpixel = true, Edging = SKFontEdging.Antialias, Embolden = bold };

    public void Dispose() => _typeface.Dispose();
}
