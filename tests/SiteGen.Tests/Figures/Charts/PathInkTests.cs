using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Charts;

public class PathInkTests
{
    /// <summary>The WCAG contrast ratio of two colours: 1 for equal lightness, 21 for black on white.</summary>
    private static double Contrast(Rgb a, Rgb b)
    {
        static double Channel(byte c)
        {
            var v = c / 255.0;
            return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        static double Luminance(Rgb c) => 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_path_over_bands_stands_out_from_every_band_by_its_line_or_its_halo(int index)
    {
        var ink = PathInk.For(index, overBands: true);
        Assert.True(Contrast(ink.Line.Light, ink.Halo.Light) >= 3, "the line does not stand out from its halo");
        for (var t = 0.0; t <= 1; t += 0.02)
        {
            var band = ColourScale.At(t);
            var best = Math.Max(Contrast(ink.Line.Light, band), Contrast(ink.Halo.Light, band));
            Assert.True(best >= 3, $"path {index} fades into the band at {t:0.00} (contrast {best:0.0})");
        }
    }

    [Fact]
    public void Paths_over_bands_use_fixed_colours_so_the_map_reads_the_same_on_a_dark_page()
    {
        for (var k = 0; k < 4; k++)
        {
            var ink = PathInk.For(k, overBands: true);
            Assert.False(ink.Line.IsThemed);
            Assert.False(ink.Halo.IsThemed);
        }
    }

    [Fact]
    public void The_first_path_is_not_blue()
    {
        // Blue sinks into the dark purple of the colour scale and into the blue contour lines.
        Assert.NotEqual(Palette.SeriesInk(0), PathInk.For(0, overBands: false).Line);
        Assert.NotEqual(Palette.SeriesInk(0).Light, PathInk.For(0, overBands: true).Line.Light);
    }

    [Fact]
    public void The_paths_of_one_map_have_different_colours()
    {
        foreach (var overBands in new[] { true, false })
        {
            var lines = Enumerable.Range(0, 4).Select(k => PathInk.For(k, overBands).Line).ToList();
            Assert.Equal(lines.Count, lines.Distinct().Count());
        }
    }

    private static PathInk Series(int colour, bool overBands) => PathInk.For(new PathSeries([], null) { Colour = colour }, 0, overBands);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_path_in_a_series_colour_over_bands_stands_out_from_every_band_in_a_fixed_ink(int colour)
    {
        var ink = Series(colour, overBands: true);
        Assert.False(ink.Line.IsThemed);
        Assert.True(Contrast(ink.Line.Light, ink.Halo.Light) >= 3, "the line does not stand out from its halo");
        for (var t = 0.0; t <= 1; t += 0.02)
        {
            var band = ColourScale.At(t);
            var best = Math.Max(Contrast(ink.Line.Light, band), Contrast(ink.Halo.Light, band));
            Assert.True(best >= 3, $"series colour {colour} fades into the band at {t:0.00} (contrast {best:0.0})");
        }
    }

    [Fact]
    public void A_path_in_a_series_colour_takes_that_colour_over_the_page_and_seven_distinct_inks_over_bands()
    {
        for (var colour = 0; colour < Palette.Series.Count; colour++)
            Assert.Equal(Palette.SeriesInk(colour), Series(colour, overBands: false).Line);
        var overBands = Enumerable.Range(0, Palette.Series.Count).Select(c => Series(c, overBands: true).Line).ToList();
        Assert.Equal(overBands.Count, overBands.Distinct().Count());
    }

    [Fact]
    public void A_path_without_a_series_colour_takes_the_maps_next_as_before()
    {
        foreach (var overBands in new[] { true, false })
            for (var k = 0; k < 8; k++)
                Assert.Equal(PathInk.For(k, overBands), PathInk.For(new PathSeries([], "a path"), k, overBands));
    }
}
