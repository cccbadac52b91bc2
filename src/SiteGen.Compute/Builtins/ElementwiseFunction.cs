using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Builtins;

/// <summary>
/// A parameter of a builtin that takes one, such as leaky_relu's `slope`, with the builtin's
/// partial derivative in it, as a number and as a formula, so a gradient can flow into it too.
/// </summary>
public sealed record BuiltinParameter(
    string Name,
    double Default,
    Func<double, double[], double> Partial,
    Func<Expr, Expr[], Expr> PartialFormula);

/// <summary>
/// A builtin applied element by element, with everything about it side by side: its value, its
/// derivative as a number (for reverse mode and compiled programs) and as a formula of the
/// language (for diff, f'' and hessian). Each takes the element and the builtin's parameters,
/// in declaration order. Tests hold every entry's three to one another and to central differences.
/// </summary>
public sealed record ElementwiseFunction(
    string Name,
    Func<double, double[], double> Value,
    Func<double, double[], double> Derivative,
    Func<Expr, Expr[], Expr> DerivativeFormula,
    IReadOnlyList<BuiltinParameter> Parameters,
    string Summary);
