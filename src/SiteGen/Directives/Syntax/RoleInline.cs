using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Directives;
using SiteGen.Markdown;

namespace SiteGen.Directives.Syntax;

/// <summary>An inline role, {name}`text`, such as {eval}`grad(f, [3, 1])`.</summary>
public sealed class RoleInline(IRole role, string name, string text, SourceLocation at, SourceLocation textAt) : LeafInline, IPlainText
{
    string IPlainText.PlainText => Text;

    public IRole Role { get; } = role;
    public string Name { get; } = name;
    public string Text { get; } = text;
    public SourceLocation At { get; } = at;
    public SourceLocation TextAt { get; } = textAt;
}
