using SiteGen.Compute.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Directives.Compute;

/// <summary>One line of a {define} or {eval} body, with where it starts in the lesson file.</summary>
public sealed record ExpressionLine(string Text, SourceLocation At)
{
    /// <summary>The non-blank, non-comment lines of a body that starts at <paramref name="bodyAt"/>.</summary>
    public static IReadOnlyList<ExpressionLine> Split(string body, SourceLocation bodyAt) =>
        body.Split('\n')
            .Select((text, i) => new ExpressionLine(text, bodyAt with { Line = bodyAt.Line + i }))
            .Where(line => line.Text.Trim().Length > 0 && !line.Text.TrimStart().StartsWith('#'))
            .ToList();

    /// <summary>The file position of an error inside this line.</summary>
    public SourceLocation Locate(ExpressionError error) => Locate(At, Text, error);

    /// <summary>The file position of an error in <paramref name="text"/>, which starts at <paramref name="at"/>.</summary>
    public static SourceLocation Locate(SourceLocation at, string text, ExpressionError error)
    {
        var position = new SourceText(text).PositionOf(error.Span.Start);
        return position.Line == 1
            ? at with { Column = at.Column + position.Column - 1 }
            : at with { Line = at.Line + position.Line - 1, Column = position.Column };
    }
}
