namespace SiteGen.Figures.Drawing;

/// <summary>
/// The class names an SVG gives its themed inks: "f-ROLE" paints a fill and "s-ROLE" a stroke
/// with the colour `--fig-ROLE`. The theme's figures.css and a standalone file's own style sheet
/// define the same rules, scoped to the figure's root class so the short names stay inside it.
/// </summary>
public static class InkClass
{
    /// <summary>The class of every figure's root `svg` element.</summary>
    public const string Root = "sg-figure";

    public static string Fill(Ink ink) => "f-" + RoleOf(ink);

    public static string Stroke(Ink ink) => "s-" + RoleOf(ink);

    /// <summary>The CSS custom property that holds the colour of a themed ink.</summary>
    public static string Variable(Ink ink) => "--fig-" + RoleOf(ink);

    private static string RoleOf(Ink ink) =>
        ink.Role ?? throw new ArgumentException("a fixed ink has no class; write its colour instead", nameof(ink));
}
