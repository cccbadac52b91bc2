using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace SiteGen.Markdown;

/// <summary>
/// Writes each table inside a scrolling box, so a wide table scrolls on a phone instead of
/// widening the page or squeezing its cells into slivers. A Markdown table has no caption, so
/// its box is named after its header cells and the section it is in ("Table: Key, Meaning, in
/// Front matter"); names on one page are kept apart, as landmarks need. One instance renders
/// one page.
/// </summary>
public sealed class ScrollingTableRenderer : HtmlTableRenderer
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var name = Name(table);
        if (Section(table) is { Length: > 0 } section) name += ", in " + section;
        var unique = name;
        for (var n = 2; !_names.Add(unique); n++) unique = $"{name} ({n})";
        renderer.EnsureLine();
        renderer.Write(ScrollBox.Open(label: unique)).Write('\n');
        base.Write(renderer, table);
        renderer.EnsureLine();
        renderer.Write(ScrollBox.Close).Write('\n');
    }

    private static string Name(Table table)
    {
        var header = table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader);
        var cells = header?.OfType<TableCell>()
            .Select(cell => string.Join(' ', cell.OfType<LeafBlock>().Select(InlineText.Of)).Trim())
            .Where(text => text.Length > 0)
            .ToList() ?? [];
        return cells.Count == 0 ? "Table" : "Table: " + string.Join(", ", cells);
    }

    /// <summary>The text of the last heading before the table.</summary>
    private static string? Section(Table table)
    {
        Block root = table;
        while (root.Parent is { } parent) root = parent;
        HeadingBlock? last = null;
        foreach (var block in root.Descendants<Block>())
        {
            if (ReferenceEquals(block, table)) break;
            if (block is HeadingBlock heading) last = heading;
        }
        return last is null ? null : InlineText.Of(last);
    }
}
