using static SiteGen.Figures.Drawing.SvgText;

namespace SiteGen.Figures.Drawing;

/// <summary>Turns each kind of scene item into its SVG element.</summary>
internal sealed class SvgShapes(SvgInks inks, SvgGlyphs? glyphs, Func<IReadOnlyList<SceneItem>, string> writeItems)
{
    public SvgElement Element(SceneItem item) => item switch
    {
        PathItem path => Path(path),
        CircleItem circle => Circle(circle),
        TextItem text => Text(text),
        GroupItem group => Group(group),
        _ => throw new NotSupportedException($"the SVG writer cannot draw a {item.GetType().Name}"),
    };

    private SvgElement Path(PathItem path)
    {
        var element = new SvgElement("path");
        element.Geometry.Add(("d", SvgPathData.Write(path.Pieces, path.Closed)));
        PaintShape(element, path.Fill, path.Stroke);
        return element;
    }

    private SvgElement Circle(CircleItem circle)
    {
        var element = new SvgElement("circle");
        element.Geometry.Add(("cx", Number(circle.Centre.X)));
        element.Geometry.Add(("cy", Number(circle.Centre.Y)));
        element.Geometry.Add(("r", Number(circle.Radius)));
        PaintShape(element, circle.Fill, circle.Stroke);
        return element;
    }

    private SvgElement Text(TextItem text)
    {
        if (glyphs is not null)
        {
            var outlined = glyphs.Text(text);
            inks.Paint(outlined, text.Ink, "fill");
            return outlined;
        }
        var element = new SvgElement("text");
        element.Geometry.Add(("x", Number(text.At.X)));
        element.Geometry.Add(("y", Number(text.At.Y + TextPlacement.BaselineShift(text.Baseline, text.Size))));
        // Rotating about the anchor point turns the baseline shift with the text, as in the PNG.
        if (text.Rotation != 0)
            element.Geometry.Add(("transform", $"rotate({Number(text.Rotation)} {Number(text.At.X)} {Number(text.At.Y)})"));
        if (text.Text.Contains("  ") || text.Text.StartsWith(' ') || text.Text.EndsWith(' '))
            element.Geometry.Add(("xml:space", "preserve"));
        inks.Paint(element, text.Ink, "fill");
        element.Paint.Add(("font-size", Number(text.Size)));
        if (text.Anchor != TextAnchor.Start) element.Paint.Add(("text-anchor", text.Anchor == TextAnchor.Middle ? "middle" : "end"));
        if (text.Bold) element.Paint.Add(("font-weight", "bold"));
        element.Inner = Content(text.Text);
        return element;
    }

    private SvgElement Group(GroupItem group)
    {
        var element = new SvgElement("g");
        var transform = new List<string>();
        if (group.Offset != default) transform.Add($"translate({Number(group.Offset.X)} {Number(group.Offset.Y)})");
        if (group.Scale != 1) transform.Add($"scale({Factor(group.Scale)})");
        if (transform.Count > 0) element.Geometry.Add(("transform", string.Join(' ', transform)));
        element.Inner = "\n" + writeItems(group.Items);
        return element;
    }

    private void PaintShape(SvgElement element, Fill? fill, Stroke? stroke)
    {
        if (fill is null) element.Paint.Add(("fill", "none"));
        else
        {
            inks.Paint(element, fill.Ink, "fill");
            if (fill.Opacity < 1) element.Paint.Add(("fill-opacity", Number(fill.Opacity)));
        }
        if (stroke is null) return;
        inks.Paint(element, stroke.Ink, "stroke");
        if (stroke.Width != 1) element.Paint.Add(("stroke-width", Number(stroke.Width)));
        if (stroke.Dash is { Count: > 0 } dash) element.Paint.Add(("stroke-dasharray", string.Join(' ', dash.Select(Number))));
        if (stroke.Opacity < 1) element.Paint.Add(("stroke-opacity", Number(stroke.Opacity)));
        if (stroke.RoundJoins) element.Paint.Add(("stroke-linejoin", "round"));
    }
}
