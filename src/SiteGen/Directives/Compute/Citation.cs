using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;
using SiteGen.Diagnostics;

namespace SiteGen.Directives.Compute;

/// <summary>
/// A value cited from the lesson's definitions, as {eval}`f'(3)` cites it in prose, captions,
/// alt text and labels alike: a number shown to its significant digits, or a formula from diff.
/// The one place a citation is evaluated, so every kind of text cites the same way.
/// </summary>
public sealed record Citation(Tensor? Value, int Digits, string? Formula, Expr? ParsedFormula)
{
    /// <summary>The citation as plain text, for captions, alt text and figure labels.</summary>
    public string Text => Value is { } value ? NumberFormat.Value(value, Digits) : Formula ?? "";

    /// <summary>Evaluates the text of an {eval} role, which starts at <paramref name="at"/>; null after reporting what is wrong.</summary>
    public static Citation? Evaluate(string text, SourceLocation at, Scope scope, DiagnosticBag diagnostics)
    {
        var cited = CitedValue.Parse(text);
        if (cited.DigitsProblem is { } problem)
        {
            diagnostics.Report(DiagnosticCodes.BadOptionValue, problem, at with { Column = at.Column + cited.ProblemAt });
            return null;
        }
        var result = Calculator.Evaluate(cited.Expression, scope);
        if (result.Error is { } error)
        {
            diagnostics.Report(error.Code, error.Message, ExpressionLine.Locate(at, cited.Expression, error));
            return null;
        }
        return result.Value is { } value
            ? new Citation(value, cited.Digits, null, null)
            : new Citation(null, cited.Digits, result.Formula, Parser.ParseExpression(result.Formula!).Expr);
    }
}
