using System.Text;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// Turns inks into SVG paint and remembers the themed ones a figure used, so that the file
/// carries rules for exactly those (light, then dark under `prefers-color-scheme`).
/// </summary>
internal sealed class SvgInks
{
    private readonly SortedDictionary<string, (Ink Ink, string Property)> _used = new(StringComparer.Ordinal);

    /// <summary>Paints <paramref name="property"/> ("fill" or "stroke") of the element with the ink.</summary>
    public void Paint(SvgElement element, Ink ink, string property)
    {
        if (!ink.IsThemed)
        {
            element.Paint.Add((property, ink.Light.Hex));
            return;
        }
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
