using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Symbolic;

/// <summary>A value written as an expression of the language: a number, or an array of numbers.</summary>
internal static class Literal
{
    public static Expr Of(Tensor value) => value.Rank switch
    {
        0 => Build.Number(value.ScalarValue),
        1 => Row(value, 0, value.Count),
        _ => new ArrayExpr(Enumerable.Range(0, value.Shape[0]).Select(r => Row(value, r * value.Shape[1], value.Shape[1])).ToList(), default),
    };

    private static Expr Row(Tensor value, int start, int length) =>
        new ArrayExpr(Enumerable.Range(start, length).Select(i => Build.Number(value[i])).ToList(), default);
}
