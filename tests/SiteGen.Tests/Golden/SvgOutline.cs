using System.Text;
using System.Xml.Linq;

namespace SiteGen.Tests.Golden;

/// <summary>
/// A figure's structure without its coordinates: elements with their classes, runs of alike
/// siblings counted, and every piece of text (a `text` element's, or an outlined label's
/// `aria-label`, whose glyph references and outlines are left out). Golden files of figures
/// hold this, so they pin down what is drawn and labelled while staying stable across
/// rasteriser and font versions.
/// </summary>
public static class SvgOutline
{
    public static string Of(string svg)
    {
        var text = new StringBuilder();
        Write(XDocument.Parse(svg).Root!, 0, text);
        return text.ToString();
    }

    private static void Write(XElement element, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2).Append(Describe(element)).Append('\n');
        if (Leaf(element) is not null) return;
        var children = element.Elements().Where(e => e.Name.LocalName != "defs").ToList();
        for (var i = 0; i < children.Count;)
        {
            var run = 1;
            while (i + run < children.Count && !children[i].HasElements && Describe(children[i + run]) == Describe(children[i])
                && !children[i + run].HasElements && Leaf(children[i]) is null) run++;
            if (run > 1) text.Append(' ', depth * 2 + 2).Append(Describe(children[i])).Append(" ×").Append(run).Append('\n');
            else Write(children[i], depth + 1, text);
            i += run;
        }
    }

    private static string Describe(XElement element)
    {
        var name = element.Name.LocalName;
        var classes = (string?)element.Attribute("class");
        var description = classes is null ? name : name + "." + string.Join('.', classes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var attribute in new[] { "role", "aria-labelledby", "id" })
            if ((string?)element.Attribute(attribute) is { } value) description += $" {attribute}={value}";
        return Leaf(element) is { } content ? $"{description} \"{content}\"" : description;
    }

    private static string? Leaf(XElement element) =>
        element.Name.LocalName is "text" or "title" or "desc" ? element.Value : (string?)element.Attribute("aria-label");
}
