using Markdig.Syntax;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Figures;

/// <summary>A figure's place on its page: its number and its anchor; a repeated id marks every figure after the first.</summary>
public sealed record FigureNumber(int Number, string Anchor, bool RepeatsAnId);

/// <summary>
/// The figures of a page, numbered in document order: the one source of figure numbers, made
/// from the syntax tree when the page is parsed, so links, {numref} and the figures themselves
/// agree, and a reference may come before the figure it names.
/// </summary>
public sealed class FigureNumbers
{
    private readonly Dictionary<DirectiveBlock, FigureNumber> _byBlock = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _byAnchor = new(StringComparer.Ordinal);

    public static readonly FigureNumbers None = new();

    /// <summary>Figure numbers by anchor, the first figure's where two share one.</summary>
    public IReadOnlyDictionary<string, int> ByAnchor => _byAnchor;

    public FigureNumber Of(DirectiveBlock figure) => _byBlock[figure];

    public static FigureNumbers Of(MarkdownDocument document)
    {
        var numbers = new FigureNumbers();
        foreach (var block in document.Descendants<DirectiveBlock>())
        {
            if (block.Directive is not FigureDirective) continue;
            var number = numbers._byBlock.Count + 1;
            var id = block.Options.Get(FigureDirective.Id)?.Trim();
            var anchor = string.IsNullOrEmpty(id) ? $"figure-{number}" : id;
            numbers._byBlock[block] = new FigureNumber(number, anchor, !numbers._byAnchor.TryAdd(anchor, number));
        }
        return numbers;
    }
}
