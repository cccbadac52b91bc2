namespace SiteGen.Figures.Drawing;

/// <summary>
/// The class names an SVG gives its themed inks: "f-ROLE" paints a fill and "s-ROLE" a stroke
/// with the role's colour, light or dark, by the rules of the file's own style sheet.
/// </summary>
public static class InkClass
{
    /// <summary>The class of every figure's root `svg` element.</summary>
    public const string Root = "sg-figure";

    public static string Fill(Ink ink) => "f-" + RoleOf(ink);

    public static string Stroke(Ink ink) => "s-" + RoleOf(ink);

    private static string RoleOf(Ink ink) =>
        ink.Role ?? throw new ArgumentException("a fixed ink has no class; write its colour instead", nameof(ink));
}
