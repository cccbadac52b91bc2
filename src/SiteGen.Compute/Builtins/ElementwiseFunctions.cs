namespace SiteGen.Compute.Builtins;

/// <summary>
/// Every elementwise builtin: its value and derivative side by side. At kinks the derivative
/// follows PyTorch: relu'(0) = 0, abs'(0) = 0, leaky_relu'(0) = slope, elu'(0) = alpha, step' = 0.
/// </summary>
public static class ElementwiseFunctions
{
    private static readonly BuiltinParameter[] None = [];
    private const double SqrtTwo = 1.4142135623730951;
    private const double OneOverSqrtTwoPi = 0.3989422804014327;

    public static readonly IReadOnlyDictionary<string, ElementwiseFunction> All = new[]
    {
        Plain("exp", Math.Exp, Math.Exp, "e to the power x"),
        Plain("log", Math.Log, x => 1 / x, "the natural logarithm"),
        Plain("sqrt", Math.Sqrt, x => 0.5 / Math.Sqrt(x), "the square root"),
        Plain("abs", Math.Abs, x => x > 0 ? 1 : x < 0 ? -1 : 0, "the absolute value"),
        Plain("sin", Math.Sin, Math.Cos, "the sine"),
        Plain("cos", Math.Cos, x => -Math.Sin(x), "the cosine"),
        Plain("tan", Math.Tan, x => 1 / (Math.Cos(x) * Math.Cos(x)), "the tangent"),
        Plain("tanh", Math.Tanh, x => 1 - Math.Tanh(x) * Math.Tanh(x), "the hyperbolic tangent"),
        Plain("sigmoid", Sigmoid, x => Sigmoid(x) * (1 - Sigmoid(x)), "the logistic sigmoid, 1 / (1 + e^-x)"),
        Plain("relu", x => x > 0 ? x : 0, x => x > 0 ? 1 : 0, "max(x, 0)"),
        Plain("softplus", Softplus, Sigmoid, "log(1 + e^x), computed without overflow"),
        Plain("gelu", x => 0.5 * x * (1 + SpecialFunctions.Erf(x / SqrtTwo)),
            x => 0.5 * (1 + SpecialFunctions.Erf(x / SqrtTwo)) + x * OneOverSqrtTwoPi * Math.Exp(-x * x / 2),
            "x times the normal distribution's CDF at x (the exact, erf form)"),
        Plain("silu", x => x * Sigmoid(x), x => Sigmoid(x) * (1 + x * (1 - Sigmoid(x))), "x times sigmoid(x), also called swish"),
        Plain("swish", x => x * Sigmoid(x), x => Sigmoid(x) * (1 + x * (1 - Sigmoid(x))), "the same as silu"),
        Plain("erf", SpecialFunctions.Erf, x => 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x), "the error function"),
        Plain("step", x => x > 0 ? 1 : 0, _ => 0, "1 for x > 0, else 0"),
        Plain("round", x => Math.Round(x, MidpointRounding.ToEven), _ => 0, "the nearest whole number (halves to even, as NumPy); its slope is 0"),
        new ElementwiseFunction("leaky_relu", (x, p) => x > 0 ? x : p[0] * x, (x, p) => x > 0 ? 1 : p[0],
            [new BuiltinParameter("slope", 0.01)], "x for x > 0, else slope * x"),
        new ElementwiseFunction("elu", (x, p) => x > 0 ? x : p[0] * (Math.Exp(x) - 1), (x, p) => x > 0 ? 1 : p[0] * Math.Exp(x),
            [new BuiltinParameter("alpha", 1)], "x for x > 0, else alpha * (e^x - 1)"),
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

    private static ElementwiseFunction Plain(string name, Func<double, double> value, Func<double, double> derivative, string summary) =>
        new(name, (x, _) => value(x), (x, _) => derivative(x), None, summary);
}
