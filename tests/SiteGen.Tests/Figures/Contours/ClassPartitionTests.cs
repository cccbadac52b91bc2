using SiteGen.Figures.Charts;
using SiteGen.Figures.Contours;

namespace SiteGen.Tests.Figures.Contours;

public class ClassPartitionTests
{
    private static readonly Interval Square = new(-1, 1);

    /// <summary>Three classes meeting at the origin, each owning a 120° sector.</summary>
    private static void Sectors(double x, double y, Span<double> s)
    {
        s[0] = x;
        s[1] = -0.5 * x + Math.Sqrt(3) / 2 * y;
        s[2] = -0.5 * x - Math.Sqrt(3) / 2 * y;
    }

    /// <summary>Five classes with curved boundaries and several triple points (the scores of a small made-up network).</summary>
    private static void Curved(double x, double y, Span<double> s)
    {
        for (var c = 0; c < 5; c++) s[c] = Math.Sin(1.7 * x + c) * Math.Cos(1.3 * y - 0.6 * c) + 0.3 * Math.Tanh(x * c - y);
    }

    private static ClassPartition Partition(ClassScores scores, int classes, int cells = 37) =>
        ClassPartition.Of(ClassScoreGrid.Sample(scores, classes, Square, Square, cells, cells));

    private static int Best(ClassScores scores, int classes, double x, double y)
    {
        var s = new double[classes];
        scores(x, y, s);
        return ClassScoreGrid.Best(s);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Every_point_lies_in_exactly_one_region(int classes)
    {
        ClassScores scores = classes == 3 ? Sectors : Curved;
        var partition = Partition(scores, classes);

        for (var x = -0.9973; x < 1; x += 0.0431)
            for (var y = -0.9981; y < 1; y += 0.0397)
                Assert.Single(Enumerable.Range(0, classes), c => FilledBandsTests.Winding(partition.Regions[c], x, y) != 0);
    }

    [Fact]
    public void Away_from_the_boundaries_a_point_lies_in_the_region_of_its_largest_score()
    {
        var partition = Partition(Curved, 5, 64);

        var checkedPoints = 0;
        for (var x = -0.9973; x < 1; x += 0.0331)
            for (var y = -0.9981; y < 1; y += 0.0297)
            {
                var s = new double[5];
                Curved(x, y, s);
                var sorted = s.OrderDescending().ToArray();
                if (sorted[0] - sorted[1] < 0.02) continue;
                Assert.NotEqual(0, FilledBandsTests.Winding(partition.Regions[Best(Curved, 5, x, y)], x, y));
                checkedPoints++;
            }
        Assert.True(checkedPoints > 2500);
    }

    [Fact]
    public void A_class_that_wins_everywhere_is_one_loop_around_the_rectangle_with_no_boundary()
    {
        var partition = Partition((x, _, s) => { s[0] = 1; s[1] = x; }, 2, 8);

        var loop = Assert.Single(partition.Regions[0]);
        Assert.Equal(loop[0], loop[^1]);
        Assert.Empty(partition.Regions[1]);
        Assert.Empty(partition.Boundaries);
    }

    [Fact]
    public void Where_three_classes_meet_their_boundaries_meet_in_one_point()
    {
        var partition = Partition(Sectors, 3);

        // One line may run on through the meeting point (along the outline of the class it bounds); the others end on it.
        var lines = partition.Boundaries;
        var ends = lines.SelectMany((line, n) => new[] { (Line: n, At: line[0]), (Line: n, At: line[^1]) })
            .Where(e => Math.Abs(e.At.X) < 0.2 && Math.Abs(e.At.Y) < 0.2).ToList();
        Assert.NotEmpty(ends);
        Assert.All(ends, end => Assert.Contains(lines.Where((_, n) => n != end.Line).SelectMany(l => l),
            p => Math.Abs(p.X - end.At.X) < 1e-12 && Math.Abs(p.Y - end.At.Y) < 1e-12));
    }

    [Fact]
    public void Each_boundary_is_a_line_once_from_border_to_border()
    {
        // Two vertical stripes: class 1 in the middle third.
        var partition = Partition((x, _, s) => { s[0] = Math.Abs(x) - 1.0 / 3; s[1] = 0; }, 2, 30);

        Assert.Equal(2, partition.Boundaries.Count);
        Assert.All(partition.Boundaries, line =>
        {
            Assert.All(line, p => Assert.Equal(1.0 / 3, Math.Abs(p.X), 9));
            Assert.Equal(2, Math.Abs(line[^1].Y - line[0].Y), 9);
        });
        Assert.Equal(2, partition.Regions[0].Count);
    }

    [Fact]
    public void Ties_go_to_the_first_class()
    {
        var partition = Partition((_, _, s) => { s[0] = 0.5; s[1] = 0.5; }, 2, 4);

        Assert.Single(partition.Regions[0]);
        Assert.Empty(partition.Regions[1]);
    }
}
