using SiteGen.Compute.Optimisation;
using SiteGen.Figures.Drawing;

namespace SiteGen.Directives.Figures;

/// <summary>
/// The series colour of each optimiser, the same in every figure (a race on a contour map, a
/// loss curve), so a reader who has learnt that Adam is vermilion finds it again at a glance.
/// </summary>
public static class OptimiserColours
{
    /// <summary>
    /// An index into <see cref="Palette.Series"/> for each <see cref="OptimiserKind"/>, in the enum's
    /// order. SGD, the default, takes the first colour, as any lone series does; momentum and
    /// Nesterov, which race closest, get colours far apart (orange, reddish purple); sky blue, too
    /// near blue, is left over for a second run of one optimiser.
    /// </summary>
    private static readonly int[] Indices = [0, 4, 3, 2, 6, 1];

    /// <summary>The index into <see cref="Palette.Series"/> of <paramref name="kind"/>'s colour.</summary>
    public static int Of(OptimiserKind kind) => Indices[(int)kind];

    /// <summary>The ink of <paramref name="kind"/>'s colour, themed for light and dark pages.</summary>
    public static Ink InkOf(OptimiserKind kind) => Palette.SeriesInk(Of(kind));

    /// <summary>
    /// Colours for figures that show several runs side by side: each optimiser's own colour for
    /// its first run; a further run of the same optimiser (at another rate, say) takes a colour
    /// that no optimiser of the figure owns, so the runs can still be told apart.
    /// </summary>
    public static IReadOnlyList<int> For(IReadOnlyList<OptimiserKind> kinds)
    {
        var owned = kinds.Select(Of).ToHashSet();
        var spare = new Queue<int>(new[] { 5 }.Concat(Enumerable.Range(0, Palette.Series.Count)).Distinct().Where(i => !owned.Contains(i)));
        var seen = new HashSet<OptimiserKind>();
        var colours = new List<int>(kinds.Count);
        foreach (var kind in kinds)
        {
            if (seen.Add(kind) || spare.Count == 0) colours.Add(Of(kind));
            else colours.Add(spare.Dequeue());
        }
        return colours;
    }
}
