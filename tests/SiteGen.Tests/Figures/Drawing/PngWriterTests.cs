using SiteGen.Figures.Drawing;
using SkiaSharp;

namespace SiteGen.Tests.Figures.Drawing;

public class PngWriterTests
{
    private static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");

    private static SKColor ColourOf(Rgb rgb) => new(rgb.R, rgb.G, rgb.B);

    [Fact]
    public void At_scale_two_the_image_has_two_pixels_per_figure_pixel()
    {
        using var bitmap = Decode(PngWriter.Write(SampleScenes.Chart(), ThemeFont.Font));

        Assert.Equal((400, 240), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void The_same_scene_encodes_to_the_same_bytes()
    {
        var first = PngWriter.Write(SampleScenes.Chart(), ThemeFont.Font);
        var second = PngWriter.Write(SampleScenes.Chart(), ThemeFont.Font);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Text_is_drawn_with_the_theme_font()
    {
        using var bitmap = Decode(PngWriter.Write(SampleScenes.TextOnly("10⁻³ −2"), ThemeFont.Font));

        var background = ColourOf(Palette.Background.Light);
        var inked = bitmap.Pixels.Count(p => p != background);
        Assert.True(inked > 100, $"only {inked} pixels differ from the background: the text is invisible");
    }

    [Fact]
    public void Text_is_centred_on_its_anchor()
    {
        using var bitmap = Decode(PngWriter.Write(SampleScenes.TextOnly("HHHH"), ThemeFont.Font, scale: 1));

        var (left, right, top, bottom) = InkedBounds(bitmap, ColourOf(Palette.Background.Light));
        Assert.InRange((left + right) / 2.0, 58, 62);
        Assert.InRange((top + bottom) / 2.0, 18, 22);
    }

    [Fact]
    public void A_dark_image_has_the_dark_background_and_the_dark_inks()
    {
        using var bitmap = Decode(PngWriter.Write(SampleScenes.Chart(), ThemeFont.Font, dark: true));

        Assert.Equal(ColourOf(Palette.Background.Dark), bitmap.GetPixel(0, 0));
        Assert.Contains(ColourOf(Palette.SeriesInk(0).Dark), bitmap.Pixels);
        Assert.DoesNotContain(ColourOf(Palette.SeriesInk(0).Light), bitmap.Pixels);
    }

    [Fact]
    public void A_group_item_is_drawn_scaled_and_moved()
    {
        var dot = new CircleItem(new(10, 10), 5, new Fill(Palette.SeriesInk(0)), null);
        var scene = new Scene(100, 100, "t", "d", [new GroupItem([dot], 2, new Point(50, 50))]);

        using var bitmap = Decode(PngWriter.Write(scene, ThemeFont.Font, scale: 1));

        Assert.Equal(ColourOf(Palette.SeriesInk(0).Light), bitmap.GetPixel(70, 70));
        Assert.Equal(ColourOf(Palette.Background.Light), bitmap.GetPixel(10, 10));
    }

    [Fact]
    public void A_dashed_line_leaves_gaps()
    {
        var scene = new Scene(100, 10, "t", "d", [PathItem.Line([new(0, 5), new(100, 5)], new Stroke(Palette.Text, 2, [10, 10]))]);

        using var bitmap = Decode(PngWriter.Write(scene, ThemeFont.Font, scale: 1));

        Assert.Equal(ColourOf(Palette.Text.Light), bitmap.GetPixel(5, 5));
        Assert.Equal(ColourOf(Palette.Background.Light), bitmap.GetPixel(15, 5));
    }

    private static (int Left, int Right, int Top, int Bottom) InkedBounds(SKBitmap bitmap, SKColor background)
    {
        var (left, right, top, bottom) = (int.MaxValue, -1, int.MaxValue, -1);
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            if (bitmap.GetPixel(x, y) == background) continue;
            (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
        }
        return (left, right, top, bottom);
    }
}
