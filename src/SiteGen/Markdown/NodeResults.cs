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

    public static readonly NodeResults None = new(new Dictionary<MarkdownObject, object>(ReferenceEqualityComparer.Instance));

    private NodeResults(Dictionary<MarkdownObject, object> results) => _results = results;

    public int Count => _results.Count;

    public object? Of(MarkdownObject node) => _results.GetValueOrDefault(node);

    public T? Of<T>(MarkdownObject node) where T : class => _results.GetValueOrDefault(node) as T;

    /// <summary>Collects one page's results; used by one stage on one thread, then frozen by <see cref="Build"/>.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<MarkdownObject, object> _results = new(ReferenceEqualityComparer.Instance);

        public void Add(MarkdownObject node, object result) => _results[node] = result;

        public NodeResults Build() => new(new Dictionary<MarkdownObject, object>(_results, ReferenceEqualityComparer.Instance));
    }

    /// <summary>Both pages' results; the second's win where both have one node (they never do in a build).</summary>
    public NodeResults With(NodeResults other)
    {
        var merged = new Dictionary<MarkdownObject, object>(_results, ReferenceEqualityComparer.Instance);
        foreach (var (node, result) in other._results) merged[node] = result;
        return new NodeResults(merged);
    }
}
