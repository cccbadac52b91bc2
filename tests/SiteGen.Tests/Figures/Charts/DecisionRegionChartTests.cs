using SiteGen.Figures.Axes;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;
using SiteGen.Tests.Figures.Contours;
using SiteGen.Tests.Golden;
using SkiaSharp;

namespace SiteGen.Tests.Figures.Charts;

public class DecisionRegionChartTests
{
    private static readonly Interval Unit = new(-1, 1);

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static DecisionRegionSpec Binary(Func<double, double, double> probability) =>
        new(new FigureSize(560, 460), new FigureText("A classifier", "Its regions."), new Interval(-2, 2), Unit, new ProbabilityClassifier(probability))
        { XTitle = "x₁", YTitle = "x₂" };

    /// <summary>Three classes meeting at the origin, each owning a 120° sector.</summary>
    private static void Sectors(double x, double y, Span<double> scores)
    {
        scores[0] = x;
        scores[1] = -0.5 * x + Math.Sqrt(3) / 2 * y;
        scores[2] = -0.5 * x - Math.Sqrt(3) / 2 * y;
    }

    private static int ArgMax(ClassScores scores, int classes, double x, double y)
    {
        Span<double> s = stackalloc double[classes];
        scores(x, y, s);
        var best = 0;
        for (var c = 1; c < classes; c++) if (s[c] > s[best]) best = c;
        return best;
    }

    private static DecisionRegionSpec Three() =>
        new(new FigureSize(560, 460), new FigureText("Three classes", "Three sectors."), Unit, Unit, new ScoreClassifier(3, Sectors));

    /// <summary>The plot area, read off the axis line the frame draws along its left and bottom edges.</summary>
    private static Box PlotArea(Scene scene)
    {
        var axis = scene.Items.OfType<PathItem>().First(p => p.Class == "axis").Pieces[0];
        return new Box(axis[0].X, axis[0].Y, axis[2].X, axis[1].Y);
    }

    private static (double X, double Y) Data(Box area, Interval x, Interval y, Point p) =>
        (x.Min + (p.X - area.Left) / area.Width * x.Length, y.Max - (p.Y - area.Top) / area.Height * y.Length);

    private static List<PathItem> Regions(Scene scene) => [.. scene.Items.OfType<PathItem>().Where(p => p.Class == "region")];

    private static bool Covers(PathItem region, Point p) =>
        FilledBandsTests.Winding(region.Pieces.Select(piece => (IReadOnlyList<(double X, double Y)>)[.. piece.Select(q => (q.X, q.Y))]), p.X, p.Y) != 0;

    [Fact]
    public void The_boundary_of_a_sigmoid_in_x_is_the_vertical_line_x_0()
    {
        var scene = DecisionRegionChart.Draw(Binary((x, _) => Sigmoid(4 * x)), ChartTestStyle.Style);

        var area = PlotArea(scene);
        var zero = area.Left + area.Width / 2;
        var boundary = Assert.Single(scene.Items.OfType<PathItem>(), p => p.Class == "boundary");
        var points = boundary.Pieces.SelectMany(p => p).ToList();
        Assert.All(points, p => Assert.InRange(p.X, zero - 0.05, zero + 0.05));
        Assert.Equal(area.Top, points.Min(p => p.Y), 3);
        Assert.Equal(area.Bottom, points.Max(p => p.Y), 3);
    }

    [Fact]
    public void Class_one_is_tinted_right_of_the_boundary_and_class_zero_left_of_it()
    {
        var scene = DecisionRegionChart.Draw(Binary((x, _) => Sigmoid(4 * x)) with { Confidence = false }, ChartTestStyle.Style);

        var area = PlotArea(scene);
        var regions = Regions(scene);
        Assert.Equal(2, regions.Count);
        var (zero, one) = (regions.Single(r => r.Fill!.Ink == Palette.SeriesInk(0)), regions.Single(r => r.Fill!.Ink == Palette.SeriesInk(1)));
        foreach (var dx in new[] { -100.0, -3, 3, 100 })
        {
            var p = new Point(area.Left + area.Width / 2 + dx, area.Top + area.Height / 3);
            Assert.Equal((dx < 0, dx > 0), (Covers(zero, p), Covers(one, p)));
        }
    }

