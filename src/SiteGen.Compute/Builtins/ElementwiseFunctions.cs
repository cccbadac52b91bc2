using SiteGen.Compute.Syntax;
using static SiteGen.Compute.Symbolic.Build;

namespace SiteGen.Compute.Builtins;

/// <summary>
/// Every elementwise builtin: its value, its derivative as a number and its derivative as a
/// formula, side by side, so that adding a builtin is one entry. At kinks the derivative follows
/// PyTorch: relu'(0) = 0, abs'(0) = 0, leaky_relu'(0) = slope, elu'(0) = alpha, step' = 0; the
/// formulas write kinks with step, which gives the same numbers.
/// </summary>
public static class ElementwiseFunctions
{
    private static readonly BuiltinParameter[] None = [];
    private const double SqrtTwo = 1.4142135623730951;
    private const double OneOverSqrtTwoPi = 0.3989422804014327;

    public static readonly IReadOnlyDictionary<string, ElementwiseFunction> All = new[]
    {
        Plain("exp", Math.Exp, Math.Exp, u => Call("exp", u), "e to the power x"),
        Plain("log", Math.Log, x => 1 / x, u => Divide(Number(1), u), "the natural logarithm"),
        Plain("sqrt", Math.Sqrt, x => 0.5 / Math.Sqrt(x), u => Divide(Number(1), Multiply(Number(2), Call("sqrt", u))), "the square root"),
        Plain("abs", Math.Abs, x => x > 0 ? 1 : x < 0 ? -1 : 0, u => Subtract(Call("step", u), Call("step", Negate(u))), "the absolute value"),
        Plain("sin", Math.Sin, Math.Cos, u => Call("cos", u), "the sine"),
        Plain("cos", Math.Cos, x => -Math.Sin(x), u => Negate(Call("sin", u)), "the cosine"),
        Plain("tan", Math.Tan, x => 1 / (Math.Cos(x) * Math.Cos(x)), u => Divide(Number(1), Power(Call("cos", u), Number(2))), "the tangent"),
        Plain("tanh", Math.Tanh, x => 1 - Math.Tanh(x) * Math.Tanh(x), u => Subtract(Number(1), Power(Call("tanh", u), Number(2))),
            "the hyperbolic tangent"),
        Plain("sigmoid", Sigmoid, x => Sigmoid(x) * (1 - Sigmoid(x)), u => Multiply(Call("sigmoid", u), Subtract(Number(1), Call("sigmoid", u))),
            "the logistic sigmoid, 1 / (1 + e^-x)"),
        Plain("relu", x => x > 0 ? x : 0, x => x > 0 ? 1 : 0, u => Call("step", u), "max(x, 0)"),
        Plain("softplus", Softplus, Sigmoid, u => Call("sigmoid", u), "log(1 + e^x), computed without overflow"),
        Plain("gelu", x => 0.5 * x * (1 + SpecialFunctions.Erf(x / SqrtTwo)),
            x => 0.5 * (1 + SpecialFunctions.Erf(x / SqrtTwo)) + x * OneOverSqrtTwoPi * Math.Exp(-x * x / 2),
            u => Add(Multiply(Number(0.5), Add(Number(1), Call("erf", Divide(u, Call("sqrt", Number(2)))))),
                Divide(Multiply(u, Call("exp", Negate(Divide(Power(u, Number(2)), Number(2))))), Call("sqrt", Multiply(Number(2), Name("pi"))))),
            "x times the normal distribution's CDF at x (the exact, erf form)"),
        Plain("silu", x => x * Sigmoid(x), SiluSlope, SiluSlopeFormula, "x times sigmoid(x), also called swish"),
        Plain("swish", x => x * Sigmoid(x), SiluSlope, SiluSlopeFormula, "the same as silu"),
        Plain("erf", SpecialFunctions.Erf, x => 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x),
            u => Multiply(Divide(Number(2), Call("sqrt", Name("pi"))), Call("exp", Negate(Power(u, Number(2))))), "the error function"),
        Plain("step", x => x > 0 ? 1 : 0, _ => 0, _ => Number(0), "1 for x > 0, else 0"),
        Plain("round", x => Math.Round(x, MidpointRounding.ToEven), _ => 0, _ => Number(0),
            "the nearest whole number (halves to even, as NumPy); its slope is 0"),
        new ElementwiseFunction("leaky_relu", (x, p) => x > 0 ? x : p[0] * x, (x, p) => x > 0 ? 1 : p[0],
            (u, p) => Add(Call("step", u), Multiply(p[0], Subtract(Number(1), Call("step", u)))),
            [new BuiltinParameter("slope", 0.01, (x, _) => x > 0 ? 0 : x, (u, _) => Multiply(Subtract(Number(1), Call("step", u)), u))],
            "x for x > 0, else slope * x"),
        new ElementwiseFunction("elu", (x, p) => x > 0 ? x : p[0] * (Math.Exp(x) - 1), (x, p) => x > 0 ? 1 : p[0] * Math.Exp(x),
            (u, p) => Add(Call("step", u), Multiply(Multiply(p[0], Call("exp", u)), Subtract(Number(1), Call("step", u)))),
            [new BuiltinParameter("alpha", 1, (x, _) => x > 0 ? 0 : Math.Exp(x) - 1,
                (u, _) => Multiply(Subtract(Number(1), Call("step", u)), Subtract(Call("exp", u), Number(1))))],
            "x for x > 0, else alpha * (e^x - 1)"),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Stable on both sides: never computes e to a large positive power.</summary>
    public static double Sigmoid(double x)
    {
        if (x >= 0) return 1 / (1 + Math.Exp(-x));
        var ex = Math.Exp(x);
        return ex / (1 + ex);
    }

    public static double Softplus(double x) => x > 0 ? x + LogOnePlus(Math.Exp(-x)) : LogOnePlus(Math.Exp(x));

    /// <summary>log(1 + y) without losing y's digits when y is tiny (Goldberg's correction).</summary>
    public static double LogOnePlus(double y)
    {
        var u = 1 + y;
        return u == 1 ? y : Math.Log(u) * y / (u - 1);
    }

    private static double SiluSlope(double x) => Sigmoid(x) * (1 + x * (1 - Sigmoid(x)));

    private static Expr SiluSlopeFormula(Expr u) =>
        Multiply(Call("sigmoid", u), Add(Number(1), Multiply(u, Subtract(Number(1), Call("sigmoid", u)))));

    private static ElementwiseFunction Plain(string name, Func<double, double> value, Func<double, double> derivative,
        Func<Expr, Expr> formula, string summary) =>
        new(name, (x, _) => value(x), (x, _) => derivative(x), (u, _) => formula(u), None, summary);
}
