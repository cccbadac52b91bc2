namespace SiteGen.Figures.Drawing;

/// <summary>
/// Items drawn scaled by <see cref="Scale"/> and then moved by <see cref="Offset"/>, such as a whole
/// figure placed in a panel of a social card. Strokes and text scale with the items.
/// </summary>
public sealed record GroupItem(IReadOnlyList<SceneItem> Items, double Scale, Point Offset) : SceneItem;
