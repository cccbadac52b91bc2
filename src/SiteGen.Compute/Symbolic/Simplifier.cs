using SiteGen.Compute.Syntax;
using static SiteGen.Compute.Symbolic.Build;

namespace SiteGen.Compute.Symbolic;

/// <summary>
/// Tidies derivatives into the form a textbook prints: folds constants, drops 0 and 1 where
/// they do nothing, and gathers numeric factors in front, so diff(x^2 + y^2, x) is 2*x.
/// </summary>
public static class Simplifier
{
    public static Expr Simplify(Expr e) => e switch
    {
        UnaryExpr u => Negation(Simplify(u.Operand)),
        BinaryExpr b => Binary(b.Operator, Simplify(b.Left), Simplify(b.Right)),
        CallExpr c => c with
        {
            Arguments = c.Arguments.Select(Simplify).ToList(),
            Named = c.Named.Select(n => n with { Value = Simplify(n.Value) }).ToList(),
        },
        _ => e,
    };

    /// <summary>The same expression, wherever it was written (records would also compare spans).</summary>
    private static bool Same(Expr a, Expr b) => ExpressionPrinter.Print(a) == ExpressionPrinter.Print(b);

    private static bool Is(Expr e, double value) => e is NumberExpr n && n.Value == value;

    private static Expr Negation(Expr a) => a switch
    {
        NumberExpr n => Number(-n.Value),
        UnaryExpr { Operator: '-' } inner => inner.Operand,
        _ => Negate(a),
    };

    /// <summary>n / d when it reads exactly (1/4 is 0.25); null when it does not (1/3 stays a fraction rather than 0.333...).</summary>
    private static double? ExactQuotient(double n, double d)
    {
        var quotient = n / d;
        return double.IsFinite(quotient) && quotient * d == n && Math.Round(quotient, 10) == quotient ? quotient : null;
    }

    private static Expr Binary(BinaryOperator op, Expr a, Expr b)
    {
        if (a is NumberExpr x && b is NumberExpr y && op != BinaryOperator.MatrixProduct)
        {
            var folded = op switch
            {
                BinaryOperator.Add => x.Value + y.Value,
                BinaryOperator.Subtract => x.Value - y.Value,
                BinaryOperator.Multiply => x.Value * y.Value,
                BinaryOperator.Divide => x.Value / y.Value,
                _ => Math.Pow(x.Value, y.Value),
            };
            if (double.IsFinite(folded) && (op != BinaryOperator.Divide || ExactQuotient(x.Value, y.Value) is not null))
                return Number(folded);
        }
        switch (op)
        {
            case BinaryOperator.Add:
                if (Is(a, 0)) return b;
                if (Is(b, 0)) return a;
                if (b is UnaryExpr { Operator: '-' } nb) return Binary(BinaryOperator.Subtract, a, nb.Operand);
                if (b is NumberExpr { Value: < 0 } negative) return Subtract(a, Number(-negative.Value));
                if (Same(a, b)) return Binary(BinaryOperator.Multiply, Number(2), a);
                return Add(a, b);
            case BinaryOperator.Subtract:
                if (Is(b, 0)) return a;
                if (Is(a, 0)) return Negation(b);
                if (Same(a, b)) return Number(0);
                return Subtract(a, b);
            case BinaryOperator.Multiply:
                if (Is(a, 0) || Is(b, 0)) return Number(0);
                if (Is(a, 1)) return b;
                if (Is(b, 1)) return a;
                if (Is(a, -1)) return Negation(b);
                if (Is(b, -1)) return Negation(a);
                if (b is NumberExpr && a is not NumberExpr) return Binary(op, b, a);  // numbers in front: 2*x, not x*2
                if (a is NumberExpr m && b is BinaryExpr { Operator: BinaryOperator.Multiply, Left: NumberExpr k } inner)
                    return Binary(op, Number(m.Value * k.Value), inner.Right);
                if (a is UnaryExpr { Operator: '-' } na) return Negation(Binary(op, na.Operand, b));
                if (b is UnaryExpr { Operator: '-' } nb2) return Negation(Binary(op, a, nb2.Operand));
                if (Same(a, b)) return Binary(BinaryOperator.Power, a, Number(2));
                return Multiply(a, b);
            case BinaryOperator.Divide:
                if (Is(a, 0)) return Number(0);
                if (Is(b, 1)) return a;
                // 100*x^3/25 is 4*x^3 when the quotient of the numbers is exact.
                if (a is BinaryExpr { Operator: BinaryOperator.Multiply, Left: NumberExpr numerator } product && b is NumberExpr denominator
                    && ExactQuotient(numerator.Value, denominator.Value) is { } factor)
                    return Binary(BinaryOperator.Multiply, Number(factor), product.Right);
                return Divide(a, b);
            case BinaryOperator.Power:
                if (Is(b, 0)) return Number(1);
                if (Is(b, 1)) return a;
                if (Is(a, 1)) return Number(1);
                return Power(a, b);
            default:
                return new BinaryExpr(op, a, b, default, default);
        }
    }
}
