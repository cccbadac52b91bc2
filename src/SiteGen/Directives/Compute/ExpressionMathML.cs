using System.Net;
using System.Text;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Directives.Compute;

/// <summary>
/// Typesets expressions and values of the lesson language as MathML, the way a textbook
/// prints them: grad(f, [3, 1]) is ∇f(3, 1), f'(3) is f′(3), a/b is a fraction, sigmoid is σ.
/// </summary>
public static partial class ExpressionMathML
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["sigmoid"] = "σ", ["pi"] = "π", ["alpha"] = "α", ["beta"] = "β", ["theta"] = "θ", ["eta"] = "η", ["lambda"] = "λ", ["mu"] = "μ",
    };

    public static string Expression(Expr expr) => Write(expr, 0);

    /// <summary>A value: a number, a bracketed row for a vector, a bracketed table for a matrix.</summary>
    public static string Value(Tensor value, int digits)
    {
        string N(double v) => Number(v, digits);
        if (value.IsScalar) return N(value[0]);
        var builder = new StringBuilder("<mrow><mo>[</mo>");
        if (value.Rank == 1)
        {
            for (var i = 0; i < value.Count; i++) builder.Append(i > 0 ? "<mo separator=\"true\">,</mo>" : "").Append(N(value[i]));
            return builder.Append("<mo>]</mo></mrow>").ToString();
        }
        builder.Clear().Append("<mrow><mo stretchy=\"true\">[</mo><mtable>");
        for (var row = 0; row < value.Shape[0]; row++)
        {
            builder.Append("<mtr>");
            for (var column = 0; column < value.Shape[1]; column++) builder.Append("<mtd>").Append(N(value[row * value.Shape[1] + column])).Append("</mtd>");
            builder.Append("</mtr>");
        }
        return builder.Append("</mtable><mo stretchy=\"true\">]</mo></mrow>").ToString();
    }

    /// <summary>A number with its power of ten as a real superscript: 4.54 × 10⁻⁵.</summary>
    private static string Number(double value, int digits)
    {
        var parts = NumberFormat.Split(value, digits);
        var core = parts.Exponent is { } exponent
            ? $"<mrow><mn>{parts.Digits}</mn><mo>×</mo><msup><mn>10</mn><mn>{(exponent < 0 ? "−" + -exponent : exponent)}</mn></msup></mrow>"
            : $"<mn>{parts.Digits}</mn>";
        return parts.Negative ? $"<mrow><mo>−</mo>{core}</mrow>" : core;
    }

    private static int Precedence(Expr expr) => expr switch
    {
        BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => 1,
        BinaryExpr { Operator: BinaryOperator.Multiply or BinaryOperator.MatrixProduct } => 2,
        UnaryExpr => 3,
        BinaryExpr { Operator: BinaryOperator.Power } => 4,
        _ => 5,  // fractions, calls, atoms
    };

    private static string Write(Expr expr, int context)
    {
        var body = expr switch
        {
            NumberExpr n => Number(n.Value, 15),
            NameExpr n => Identifier(n.Name),
            UnaryExpr u => $"<mrow><mo>{(u.Operator == '-' ? "−" : "+")}</mo>{Write(u.Operand, 3)}</mrow>",
            BinaryExpr { Operator: BinaryOperator.Divide } b => $"<mfrac>{Write(b.Left, 0)}{Write(b.Right, 0)}</mfrac>",
            BinaryExpr { Operator: BinaryOperator.Power } b => $"<msup>{Write(b.Left, 5)}{Write(b.Right, 0)}</msup>",
            // A number before a name multiplies invisibly, as print writes it: 2x, not 2·x.
            BinaryExpr { Operator: BinaryOperator.Multiply, Left: NumberExpr { Value: >= 0 }, Right: NameExpr or CallExpr } b =>
                $"<mrow>{Write(b.Left, 2)}<mo>&#x2062;</mo>{Write(b.Right, 3)}</mrow>",
            BinaryExpr b => $"<mrow>{Write(b.Left, Precedence(b))}<mo>{Operator(b.Operator)}</mo>{Write(b.Right, Precedence(b) + 1)}</mrow>",
            ArrayExpr a => "<mrow><mo>[</mo>" + string.Join("<mo separator=\"true\">,</mo>", a.Items.Select(i => Write(i, 0))) + "<mo>]</mo></mrow>",
            CallExpr c => Call(c),
            _ => "",
        };
        return Precedence(expr) < context ? $"<mrow><mo>(</mo>{body}<mo>)</mo></mrow>" : body;
    }

    private static string Call(CallExpr call)
    {
        // grad(f, [3, 1]) is ∇f(3, 1); grad(EXPR, w) is ∇_w EXPR.
        if (call.Function == "grad" && call.Arguments.Count == 2 && call.Arguments[0] is NameExpr f)
            return $"<mrow><mo>∇</mo>{Identifier(f.Name)}{Arguments(Unpacked(call.Arguments[1]))}</mrow>";
        if (call.Function == "grad" && call.Arguments.Count == 2)
            return $"<mrow><msub><mo>∇</mo>{Write(call.Arguments[1], 5)}</msub>{Write(call.Arguments[0], 5)}</mrow>";
        if (call.Function == "grad" && call.Arguments.Count == 1) return $"<mrow><mo>∇</mo>{Write(call.Arguments[0], 5)}</mrow>";
        if (call.Function == "diff" && call.Arguments.Count == 2)
        {
            // d/dx for an expression of one variable, ∂/∂x once another name appears beside it.
            var d = call.Arguments[1] is NameExpr variable && OnlyName(call.Arguments[0], variable.Name)
                ? "<mi mathvariant=\"normal\">d</mi>" : "<mo>∂</mo>";
            return $"<mrow><mfrac>{d}<mrow>{d}{Write(call.Arguments[1], 5)}</mrow></mfrac><mspace width=\"0.167em\"/>{Write(call.Arguments[0], 5)}</mrow>";
        }
        if (call.Function == "hessian" && call.Arguments.Count == 2)
            return $"<mrow><msup><mo>∇</mo><mn>2</mn></msup>{Write(call.Arguments[0], 5)}{Arguments(Unpacked(call.Arguments[1]))}</mrow>";
        var name = Identifier(call.Function);
        if (call.Primes > 0) name = $"<mrow>{name}<mo lspace=\"0\" rspace=\"0\">{new string('′', call.Primes)}</mo></mrow>";
        var arguments = call.Arguments.Select(a => Write(a, 0))
            .Concat(call.Named.Select(n => $"<mrow>{Identifier(n.Name)}<mo>=</mo>{Write(n.Value, 0)}</mrow>"));
        // U+2061 FUNCTION APPLICATION tells readers and renderers that f(x) is a call, not f times x.
        return $"<mrow>{name}<mo>\u2061</mo>{Arguments(arguments)}</mrow>";
    }

    /// <summary>Whether <paramref name="variable"/> is the only name in the expression besides the constants pi and e.</summary>
    private static bool OnlyName(Expr e, string variable) => e switch
    {
        NameExpr n => n.Name == variable || n.Name is "pi" or "e",
        UnaryExpr u => OnlyName(u.Operand, variable),
        BinaryExpr b => OnlyName(b.Left, variable) && OnlyName(b.Right, variable),
        ArrayExpr a => a.Items.All(i => OnlyName(i, variable)),
        CallExpr c => c.Arguments.All(a => OnlyName(a, variable)) && c.Named.All(n => OnlyName(n.Value, variable)),
        _ => true,
    };

    private static IEnumerable<string> Unpacked(Expr point) =>
        point is ArrayExpr array ? array.Items.Select(i => Write(i, 0)) : [Write(point, 0)];

    private static string Arguments(IEnumerable<string> arguments) =>
        "<mrow><mo>(</mo>" + string.Join("<mo separator=\"true\">,</mo>", arguments) + "<mo>)</mo></mrow>";

    private static string Identifier(string name)
    {
        // x0, W1, eta_2: a letter (or a Greek name) with a number is the letter with a subscript, x₀.
        if (Indexed().Match(name) is { Success: true } indexed
            && (indexed.Groups["base"].Length == 1 || Symbols.ContainsKey(indexed.Groups["base"].Value)))
            return $"<msub>{Identifier(indexed.Groups["base"].Value)}<mn>{indexed.Groups["index"].Value}</mn></msub>";
        if (Symbols.TryGetValue(name, out var symbol)) return $"<mi>{symbol}</mi>";
        var escaped = WebUtility.HtmlEncode(name);
        return name.Length == 1 ? $"<mi>{escaped}</mi>" : $"<mi mathvariant=\"normal\">{escaped}</mi>";
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?<base>[A-Za-z]+)_?(?<index>[0-9]+)$")]
    private static partial System.Text.RegularExpressions.Regex Indexed();

    private static string Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "−",
        BinaryOperator.Multiply => "⋅",
        _ => "@",
    };
}
