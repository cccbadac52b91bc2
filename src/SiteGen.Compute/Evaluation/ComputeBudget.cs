using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// How much work one evaluation may do, counted in elements computed (a product counts its
/// multiplications). It ends a runaway computation with a diagnostic at the expression instead of
/// letting it run for minutes. Shared by the derivatives computed inside the evaluation.
/// </summary>
public sealed class ComputeBudget(long limit)
{
    /// <summary>About a second of work: far beyond any lesson's computation.</summary>
    public const long DefaultLimit = 200_000_000;

    private long _spent;

    public void Spend(long elements, TextSpan at)
    {
        _spent += elements;
        if (_spent > limit)
            throw new ExpressionErrorException(new ExpressionError(ExpressionError.Codes.Budget,
                $"this computation needs more than {limit:N0} operations, the most one expression may take; make the arrays or the definitions smaller, or raise max_operations in site.yml",
                at));
    }
}
