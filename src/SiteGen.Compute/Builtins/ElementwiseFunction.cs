namespace SiteGen.Compute.Builtins;

/// <summary>A parameter of a builtin that takes one, such as leaky_relu's `slope`.</summary>
public sealed record BuiltinParameter(string Name, double Default);

/// <summary>
/// A builtin applied element by element, with its value and its derivative side by side.
/// Both take the element and the builtin's parameters (in declaration order).
/// </summary>
public sealed record ElementwiseFunction(
    string Name,
    Func<double, double[], double> Value,
    Func<double, double[], double> Derivative,
    IReadOnlyList<BuiltinParameter> Parameters,
    string Summary);