    [Fact]
    public void Confidence_deepens_each_side_in_three_nested_steps_that_stop_at_the_levels()
    {
        var scene = DecisionRegionChart.Draw(Binary((x, _) => Sigmoid(4 * x)), ChartTestStyle.Style);

        var area = PlotArea(scene);
        var regions = Regions(scene);
        Assert.Equal(6, regions.Count);
        // Class 1's deepest step covers p ≥ 0.9, where 4x ≥ ln 9.
        var deepest = regions.Where(r => r.Fill!.Ink == Palette.SeriesInk(1)).Last();
        var edge = area.Left + (Math.Log(9) / 4 + 2) / 4 * area.Width;
        Assert.True(Covers(deepest, new Point(edge + 2, area.CentreY())));
        Assert.False(Covers(deepest, new Point(edge - 2, area.CentreY())));
        // Stacked, the layers darken away from the boundary: each adds opacity.
        Assert.All(regions, r => Assert.InRange(r.Fill!.Opacity, 0.05, 0.2));
    }

    [Fact]
    public void Three_regions_partition_the_plane_by_the_largest_score()
    {
        var spec = Three();
        var scene = DecisionRegionChart.Draw(spec, ChartTestStyle.Style);

        var area = PlotArea(scene);
        var regions = Regions(scene);
        Assert.Equal([Palette.SeriesInk(0), Palette.SeriesInk(1), Palette.SeriesInk(2)], regions.Select(r => r.Fill!.Ink));
        var checkedPoints = 0;
        for (var px = area.Left + 1.3; px < area.Right; px += 7.1)
            for (var py = area.Top + 1.7; py < area.Bottom; py += 6.7)
            {
                var (x, y) = Data(area, Unit, Unit, new Point(px, py));
                // Within a couple of pixels of a boundary, which side a point falls is the interpolation's call.
                var scores = new double[3];
                Sectors(x, y, scores);
                var sorted = scores.OrderDescending().ToArray();
                if ((sorted[0] - sorted[1]) * area.Width / 2 < 3) continue;
                var covering = Enumerable.Range(0, 3).Where(c => Covers(regions[c], new Point(px, py))).ToList();
                Assert.Equal([ArgMax(Sectors, 3, x, y)], covering);
                checkedPoints++;
            }
        Assert.True(checkedPoints > 1000);
    }

