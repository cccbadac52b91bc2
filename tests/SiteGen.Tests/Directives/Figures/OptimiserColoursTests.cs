using SiteGen.Compute.Optimisation;
using SiteGen.Directives.Figures;
using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Directives.Figures;

/// <summary>Each optimiser keeps one series colour in every figure.</summary>
public class OptimiserColoursTests
{
    private static readonly OptimiserKind[] All = Enum.GetValues<OptimiserKind>();

    [Fact]
    public void The_six_optimisers_have_six_different_series_colours_and_sgd_the_first()
    {
        var colours = All.Select(OptimiserColours.Of).ToList();
        Assert.Equal(All.Length, colours.Distinct().Count());
        Assert.All(colours, c => Assert.InRange(c, 0, Palette.Series.Count - 1));
        Assert.Equal(0, OptimiserColours.Of(OptimiserKind.Sgd));
        Assert.Equal(Palette.SeriesInk(OptimiserColours.Of(OptimiserKind.Adam)), OptimiserColours.InkOf(OptimiserKind.Adam));
    }

    [Fact]
    public void A_race_keeps_each_optimisers_colour_whatever_the_order()
    {
        Assert.Equal(All.Select(OptimiserColours.Of), OptimiserColours.For(All));
        Assert.Equal(All.Reverse().Select(OptimiserColours.Of), OptimiserColours.For([.. All.Reverse()]));
    }

    [Fact]
    public void A_second_run_of_one_optimiser_takes_a_colour_no_optimiser_of_the_figure_owns()
    {
        var colours = OptimiserColours.For([OptimiserKind.Adam, OptimiserKind.Sgd, OptimiserKind.Adam, OptimiserKind.Adam]);
        Assert.Equal(OptimiserColours.Of(OptimiserKind.Adam), colours[0]);
        Assert.Equal(OptimiserColours.Of(OptimiserKind.Sgd), colours[1]);
        Assert.Equal(4, colours.Distinct().Count());
        Assert.DoesNotContain(colours[2], new[] { colours[0], colours[1] });
    }
}
