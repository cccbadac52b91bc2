using Markdig.Syntax;
using SiteGen.Markdown;

namespace SiteGen.Directives.Figures;

/// <summary>
/// The figures of a page by anchor, numbered in document order. Known from the syntax tree
/// alone, so links and references can point at a figure before or after them.
/// </summary>
public static class FigureNumbers
{
    public static IReadOnlyDictionary<string, int> Of(MarkdownDocument document)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var block in document.Descendants<DirectiveBlock>())
        {
            if (block.Directive is not FigureDirective) continue;
            number++;
            var id = block.Options.Text("id")?.Trim();
            numbers.TryAdd(string.IsNullOrEmpty(id) ? $"figure-{number}" : id, number);
        }
        return numbers;
    }
}
