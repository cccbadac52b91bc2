using SiteGen.Compute;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Directives;

namespace SiteGen.Markdown;

/// <summary>
/// Finds MyST roles, {name}`text`, which Markdig sees as text ending in `{name}` followed by
/// inline code, and replaces each pair with a <see cref="RoleInline"/>.
/// </summary>
public sealed partial class RoleRecognizer(DirectiveRegistry registry)
{
    [GeneratedRegex(@"\{(?<name>[A-Za-z][\w:-]*)\}$")]
    private static partial Regex RoleSuffix();

    public void Transform(MarkdownDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var code in document.Descendants<CodeInline>().ToList())
        {
            if (code.PreviousSibling is not LiteralInline literal) continue;
            var text = literal.Content.ToString();
            var match = RoleSuffix().Match(text);
            if (!match.Success) continue;
            var name = match.Groups["name"].Value;
            var at = map.AtOffset(literal.Span.Start + match.Index);
            var role = registry.Role(name);
            if (role is null)
            {
                diagnostics.Warning(DiagnosticCodes.UnknownRole,
                    $"unknown role '{name}'; its text is shown as code{Suggestions.DidYouMean(name, registry.Roles.Select(r => r.Name))}",
                    at);
                continue;
            }
            var textAt = map.AtOffset(code.Span.Start + code.DelimiterCount);
            var node = new RoleInline(role, name, code.Content, at, textAt) { Line = at.Line - 1, Column = at.Column - 1 };
            literal.Content = new Markdig.Helpers.StringSlice(text[..match.Index]);
            code.ReplaceBy(node);
            if (literal.Content.Length == 0) literal.Remove();
        }
    }
}
