using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Symbolic;

/// <summary>Constructors for the expressions the differentiator writes; their spans do not matter.</summary>
internal static class Build
{
    private static readonly TextSpan None = default;

    public static Expr Number(double value) => new NumberExpr(value, None);
    public static Expr Name(string name) => new NameExpr(name, None);
    public static Expr Negate(Expr e) => new UnaryExpr('-', e, None);
    public static Expr Add(Expr a, Expr b) => new BinaryExpr(BinaryOperator.Add, a, b, None, None);
    public static Expr Subtract(Expr a, Expr b) => new BinaryExpr(BinaryOperator.Subtract, a, b, None, None);
    public static Expr Multiply(Expr a, Expr b) => new BinaryExpr(BinaryOperator.Multiply, a, b, None, None);
    public static Expr Divide(Expr a, Expr b) => new BinaryExpr(BinaryOperator.Divide, a, b, None, None);
    public static Expr Power(Expr a, Expr b) => new BinaryExpr(BinaryOperator.Power, a, b, None, None);
    public static Expr Call(string function, params Expr[] arguments) => new CallExpr(function, 0, arguments, [], None, None);
}
