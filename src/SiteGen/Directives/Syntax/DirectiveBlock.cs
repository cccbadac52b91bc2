using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Markdown;

namespace SiteGen.Directives.Syntax;

/// <summary>
/// A MyST directive in the document: ```` ```{name} argument ```` with its options and body.
/// When the directive's body is Markdown, the parsed body is this block's children.
/// </summary>
public sealed class DirectiveBlock(IDirective directive) : ContainerBlock(null)
{
    public IDirective Directive { get; } = directive;
    public required string Name { get; init; }
    public required string Argument { get; init; }
    public required SourceLocation At { get; init; }
    public required SourceLocation ArgumentAt { get; init; }
    public required DirectiveOptions Options { get; init; }
    public required string Body { get; init; }
    public required SourceLocation BodyAt { get; init; }

    /// <summary>The fence as written, options and body: what a cache key of the directive's output hashes.</summary>
    public string Raw { get; init; } = "";
}
