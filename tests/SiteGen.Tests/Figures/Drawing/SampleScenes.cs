using SiteGen.Figures.Drawing;

namespace SiteGen.Tests.Figures.Drawing;

/// <summary>Small scenes that exercise every kind of item and ink.</summary>
internal static class SampleScenes
{
    public static Scene Chart() => new(200, 120, "A sample chart", "Two lines & a <marker>.",
    [
        PathItem.Line([new(20, 10), new(20, 100), new(190, 100)], new Stroke(Palette.Axis, 1)) with { Class = "axis" },
        new TextItem(new(20, 104), "−2", 12, Palette.Text, TextAnchor.Middle, TextBaseline.Hanging) { Class = "ticks" },
        new TextItem(new(190, 104), "10⁻³", 12, Palette.Text, TextAnchor.Middle, TextBaseline.Hanging) { Class = "ticks" },
        new TextItem(new(8, 55), "loss", 12, Palette.Text, TextAnchor.Middle, TextBaseline.Middle, Rotation: -90) { Class = "axis-title" },
        PathItem.Line([new(20, 90), new(100, 30), new(190, 20)], new Stroke(Palette.SeriesInk(0), 2.25)) with { Class = "series" },
        PathItem.Line([new(20, 60), new(190, 60)], new Stroke(Palette.Muted, 1, [4, 3])) with { Class = "guide" },
        new CircleItem(new(100, 30), 4.5, new Fill(Palette.SeriesInk(1)), null) { Class = "marker" },
        PathItem.Polygon([new(150, 70), new(180, 70), new(180, 90)], new Fill(Ink.Fixed("#fde725"), 0.5)),
    ]);

    public static Scene TextOnly(string text) => new(120, 40, "Text", "Only text.",
        [new TextItem(new(60, 20), text, 16, Palette.Text, TextAnchor.Middle, TextBaseline.Middle)]);
}
