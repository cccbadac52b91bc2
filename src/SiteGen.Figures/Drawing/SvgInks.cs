using System.Text;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// Turns inks into SVG paint and remembers the themed ones a figure used, so that a standalone
/// file carries rules for exactly those (light, then dark under `prefers-color-scheme`).
/// </summary>
internal sealed class SvgInks(bool standalone)
{
    private static readonly HashSet<string> ThemeRoles = Palette.Themed.Select(ink => ink.Role!).ToHashSet(StringComparer.Ordinal);

    private readonly SortedDictionary<string, (Ink Ink, string Property)> _used = new(StringComparer.Ordinal);

    /// <summary>Paints <paramref name="property"/> ("fill" or "stroke") of the element with the ink.</summary>
    public void Paint(SvgElement element, Ink ink, string property)
    {
        if (!ink.IsThemed)
        {
            element.Paint.Add((property, ink.Light.Hex));
            return;
        }
        // An inline figure is coloured by figures.css alone: a role it does not define would be black.
        if (!standalone && !ThemeRoles.Contains(ink.Role!))
            throw new ArgumentException($"the ink role '{ink.Role}' has no colour in the theme's figures.css; add it to Palette");
        var name = property == "fill" ? InkClass.Fill(ink) : InkClass.Stroke(ink);
        _used[name] = (ink, property);
        element.Classes.Add(name);
    }

    /// <summary>The `style` element's rules for every themed ink used so far.</summary>
    public string StyleSheet()
    {
        var css = new StringBuilder();
        foreach (var (name, (ink, property)) in _used) css.Append('.').Append(name).Append('{').Append(property).Append(':').Append(ink.Light.Hex).Append('}');
        css.Append("@media (prefers-color-scheme:dark){");
        foreach (var (name, (ink, property)) in _used) css.Append('.').Append(name).Append('{').Append(property).Append(':').Append(ink.Dark.Hex).Append('}');
        return css.Append('}').ToString();
    }
}
