using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Contours;

/// <summary>
/// Contour levels at round numbers. Most functions get evenly spaced levels; a non-negative
/// function whose values crowd near its minimum (a loss with steep walls, like Rosenbrock's
/// valley) gets levels at 1, 2, 5 × 10ᵏ instead, or its whole interesting part would be one band.
/// </summary>
public static class ContourLevels
{
    /// <summary>Below this share of the range, the median counts as crowded near the minimum.</summary>
    private const double CrowdedShare = 0.1;

    public static IReadOnlyList<double> Pick(SampledGrid grid, int count)
    {
        var range = grid.Range;
        if (range.Min >= 0 && range.Length > 0 && Median(grid) - range.Min < CrowdedShare * range.Length)
            return Geometric(range, count);
        return Even(range, count);
    }

    /// <summary>The round step whose count of levels strictly inside the range is nearest the wish (ties: fewer lines).</summary>
    public static IReadOnlyList<double> Even(Interval range, int count)
    {
        if (!(range.Length > 0) || count < 1) return [];
        IReadOnlyList<double> Inside(double step) => [.. NiceTicks.Multiples(range, step).Where(v => v > range.Min && v < range.Max)];
        var above = NiceTicks.StepAtLeast(range.Length / (count + 1));
        var below = NiceTicks.StepAtLeast(above / 2.6);
        while (NiceTicks.NextStep(below) < above * (1 - 1e-9)) below = NiceTicks.NextStep(below);
        var (few, many) = (Inside(above), Inside(below));
        return Math.Abs(many.Count - count) < Math.Abs(few.Count - count) ? many : few;
    }

    /// <summary>The largest 1, 2, 5 × 10ᵏ values inside the range, counting down from its top.</summary>
    public static IReadOnlyList<double> Geometric(Interval range, int count)
    {
        var levels = new List<double>();
        var power = Math.Floor(Math.Log10(range.Max));
        for (var k = 0; levels.Count < count && k < 3 * 40; k++)
        {
            var exponent = power - k / 3;
            var value = new[] { 5.0, 2, 1 }[k % 3] * Math.Pow(10, exponent);
            value = Math.Round(value, Math.Clamp(1 - (int)exponent, 0, 15));
            if (value <= range.Min) break;
            if (value < range.Max) levels.Add(value);
        }
        levels.Reverse();
        return levels;
    }

    private static double Median(SampledGrid grid)
    {
        var values = new List<double>((grid.Columns + 1) * (grid.Rows + 1));
        for (var j = 0; j <= grid.Rows; j++)
            for (var i = 0; i <= grid.Columns; i++) values.Add(grid[i, j]);
        values.Sort();
        return values[values.Count / 2];
    }
}
