using SiteGen.Compute.Optimisation;
using SiteGen.Directives.Figures;

namespace SiteGen.Tests.Directives.Figures;

/// <summary>A descent of one optimiser, not a race, keeps that optimiser's colour, so a lesson's SGD is one blue throughout.</summary>
public partial class DescentRaceTests
{
    private static string Single(string optimiser, string start) =>
        Race.Replace("optimiser:\n  - sgd\n  - {optimiser: momentum, rate: 0.02}\n  - adam", optimiser).Replace("start: [1, 1]", start);

    [Theory]
    [InlineData("optimiser: sgd", OptimiserKind.Sgd)]
    [InlineData("momentum: 0.5", OptimiserKind.Sgd)]
    [InlineData("optimiser: adam", OptimiserKind.Adam)]
    [InlineData("optimiser: rmsprop", OptimiserKind.RmsProp)]
    public void A_single_optimiser_draws_its_path_in_the_colour_a_race_gives_it(string optimiser, OptimiserKind kind)
    {
        var line = Assert.Single(Lines(Rendered(Single(optimiser, "start: [1, 1]")), 0));
        Assert.Equal(Ink(OptimiserColours.Of(kind)), line.Stroke);
    }

    [Fact]
    public void Further_starts_of_a_single_optimiser_take_colours_no_optimiser_owns()
    {
        var strokes = Lines(Rendered(Single("optimiser: sgd", "start: [[1, 1], [-1, 0.5], [0.5, -1]]")), 0).Select(l => l.Stroke).ToList();
        var owned = Enum.GetValues<OptimiserKind>().Where(k => k != OptimiserKind.Sgd).Select(k => Ink(OptimiserColours.Of(k))).ToHashSet();
        Assert.Equal(3, strokes.Distinct().Count());
        Assert.Equal(Ink(OptimiserColours.Of(OptimiserKind.Sgd)), strokes[0]);
        Assert.DoesNotContain(strokes[1], owned);
    }
}
