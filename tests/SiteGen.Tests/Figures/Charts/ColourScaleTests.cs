using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Charts;

public class ColourScaleTests
{
    [Fact]
    public void The_ends_are_viridis_purple_and_yellow()
    {
        Assert.Equal("#440154", ColourScale.At(0).Hex);
        Assert.Equal("#fde725", ColourScale.At(1).Hex);
    }

    [Fact]
    public void Lightness_rises_all_the_way_up()
    {
        static double Luminance(Rgb c) => 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);
        static double Linear(byte v) => Math.Pow(v / 255.0, 2.2);

        var steps = Enumerable.Range(0, 101).Select(k => Luminance(ColourScale.At(k / 100.0))).ToList();
        for (var k = 1; k < steps.Count; k++) Assert.True(steps[k] > steps[k - 1]);
    }

    [Fact]
    public void Scale_colours_are_fixed_inks()
    {
        Assert.All(ColourScale.Bands(5), ink => Assert.False(ink.IsThemed));
    }
}