    [Fact]
    public void Each_boundary_between_two_classes_is_drawn_once()
    {
        var scene = DecisionRegionChart.Draw(Three(), ChartTestStyle.Style);

        var area = PlotArea(scene);
        var boundary = Assert.Single(scene.Items.OfType<PathItem>(), p => p.Class == "boundary");
        var length = boundary.Pieces.Sum(piece => piece.Zip(piece.Skip(1), (a, b) => Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y))).Sum());
        // Three rays from the centre: one to the left edge, two at ±60° to the top and bottom edges.
        var half = area.Width / 2;
        var expected = half + 2 * (half / Math.Sin(Math.PI / 3));
        Assert.InRange(length, expected - 3, expected + 12);
    }

    [Fact]
    public void An_island_class_is_outlined_by_one_closed_line()
    {
        var spec = Three() with { Classifier = new ScoreClassifier(2, (x, y, s) => { s[0] = 0.25 - x * x - y * y; s[1] = 0; }) };
        var scene = DecisionRegionChart.Draw(spec, ChartTestStyle.Style);

        var boundary = Assert.Single(scene.Items.OfType<PathItem>(), p => p.Class == "boundary");
        var loop = Assert.Single(boundary.Pieces);
        Assert.Equal(loop[0], loop[^1]);
        var area = PlotArea(scene);
        Assert.InRange(loop.Max(p => p.X) - loop.Min(p => p.X), area.Width / 2 - 1, area.Width / 2 + 1);  // a diameter of 1 on an axis 2 long
    }

    [Fact]
    public void Every_class_s_points_are_drawn_in_its_colour_with_its_own_shape()
    {
        var scores = new ClassScores((x, y, s) => { for (var c = 0; c < 7; c++) s[c] = Math.Cos(Math.Atan2(y, x) - 2 * Math.PI * c / 7); });
        var points = Enumerable.Range(0, 7).Select(c => new ClassPoint(0.5 * Math.Cos(2 * Math.PI * c / 7), 0.5 * Math.Sin(2 * Math.PI * c / 7), c)).ToList();
        var spec = Three() with { Classifier = new ScoreClassifier(7, scores), Points = points };
        var scene = DecisionRegionChart.Draw(spec, ChartTestStyle.Style);

        var markers = scene.Items.Where(i => i.Class == "point").ToList();
        Assert.Equal(7, markers.Count);
        Assert.Equal(Enumerable.Range(0, 7).Select(c => (Ink?)Palette.SeriesInk(c)), markers.Select(FillOf));
        Assert.IsType<CircleItem>(markers[0]);
        // Each shape's outline relative to its centre, rounded: seven different ones.
        var outlines = markers.Skip(1).Cast<PathItem>().Select(m =>
        {
            var piece = m.Pieces[0];
            double cx = piece.Average(p => p.X), cy = piece.Average(p => p.Y);
            return string.Join(' ', piece.Select(p => $"{Math.Round(p.X - cx)},{Math.Round(p.Y - cy)}"));
        }).ToList();
        Assert.Equal(6, outlines.Distinct().Count());
        Assert.All(markers, m => Assert.Equal(Palette.Text, StrokeOf(m)));
    }

    [Fact]
    public void Test_points_are_hollow_and_the_legend_says_so()
    {
        var spec = Three() with { Points = [new ClassPoint(0.5, 0, 0)], TestPoints = [new ClassPoint(-0.5, 0.5, 1)] };
        var scene = DecisionRegionChart.Draw(spec, ChartTestStyle.Style);

        var hollow = Assert.Single(scene.Items, i => i.Class == "test-point");
        Assert.Equal(Palette.Background, FillOf(hollow));
        Assert.Equal(Palette.SeriesInk(1), StrokeOf(hollow));
        Assert.Equal(["class 0", "class 1", "class 2", "test"], scene.Items.OfType<TextItem>().Where(t => t.Class == "legend").Select(t => t.Text));
    }

    [Fact]
    public void The_legend_names_the_classes_above_the_plot_in_their_colours()
    {
        var spec = Three() with { ClassLabels = ["setosa", "versicolor", "virginica"], ClassColours = [2, 4, 0] };
        var scene = DecisionRegionChart.Draw(spec, ChartTestStyle.Style);

        var labels = scene.Items.OfType<TextItem>().Where(t => t.Class == "legend").ToList();
        Assert.Equal(["setosa", "versicolor", "virginica"], labels.Select(t => t.Text));
        Assert.All(labels, l => Assert.True(TextBounds.Of(l, ChartTestStyle.Style).Bottom < PlotArea(scene).Top));
        Assert.Equal([Palette.SeriesInk(2), Palette.SeriesInk(4), Palette.SeriesInk(0)], Regions(scene).Select(r => r.Fill!.Ink));
    }

    [Fact]
    public void Arrows_are_drawn_only_when_asked_for()
    {
        var spec = Binary((x, _) => Sigmoid(4 * x));
        var gradient = new ArrowField((x, _) => (4 * Sigmoid(4 * x) * (1 - Sigmoid(4 * x)), 0), 9, 5);

        Assert.DoesNotContain(DecisionRegionChart.Draw(spec, ChartTestStyle.Style).Items, i => i.Class == "arrows");
        var arrows = DecisionRegionChart.Draw(spec with { Arrows = gradient }, ChartTestStyle.Style).Items.OfType<PathItem>().Where(i => i.Class == "arrows").ToList();
        Assert.Equal(2, arrows.Count);  // the shafts and the heads
        Assert.True(arrows[0].Pieces.Count > 9);
    }

    [Fact]
    public void The_chart_is_written_as_inline_svg_and_as_light_and_dark_png()
    {
        var spec = Three() with { Points = [new ClassPoint(0.5, 0, 0)] };
        var scene = DecisionRegionChart.Draw(spec, ChartTestStyle.Style);

        var svg = SvgWriter.Write(scene, new SvgOptions("regions"));
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("<title id=\"regions-title\">Three classes</title>", svg);
        Assert.Contains(">class 2</text>", svg);
        using var light = SKBitmap.Decode(PngWriter.Write(scene, ChartTestStyle.Style.Font, 1));
        using var dark = SKBitmap.Decode(PngWriter.Write(scene, ChartTestStyle.Style.Font, 1, dark: true));
        Assert.Equal(((int)scene.Width, (int)Math.Ceiling(scene.Height)), (light.Width, light.Height));
        var area = PlotArea(scene);
        // Inside class 0's region: a light tint of blue on white, a deep one on the dark page.
        var (x, y) = ((int)(area.Right - 10), (int)(area.CentreY() + 10));
        var (onLight, onDark) = (light.GetPixel(x, y), dark.GetPixel(x, y));
        Assert.True(onLight.Blue > onLight.Red && onLight.Red > 160, $"light tint {onLight}");
        Assert.True(onDark.Blue > onDark.Red && onDark.Blue < 110, $"dark tint {onDark}");
    }

    [Fact]
    public void A_small_chart_has_the_outline_it_had()
    {
        var spec = Three() with
        {
            Size = new FigureSize(320, 280), XTitle = "x₁", YTitle = "x₂",
            Points = [new ClassPoint(0.5, 0, 0), new ClassPoint(-0.4, 0.5, 1)], TestPoints = [new ClassPoint(-0.4, -0.5, 2)],
        };
        var outline = SvgOutline.Of(SvgWriter.Write(DecisionRegionChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("small")));

        Assert.Equal(SmallOutline, outline);
    }

    /// <summary>What the small chart draws and says, without coordinates (see <see cref="SvgOutline"/>).</summary>
    private const string SmallOutline = """
        svg.sg-figure role=img aria-labelledby=small-title small-desc
          title id=small-title "Three classes"
          desc id=small-desc "Three sectors."
          style
          rect.f-bg
          g.grid
            path.s-grid
            path.s-axis
          g.region
            path.f-s1
            path.f-s2
            path.f-s3
          g.boundary
            path.s-text
          g.axis
            path.s-axis ×2
            text.f-muted "−1"
            text.f-muted "0"
            text.f-muted "1"
            text.f-muted "−1"
            text.f-muted "0"
            text.f-muted "1"
            text.f-text "x₁"
            text.f-text "x₂"
          g.point.s-text
            circle.f-s1
            path.f-s2
          g.test-point
            path.f-bg.s-s3
          g.legend
            path.f-s1
            circle.f-s1.s-text
            text.f-text "class 0"
            path.f-s2
            path.f-s2.s-text
            text.f-text "class 1"
            path.f-s3
            path.f-s3.s-text
            text.f-text "class 2"
            circle.f-bg.s-muted
            text.f-text "test"

        """;

    [Fact]
    public void Drawing_twice_gives_the_same_figure()
    {
        var spec = Binary((x, y) => Sigmoid(3 * x - y * y)) with { Points = [new ClassPoint(1, 0, 1)], Arrows = new ArrowField((x, y) => (3, -2 * y), 7, 5) };

        Assert.Equal(SvgWriter.Write(DecisionRegionChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("d")),
            SvgWriter.Write(DecisionRegionChart.Draw(spec, ChartTestStyle.Style), new SvgOptions("d")));
    }

    [Fact]
    public void A_point_of_a_class_the_classifier_lacks_is_refused()
    {
        var spec = Three() with { Points = [new ClassPoint(0, 0, 3)] };

        Assert.Throws<ArgumentException>(() => DecisionRegionChart.Draw(spec, ChartTestStyle.Style));
    }

    [Fact]
    public void More_classes_than_the_palette_has_colours_are_refused()
    {
        var spec = Three() with { Classifier = new ScoreClassifier(8, (_, _, s) => s.Clear()) };

        Assert.Throws<ArgumentOutOfRangeException>(() => DecisionRegionChart.Draw(spec, ChartTestStyle.Style));
    }

    private static Ink? FillOf(SceneItem item) => item switch { CircleItem c => c.Fill?.Ink, PathItem p => p.Fill?.Ink, _ => null };

    private static Ink? StrokeOf(SceneItem item) => item switch { CircleItem c => c.Stroke?.Ink, PathItem p => p.Stroke?.Ink, _ => null };
}

file static class BoxCentre
{
    public static double CentreY(this Box box) => (box.Top + box.Bottom) / 2;
}
