using System.Text;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// One SVG element before it is written. Its paint (ink classes and presentation attributes) is
/// kept apart from its geometry so that a group can take over the paint its children share.
/// </summary>
internal sealed class SvgElement(string tag)
{
    public string Tag { get; } = tag;
    public List<(string Name, string Value)> Geometry { get; } = [];
    public List<(string Name, string Value)> Paint { get; } = [];
    public List<string> Classes { get; } = [];
    /// <summary>Escaped text or already written child elements.</summary>
    public string? Inner { get; set; }

    public void WriteTo(StringBuilder svg)
    {
        svg.Append('<').Append(Tag);
        WriteAttributes(svg, Classes, Geometry.Concat(Paint));
        if (Inner is null) svg.Append("/>\n");
        else svg.Append('>').Append(Inner).Append("</").Append(Tag).Append(">\n");
    }

    public static void WriteAttributes(StringBuilder svg, IEnumerable<string> classes, IEnumerable<(string Name, string Value)> attributes)
    {
        var classList = string.Join(' ', classes);
        if (classList.Length > 0) svg.Append(" class=\"").Append(classList).Append('"');
        foreach (var (name, value) in attributes)
            svg.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
    }
}
