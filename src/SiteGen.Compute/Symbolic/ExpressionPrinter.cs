using System.Globalization;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Symbolic;

/// <summary>Writes an expression back as text of the language, with only the parentheses it needs.</summary>
public static class ExpressionPrinter
{
    public static string Print(Expr expr) => Print(expr, 0);

    private static int Precedence(Expr expr) => expr switch
    {
        BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => 1,
        BinaryExpr { Operator: BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.MatrixProduct } => 2,
        UnaryExpr => 3,
        NumberExpr { Value: < 0 } => 3,
        BinaryExpr { Operator: BinaryOperator.Power } => 4,
        _ => 5,
    };

    private static string Print(Expr expr, int context)
    {
        var text = expr switch
        {
            NumberExpr n => n.Value.ToString("R", CultureInfo.InvariantCulture),
            NameExpr n => n.Name,
            UnaryExpr u => u.Operator + Print(u.Operand, 3),
            BinaryExpr { Operator: BinaryOperator.Power } b => Print(b.Left, 5) + "^" + Print(b.Right, 3),
            BinaryExpr b => Print(b.Left, Precedence(b)) + Symbol(b.Operator) + Print(b.Right, Precedence(b) + 1),
            CallExpr c => c.Function + new string('\'', c.Primes) + "(" +
                string.Join(", ", c.Arguments.Select(a => Print(a, 0)).Concat(c.Named.Select(n => $"{n.Name}={Print(n.Value, 0)}"))) + ")",
            ArrayExpr a => "[" + string.Join(", ", a.Items.Select(i => Print(i, 0))) + "]",
            _ => throw new ArgumentOutOfRangeException(nameof(expr)),
        };
        return Precedence(expr) < context ? "(" + text + ")" : text;
    }

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => " + ",
        BinaryOperator.Subtract => " - ",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => " @ ",
    };
}
