namespace SiteGen.Figures.Surfaces;

/// <summary>A point of the surface's box, in box units: x and y across [−1, 1], z up.</summary>
public readonly record struct BoxPoint(double X, double Y, double Z)
{
    public static BoxPoint operator -(BoxPoint a, BoxPoint b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static BoxPoint operator +(BoxPoint a, BoxPoint b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static BoxPoint operator *(double s, BoxPoint a) => new(s * a.X, s * a.Y, s * a.Z);
    public double Dot(BoxPoint b) => X * b.X + Y * b.Y + Z * b.Z;
    public BoxPoint Cross(BoxPoint b) => new(Y * b.Z - Z * b.Y, Z * b.X - X * b.Z, X * b.Y - Y * b.X);
    public BoxPoint Normalized() { var n = Math.Sqrt(Dot(this)); return n == 0 ? this : (1 / n) * this; }
}

/// <summary>
/// A camera infinitely far away in the direction (Azimuth, Elevation), as in Matplotlib's
/// `view_init`: parallel lines stay parallel and sizes do not shrink with distance, which keeps
/// the box's axes readable. Projects onto the view plane (right, up) and gives each point's depth,
/// larger nearer the viewer.
/// </summary>
public sealed class OrthographicCamera
{
    public OrthographicCamera(double azimuthDegrees, double elevationDegrees)
    {
        double az = azimuthDegrees * Math.PI / 180, el = elevationDegrees * Math.PI / 180;
        Toward = new BoxPoint(Math.Cos(el) * Math.Cos(az), Math.Cos(el) * Math.Sin(az), Math.Sin(el));
        Right = new BoxPoint(-Math.Sin(az), Math.Cos(az), 0);
        Up = new BoxPoint(-Math.Sin(el) * Math.Cos(az), -Math.Sin(el) * Math.Sin(az), Math.Cos(el));
    }

    /// <summary>The unit vector from the scene toward the viewer.</summary>
    public BoxPoint Toward { get; }
    public BoxPoint Right { get; }
    public BoxPoint Up { get; }

    /// <summary>Where a point lands on the view plane: x to the right, y up.</summary>
    public (double X, double Y) Project(BoxPoint p) => (p.Dot(Right), p.Dot(Up));

    public double Depth(BoxPoint p) => p.Dot(Toward);
}
