using Markdig.Syntax;
using SiteGen.Directives.Compute;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Figures;

/// <summary>
/// A figure's or a computed table's place on its page: its kind ("Figure" or "Table"), its number
/// among its kind and its anchor; a repeated id marks every figure or table after the first.
/// </summary>
public sealed record FigureNumber(int Number, string Anchor, bool RepeatsAnId, string Kind = FigureNumbers.FigureKind)
{
    /// <summary>How a reference names it: "Figure 2", "Table 1".</summary>
    public string Label => $"{Kind} {Number}";
}

/// <summary>
/// The figures and computed tables of a page, each kind numbered in document order: the one
/// source of their numbers, made from the syntax tree when the page is parsed, so links,
/// {numref} and the figures and tables themselves agree, and a reference may come before what
/// it names. Figures and tables share one set of anchors.
/// </summary>
public sealed class FigureNumbers
{
    public const string FigureKind = "Figure";
    public const string TableKind = "Table";

    private readonly Dictionary<DirectiveBlock, FigureNumber> _byBlock = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, FigureNumber> _byAnchor = new(StringComparer.Ordinal);

    public static readonly FigureNumbers None = new();

    /// <summary>Figures and tables by anchor, the first one's where two share one.</summary>
    public IReadOnlyDictionary<string, FigureNumber> ByAnchor => _byAnchor;

    public FigureNumber Of(DirectiveBlock block) => _byBlock[block];

    public static FigureNumbers Of(MarkdownDocument document)
    {
        var numbers = new FigureNumbers();
        var (figures, tables) = (0, 0);
        foreach (var block in document.Descendants<DirectiveBlock>())
        {
            var (kind, id, prefix) = block.Directive switch
            {
                FigureDirective => (FigureKind, block.Options.Get(FigureDirective.Id), "figure"),
                INumberedTable => (TableKind, block.Options.Get(NumberedTable.Id), "table"),
                _ => (null, null, null),
            };
            if (kind is null) continue;
            var number = kind == FigureKind ? ++figures : ++tables;
            var anchor = string.IsNullOrEmpty(id?.Trim()) ? $"{prefix}-{number}" : id.Trim();
            var entry = new FigureNumber(number, anchor, false, kind);
            if (!numbers._byAnchor.TryAdd(anchor, entry)) entry = entry with { RepeatsAnId = true };
            numbers._byBlock[block] = entry;
        }
        return numbers;
    }
}
