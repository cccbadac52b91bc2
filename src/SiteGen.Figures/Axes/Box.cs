using SiteGen.Figures.Drawing;

namespace SiteGen.Figures.Axes;

/// <summary>An axis-aligned rectangle in figure pixels (y down), such as the ink of a label.</summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;

    public Box Inflate(double by) => new(Left - by, Top - by, Right + by, Bottom + by);

    public bool Overlaps(Box other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public bool Contains(Box other) =>
        other.Left >= Left && other.Right <= Right && other.Top >= Top && other.Bottom <= Bottom;

    public bool Contains(Point p) => p.X >= Left && p.X <= Right && p.Y >= Top && p.Y <= Bottom;

    /// <summary>How much of <paramref name="other"/>'s area lies inside this box.</summary>
    public double OverlapArea(Box other) =>
        Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left)) *
        Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));

    /// <summary>Whether the segment from <paramref name="a"/> to <paramref name="b"/> passes through the box.</summary>
    public bool Crosses(Point a, Point b) => SegmentClip.Clip(a, b, this) is not null;
}
