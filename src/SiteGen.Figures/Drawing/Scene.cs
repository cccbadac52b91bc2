namespace SiteGen.Figures.Drawing;

/// <summary>A point in figure pixels: x to the right, y down, origin top left.</summary>
public readonly record struct Point(double X, double Y);

/// <summary>How a path's outline is drawn. <see cref="Dash"/> lists on/off lengths in pixels.</summary>
public sealed record Stroke(Ink Ink, double Width = 1.5, IReadOnlyList<double>? Dash = null, double Opacity = 1)
{
    /// <summary>
    /// Round corners instead of mitred ones: a wide line through a zigzag (a descent overshooting
    /// across a valley) would otherwise grow a spike at each sharp turn.
    /// </summary>
    public bool RoundJoins { get; init; }
}

/// <summary>How a shape's inside is painted.</summary>
public sealed record Fill(Ink Ink, double Opacity = 1);

public enum TextAnchor { Start, Middle, End }

/// <summary>Where the text's y coordinate sits: on its baseline, or at the middle of its capitals.</summary>
public enum TextBaseline { Alphabetic, Middle, Hanging }

/// <summary>
/// Something drawn. Writers (<see cref="SvgWriter"/>, <see cref="PngWriter"/>) turn the same list
/// of items into either format, so the SVG and the PNG of a figure cannot disagree.
/// </summary>
public abstract record SceneItem
{
    /// <summary>A semantic name for the item's group in the SVG ("axis", "series"), or null.</summary>
    public string? Class { get; init; }
}

/// <summary>A polyline or polygon; one path may hold several pieces (<see cref="Pieces"/>).</summary>
public sealed record PathItem(IReadOnlyList<IReadOnlyList<Point>> Pieces, Stroke? Stroke, Fill? Fill, bool Closed) : SceneItem
{
    public static PathItem Line(IReadOnlyList<Point> points, Stroke stroke) => new([points], stroke, null, false);
    public static PathItem Polygon(IReadOnlyList<Point> points, Fill fill, Stroke? stroke = null) => new([points], stroke, fill, true);
}

public sealed record CircleItem(Point Centre, double Radius, Fill? Fill, Stroke? Stroke) : SceneItem;

/// <summary>
/// A line of text. <see cref="Text"/> is plain Unicode: exponents are superscript characters
/// (10⁻³) and minus signs are U+2212, so both writers show them the same way.
/// </summary>
public sealed record TextItem(Point At, string Text, double Size, Ink Ink, TextAnchor Anchor = TextAnchor.Start,
    TextBaseline Baseline = TextBaseline.Alphabetic, double Rotation = 0, bool Bold = false) : SceneItem;

/// <summary>
/// A whole figure: its size in CSS pixels, what it shows (for screen readers: the SVG's
/// `title` and `desc`), and its items in painting order.
/// </summary>
public sealed record Scene(double Width, double Height, string Title, string Description, IReadOnlyList<SceneItem> Items);
