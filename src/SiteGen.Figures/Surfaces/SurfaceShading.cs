using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Surfaces;

/// <summary>
/// Paints the quads of a surface back to front (the painter's algorithm): each quad is coloured by
/// its height through the <see cref="ColourScale"/>, darkened by Lambert's cosine law for a light
/// fixed relative to the camera (above, left, in front), and outlined with a slightly darker thin
/// stroke so the mesh reads and no hairline seams show between neighbours.
/// </summary>
public static class SurfaceShading
{
    private const double Ambient = 0.62;

    // One translucent dark stroke for every quad: it darkens each edge a little whatever the colour
    // underneath, and being the same everywhere it is written once for the whole mesh.
    private static readonly Stroke Edge = new(Ink.Fixed("#000000"), 0.5, Opacity: 0.16);

    /// <summary>The quads in painting order: farthest first; ties keep grid order, so output is stable.</summary>
    public static IReadOnlyList<SurfaceQuad> BackToFront(SurfaceMesh mesh, OrthographicCamera camera) =>
        [.. mesh.Quads.OrderBy(q => camera.Depth(q.Centre))];

    public static IReadOnlyList<SceneItem> Paint(SurfaceMesh mesh, OrthographicCamera camera, Func<BoxPoint, Point> toFigure)
    {
        var light = (0.55 * camera.Toward + 0.8 * camera.Up + (-0.45) * camera.Right).Normalized();
        var items = new List<SceneItem>(mesh.Quads.Count);
        foreach (var quad in BackToFront(mesh, camera))
        {
            var c = quad.Corners;
            var normal = quad.Normal;
            // From below we see the quad's underside, which the light reaches from the same side.
            if (normal.Dot(camera.Toward) < 0) normal = -1 * normal;
            var lambert = Math.Max(0, normal.Dot(light));
            var colour = Oklab.FromRgb(ColourScale.At((quad.Height - mesh.Z.Min) / mesh.Z.Length));
            var lit = colour.Shaded(Ambient + (1 - Ambient) * lambert);
            var fill = Ink.Fixed(lit.ToRgb());
            items.Add(new PathItem([[.. c.Select(toFigure).Select(Tenth)]], Edge, new Fill(fill), true) { Class = "surface" });
        }
        return items;
    }

    // The mesh is most of a surface's file, and a tenth of a pixel is finer than any screen shows;
    // neighbouring quads round their shared corners alike, so no seam opens between them.
    private static Point Tenth(Point p) => new(Math.Round(p.X, 1, MidpointRounding.AwayFromZero), Math.Round(p.Y, 1, MidpointRounding.AwayFromZero));
}
