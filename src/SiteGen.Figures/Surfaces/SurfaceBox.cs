using SiteGen.Figures.Charts;

namespace SiteGen.Figures.Surfaces;

/// <summary>One labelled edge of the box: where the axis's range runs in box units, and which way is away from the box.</summary>
public sealed record SurfaceAxis(Interval Range, BoxPoint From, BoxPoint To, BoxPoint Outward, string? Title)
{
    public BoxPoint At(double value) => From + ((value - Range.Min) / Range.Length) * (To - From);
}

/// <summary>
/// The box around a surface, arranged for a viewpoint as Matplotlib does: the floor and the two
/// walls facing the viewer are drawn behind the surface as panes with grid lines; x and y are
/// labelled along the floor's front edges and z along the wall edge at the left or right of the
/// picture, so the labels sit outside the box instead of over the surface.
/// </summary>
public sealed class SurfaceBox
{
    private readonly double _xb, _yb, _zb;

    public SurfaceBox(OrthographicCamera camera, SurfaceMesh mesh, string? xTitle, string? yTitle, string? zTitle)
    {
        // The back walls are the ones the camera looks at from inside the box.
        _xb = camera.Toward.X > 0 ? -1 : 1;
        _yb = camera.Toward.Y > 0 ? -1 : 1;
        _zb = camera.Toward.Z >= 0 ? -SurfaceMesh.HalfHeight : SurfaceMesh.HalfHeight;
        double xf = -_xb, yf = -_yb;
        XAxis = new SurfaceAxis(mesh.X, new(-1, yf, _zb), new(1, yf, _zb), new(0, yf, 0), xTitle);
        YAxis = new SurfaceAxis(mesh.Y, new(xf, -1, _zb), new(xf, 1, _zb), new(xf, 0, 0), yTitle);
        // z goes up whichever side corner lies farther left on the screen: a silhouette edge, clear of the surface.
        var left = camera.Project(new BoxPoint(_xb, yf, 0)).X < camera.Project(new BoxPoint(xf, _yb, 0)).X;
        var (ex, ey) = left ? (_xb, yf) : (xf, _yb);
        ZEdge = (ex, ey);
        var h = SurfaceMesh.HalfHeight;
        ZAxis = new SurfaceAxis(mesh.Z, new(ex, ey, -h), new(ex, ey, h), new(ex, ey, 0), zTitle);
    }

    public SurfaceAxis XAxis { get; }
    public SurfaceAxis YAxis { get; }
    public SurfaceAxis ZAxis { get; }
    private (double X, double Y) ZEdge { get; }

    /// <summary>The box's eight corners, for fitting the picture into the figure.</summary>
    public static IEnumerable<BoxPoint> Corners =>
        from x in new[] { -1.0, 1 } from y in new[] { -1.0, 1 } from z in new[] { -SurfaceMesh.HalfHeight, SurfaceMesh.HalfHeight }
        select new BoxPoint(x, y, z);

    /// <summary>The floor and the two back walls, each as four corners.</summary>
    public IReadOnlyList<BoxPoint[]> Panes
    {
        get
        {
            double z0 = _zb, z1 = -_zb;
            return
            [
                [new(-1, -1, z0), new(1, -1, z0), new(1, 1, z0), new(-1, 1, z0)],
                [new(_xb, -1, z0), new(_xb, 1, z0), new(_xb, 1, z1), new(_xb, -1, z1)],
                [new(-1, _yb, z0), new(1, _yb, z0), new(1, _yb, z1), new(-1, _yb, z1)],
            ];
        }
    }

    /// <summary>The grid line of a tick: across the floor and up the back wall, or around the two walls for z.</summary>
    public BoxPoint[] GridLine(SurfaceAxis axis, double value)
    {
        var p = axis.At(value);
        if (axis == XAxis) return [p, p with { Y = _yb }, new(p.X, _yb, -_zb)];
        if (axis == YAxis) return [p, p with { X = _xb }, new(_xb, p.Y, -_zb)];
        var (ex, ey) = ZEdge;
        var far = ex == _xb ? new BoxPoint(-_xb, _yb, p.Z) : new BoxPoint(_xb, -_yb, p.Z);
        return [p, new(_xb, _yb, p.Z), far];
    }
}
