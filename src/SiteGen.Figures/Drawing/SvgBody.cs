using System.Text;

namespace SiteGen.Figures.Drawing;

/// <summary>
/// Writes a list of scene items, gathering each run of items with the same class into a `g`
/// that carries the ink classes and attributes every item of the run shares.
/// </summary>
internal sealed class SvgBody
{
    private readonly SvgShapes _shapes;

    public SvgBody(SvgInks inks, SvgGlyphs? glyphs) => _shapes = new SvgShapes(inks, glyphs, Write);

    public string Write(IReadOnlyList<SceneItem> items)
    {
        var svg = new StringBuilder();
        for (var start = 0; start < items.Count;)
        {
            var name = items[start].Class;
            var end = start + 1;
            if (name is not null)
                while (end < items.Count && items[end].Class == name) end++;
            var elements = new List<SvgElement>(end - start);
            for (var i = start; i < end; i++) elements.Add(_shapes.Element(items[i]));
            if (name is null) elements[0].WriteTo(svg);
            else WriteGroup(svg, name, elements);
            start = end;
        }
        return svg.ToString();
    }

    private static void WriteGroup(StringBuilder svg, string name, List<SvgElement> elements)
    {
        // Every property hoisted here is one each child set itself, so no child inherits a paint it lacked.
        List<string> classes = elements.Count > 1 ? Shared(elements.Select(e => e.Classes)) : [];
        List<(string, string)> paint = elements.Count > 1 ? Shared(elements.Select(e => e.Paint)) : [];
        foreach (var element in elements)
        {
            element.Classes.RemoveAll(classes.Contains);
            element.Paint.RemoveAll(paint.Contains);
        }
        svg.Append("<g");
        SvgElement.WriteAttributes(svg, [SvgText.Attribute(name), .. classes], paint);
        svg.Append(">\n");
        foreach (var element in elements) element.WriteTo(svg);
        svg.Append("</g>\n");
    }

    private static List<T> Shared<T>(IEnumerable<List<T>> lists)
    {
        List<T>? shared = null;
        foreach (var list in lists) shared = shared is null ? [.. list] : shared.Where(list.Contains).ToList();
        return shared ?? [];
    }
}
