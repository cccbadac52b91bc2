using Markdig.Syntax;

namespace SiteGen.Markdown;

/// <summary>
/// What the stages after parsing produced for one page, by the node each belongs to: a
/// directive's computed value, a link's resolved address. The syntax tree stays as parsed, so
/// it can be kept and reused while these are made anew.
/// </summary>
public sealed class NodeResults
{
    private readonly Dictionary<MarkdownObject, object> _results;

    private NodeResults(Dictionary<MarkdownObject, object> results) => _results = results;

    public object? Of(MarkdownObject node) => _results.GetValueOrDefault(node);

    public T? Of<T>(MarkdownObject node) where T : class => _results.GetValueOrDefault(node) as T;

    /// <summary>Collects one page's results on one thread, then hands them over in <see cref="Build"/>: a builder serves one page once.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<MarkdownObject, object> _results = new(ReferenceEqualityComparer.Instance);

        public void Add(MarkdownObject node, object result) => _results[node] = result;

        public NodeResults Build() => new(_results);
    }
}
