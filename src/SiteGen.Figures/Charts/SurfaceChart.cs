using SiteGen.Figures.Axes;
using SiteGen.Figures.Drawing;
using SiteGen.Figures.Surfaces;

namespace SiteGen.Figures.Charts;

/// <summary>
/// A function of two variables as a shaded surface in a labelled box, seen from the spec's
/// viewpoint through an orthographic camera. The picture (box and labels) is scaled and centred to
/// fill the figure inside its margins.
/// </summary>
public static class SurfaceChart
{
    /// <summary>
    /// The narrowest a mesh cell is worth drawing, in pixels of the figure's width: finer cells no
    /// longer make the surface look smoother, only the file bigger (each cell is a path).
    /// </summary>
    public const double CellPixels = 16;

    public static Scene Draw(SurfaceSpec spec, FigureStyle style)
    {
        var camera = new OrthographicCamera(spec.Azimuth, spec.Elevation);
        var mesh = SurfaceMesh.Sample(spec.F, spec.X, spec.Y, spec.Z, Resolution(spec));
        var box = new SurfaceBox(camera, mesh, spec.XTitle, spec.YTitle, spec.ZTitle);
        var toFigure = Fit(spec.Size, style, camera, box);

        var items = new List<SceneItem>();
        items.AddRange(Behind(box, toFigure, style));
        items.AddRange(SurfaceShading.Paint(mesh, camera, toFigure));
        items.AddRange(Label(box, toFigure, style).SelectMany(d => d.Items));
        return new Scene(spec.Size.Width, spec.Size.Height, spec.Text.Title, spec.Text.Description, items);
    }

    /// <summary>The spec's resolution, or fewer cells when the figure is too narrow to show them: 640 px wide draws at most 40.</summary>
    public static int Resolution(SurfaceSpec spec) => Math.Min(spec.Resolution, Math.Max(8, (int)(spec.Size.Width / CellPixels)));

    /// <summary>The three axes' ticks and labels; z gives way where its labels meet x's or y's at a shared corner.</summary>
    private static IReadOnlyList<SurfaceAxisDrawing> Label(SurfaceBox box, Func<BoxPoint, Point> toFigure, FigureStyle style)
    {
        var x = SurfaceAxisLabels.Draw(box.XAxis, false, toFigure, style, []);
        var y = SurfaceAxisLabels.Draw(box.YAxis, false, toFigure, style, x.TextBoxes);
        var z = SurfaceAxisLabels.Draw(box.ZAxis, true, toFigure, style, [.. x.TextBoxes, .. y.TextBoxes]);
        return [x, y, z];
    }

    /// <summary>The panes, their grid lines at the ticks, and the box's back edges.</summary>
    private static IEnumerable<SceneItem> Behind(SurfaceBox box, Func<BoxPoint, Point> toFigure, FigureStyle style)
    {
        var panes = box.Panes.Select(p => (IReadOnlyList<Point>)[.. p.Select(toFigure)]).ToList();
        yield return new PathItem(panes, null, new Fill(Palette.Muted, 0.07), true) { Class = "pane" };
        var labelled = Label(box, toFigure, style);
        SurfaceAxis[] axes = [box.XAxis, box.YAxis, box.ZAxis];
        var grid = axes.Zip(labelled).SelectMany(pair => pair.Second.Ticks
            .Select(v => (IReadOnlyList<Point>)[.. box.GridLine(pair.First, v).Select(toFigure)])).ToList();
        yield return new PathItem(grid, new Stroke(Palette.Muted, 0.8, Opacity: 0.35), null, false) { Class = "grid" };
        yield return new PathItem(panes, new Stroke(Palette.Axis, style.AxisWidth * 0.8, Opacity: 0.8), null, true) { Class = "axis" };
    }

    /// <summary>
    /// The map from box units to figure pixels that fits the box and its labels into the figure.
    /// Labels keep their size while the box scales, so the scale is solved for a few times.
    /// </summary>
    private static Func<BoxPoint, Point> Fit(FigureSize size, FigureStyle style, OrthographicCamera camera, SurfaceBox box)
    {
        var corners = SurfaceBox.Corners.Select(camera.Project).ToList();
        double u0 = corners.Min(c => c.X), u1 = corners.Max(c => c.X), v0 = corners.Min(c => c.Y), v1 = corners.Max(c => c.Y);
        double availableWidth = size.Width - 2 * style.Margin, availableHeight = size.Height - 2 * style.Margin;
        var scale = Math.Min((availableWidth - 120) / (u1 - u0), (availableHeight - 60) / (v1 - v0));
        Func<BoxPoint, Point> Map(double s, double dx, double dy) => p =>
        {
            var (u, v) = camera.Project(p);
            return new Point(dx + s * u, dy - s * v);
        };
        for (var round = 0; round < 4; round++)
        {
            var bounds = Bounds(Map(scale, 0, 0), box, style);
            // Everything but the labels grows with the scale: solve for the scale that fills the space.
            double labelsWidth = bounds.Width - scale * (u1 - u0), labelsHeight = bounds.Height - scale * (v1 - v0);
            scale = Math.Min((availableWidth - labelsWidth) / (u1 - u0), (availableHeight - labelsHeight) / (v1 - v0));
        }
        // Ticks can change with the scale; shrink until the last choice fits too.
        var fitted = Bounds(Map(scale, 0, 0), box, style);
        for (var k = 0; k < 20 && (fitted.Width > availableWidth || fitted.Height > availableHeight); k++)
            fitted = Bounds(Map(scale *= 0.98, 0, 0), box, style);
        var shiftX = size.Width / 2 - (fitted.Left + fitted.Right) / 2;
        var shiftY = size.Height / 2 - (fitted.Top + fitted.Bottom) / 2;
        return Map(scale, shiftX, shiftY);
    }

    private static Box Bounds(Func<BoxPoint, Point> map, SurfaceBox box, FigureStyle style)
    {
        var points = SurfaceBox.Corners.Select(map).ToList();
        var boxes = Label(box, map, style).SelectMany(d => d.TextBoxes).ToList();
        return new Box(
            Math.Min(points.Min(p => p.X), boxes.Select(b => b.Left).DefaultIfEmpty(double.MaxValue).Min()),
            Math.Min(points.Min(p => p.Y), boxes.Select(b => b.Top).DefaultIfEmpty(double.MaxValue).Min()),
            Math.Max(points.Max(p => p.X), boxes.Select(b => b.Right).DefaultIfEmpty(double.MinValue).Max()),
            Math.Max(points.Max(p => p.Y), boxes.Select(b => b.Bottom).DefaultIfEmpty(double.MinValue).Max()));
    }
}
