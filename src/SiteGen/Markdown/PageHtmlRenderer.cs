using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace SiteGen.Markdown;

/// <summary>
/// Markdig's HTML renderer for one page: it carries what the page's nodes produced and the
/// page-wide inputs of rendering (such as drawn figures), so node renderers read them instead of
/// values hung on the tree. One per page render; never shared across threads.
/// </summary>
public sealed class PageHtmlRenderer : HtmlRenderer
{
    private readonly IReadOnlyList<object> _inputs;

    public PageHtmlRenderer(TextWriter writer, MarkdownPipeline pipeline, NodeResults results, params IReadOnlyList<object> inputs)
        : base(writer)
    {
        Results = results;
        _inputs = inputs;
        pipeline.Setup(this);
    }

    public NodeResults Results { get; }

    /// <summary>The page-wide input of type <typeparamref name="T"/>; one the build did not give is a bug.</summary>
    public T Input<T>() where T : class =>
        _inputs.OfType<T>().FirstOrDefault() ?? throw new InvalidOperationException($"this render was given no {typeof(T).Name}");

    /// <summary>The HTML of a parsed document with its results.</summary>
    public static string Render(MarkdownObject document, MarkdownPipeline pipeline, NodeResults results, params IReadOnlyList<object> inputs)
    {
        using var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, pipeline, results, inputs);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
