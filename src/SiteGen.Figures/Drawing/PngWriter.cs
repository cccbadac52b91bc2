using SkiaSharp;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// Draws a <see cref="Scene"/> as a PNG with SkiaSharp, for social cards, downloads and pages that
/// cannot show SVG. Themed inks take their light or dark colour; the same scene always encodes to
/// the same bytes.
/// </summary>
public static class PngWriter
{
    private static readonly SKPngEncoderOptions Encoding = new(SKPngEncoderFilterFlags.Sub, 6);

    /// <param name="scale">Device pixels per figure pixel: 2 gives a sharp image on high-density screens.</param>
    /// <param name="dark">Use the inks' dark colours on the dark background.</param>
    public static byte[] Write(Scene scene, FigureFont font, double scale = 2, bool dark = false)
    {
        if (!(scale > 0) || !double.IsFinite(scale)) throw new ArgumentOutOfRangeException(nameof(scale), scale, "the scale must be a positive number");
        var width = (int)Math.Ceiling(scene.Width * scale);
        var height = (int)Math.Ceiling(scene.Height * scale);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"cannot create a {width}×{height} drawing surface");
        var canvas = surface.Canvas;
        canvas.Clear(ScenePainter.Colour(Palette.Background, dark, 1));
        canvas.Scale((float)scale);
        new ScenePainter(canvas, font, dark).Paint(scene.Items);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        // Encoding dominates drawing. The Sub filter alone, at zlib level 6, takes a third less time
        // than libpng's default search over every row filter, for files about 8% larger.
        using var png = pixels.Encode(Encoding) ?? throw new InvalidOperationException("the PNG encoder refused the figure");
        return png.ToArray();
    }
}
