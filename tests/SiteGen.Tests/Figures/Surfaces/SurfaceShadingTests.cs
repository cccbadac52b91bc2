using SiteGen.Figures.Charts;
using SiteGen.Figures.Surfaces;

namespace SiteGen.Tests.Figures.Surfaces;

public class SurfaceShadingTests
{
    private static readonly Interval Square = new(-4, 4);

    [Theory]
    [InlineData(-60, 28)]
    [InlineData(30, 45)]
    [InlineData(135, 10)]
    public void Quads_are_painted_from_the_farthest_to_the_nearest(double azimuth, double elevation)
    {
        var camera = new OrthographicCamera(azimuth, elevation);
        var mesh = SurfaceMesh.Sample((x, y) => x * x - y * y, Square, Square, null, 20);

        var depths = SurfaceShading.BackToFront(mesh, camera)
            .Select(q => camera.Depth(q.Centre)).ToList();

        Assert.Equal(400, depths.Count);
        for (var k = 1; k < depths.Count; k++) Assert.True(depths[k] >= depths[k - 1]);
    }

    [Fact]
    public void The_camera_looks_down_from_above_at_a_positive_elevation()
    {
        var camera = new OrthographicCamera(-60, 28);

        Assert.True(camera.Depth(new BoxPoint(0, 0, 1)) > camera.Depth(new BoxPoint(0, 0, -1)));
        Assert.True(camera.Project(new BoxPoint(0, 0, 1)).Y > 0);
        // Right-handed: looking from +x and −y, the x axis runs to the right and y recedes.
        Assert.True(camera.Project(new BoxPoint(1, 0, 0)).X > 0);
        Assert.True(camera.Depth(new BoxPoint(0, 1, 0)) < 0);
    }

    [Fact]
    public void A_surface_leaving_the_given_z_range_is_cut_at_the_box()
    {
        var mesh = SurfaceMesh.Sample((x, y) => x * x + y * y, Square, Square, new Interval(0, 10), 10);

        Assert.All(mesh.Quads.SelectMany(q => q.Corners), c => Assert.InRange(c.Z, -SurfaceMesh.HalfHeight - 1e-12, SurfaceMesh.HalfHeight + 1e-12));
        Assert.Equal(new Interval(0, 10), mesh.Z);
        // Cells wholly above the lid are gone; cells across it are cut to a five- or six-sided outline.
        Assert.True(mesh.Quads.Count < 100);
        Assert.Contains(mesh.Quads, q => q.Corners.Length > 4);
    }
}
