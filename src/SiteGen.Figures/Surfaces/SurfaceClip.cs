namespace SiteGen.Figures.Surfaces;

/// <summary>Cuts a polygon to the slab low ≤ z ≤ high (Sutherland–Hodgman against each plane in turn).</summary>
internal static class SurfaceClip
{
    public static BoxPoint[] ToSlab(BoxPoint[] polygon, double low, double high)
    {
        if (polygon.All(p => p.Z >= low && p.Z <= high)) return polygon;
        return Clip(Clip(polygon, p => p.Z - low), p => high - p.Z);
    }

    /// <summary>The part of the polygon where <paramref name="inside"/> is not negative.</summary>
    private static BoxPoint[] Clip(BoxPoint[] polygon, Func<BoxPoint, double> inside)
    {
        var kept = new List<BoxPoint>(polygon.Length + 2);
        for (var k = 0; k < polygon.Length; k++)
        {
            BoxPoint a = polygon[k], b = polygon[(k + 1) % polygon.Length];
            double da = inside(a), db = inside(b);
            if (da >= 0) kept.Add(a);
            if ((da >= 0) != (db >= 0)) kept.Add(a + (da / (da - db)) * (b - a));
        }
        return [.. kept];
    }
}
