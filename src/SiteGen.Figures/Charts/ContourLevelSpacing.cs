namespace SiteGen.Figures.Charts;

/// <summary>Whether contour levels step evenly, which decides how their colour bar is spaced.</summary>
internal static class ContourLevelSpacing
{
    public static bool IsEven(IReadOnlyList<double> levels)
    {
        if (levels.Count < 3) return true;
        var steps = levels.Zip(levels.Skip(1), (a, b) => b - a).ToList();
        return steps.Max() - steps.Min() <= 1e-6 * Math.Max(Math.Abs(steps.Max()), 1e-300);
    }
}
