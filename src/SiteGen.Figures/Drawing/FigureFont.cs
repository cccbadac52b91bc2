using SkiaSharp;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// The one typeface figures are set in, loaded from the bytes the theme ships: with no system
/// fonts to fall back on, text is measured and drawn the same on every machine, and the SVG
/// writer draws its outlines, so a label is the shape it was measured as. Thread-safe:
/// measuring creates its own SKFont.
/// </summary>
public sealed class FigureFont : IDisposable
{
    /// <summary>The family name an SVG written with `text` elements asks for first.</summary>
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

    /// <summary>Whether the font has a glyph for every character of <paramref name="text"/>.</summary>
    public bool Covers(string text)
    {
        using var font = CreateFont(12, false);
        return font.ContainsGlyphs(text);
    }

    /// <summary>The height of capital letters above the baseline at <paramref name="size"/> pixels.</summary>
    public double CapHeight(double size)
    {
        using var font = CreateFont(size, false);
        var capHeight = font.Metrics.CapHeight;
        return capHeight > 0 ? capHeight : size * 0.72;
    }

    // No hinting and linear metrics: advances are the font's own, unrounded, which is what a
    // browser lays the SVG out with; hinted advances snap to whole pixels and drift from it.
    internal SKFont CreateFont(double size, bool bold) =>
        new(_typeface, (float)size)
        {
            Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias, Embolden = bold,
        };

    public void Dispose() => _typeface.Dispose();
}
