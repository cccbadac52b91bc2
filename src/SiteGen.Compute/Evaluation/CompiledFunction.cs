using System.Text.RegularExpressions;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>The outcome of compiling: a function of the parameters, or the first error with its place in the text.</summary>
public sealed record Compiled(CompiledFunction? Function, ExpressionError? Error);

/// <summary>What a compiled expression runs on: the scalar program, or the general evaluator where that cannot serve.</summary>
internal interface IPointFunction
{
    double Evaluate(ReadOnlySpan<double> arguments);
    double ValueAndGradient(ReadOnlySpan<double> arguments, Span<double> gradient);
}

/// <summary>
/// An expression compiled once for evaluation at many points, as a figure or an optimiser needs:
/// a scalar function of its <see cref="Parameters"/>. Points where the expression is undefined
/// give NaN rather than an error. Holds no mutable state, so any number of threads may call it at once.
/// </summary>
public sealed partial class CompiledFunction
{
    private readonly IPointFunction _body;

    private CompiledFunction(IReadOnlyList<string> parameters, IPointFunction body)
    {
        Parameters = parameters;
        _body = body;
    }

    /// <summary>The names the arguments bind, in order; they shadow the scope's variables of the same name.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>True when the expression runs as a program on plain numbers, false when it needs the general evaluator.</summary>
    internal bool IsScalarProgram => _body is ScalarProgram;

    public double Evaluate(double x) => Evaluate([x]);

    public double Evaluate(double x, double y) => Evaluate([x, y]);

    /// <summary>The value at one point: one argument per parameter.</summary>
    public double Evaluate(ReadOnlySpan<double> arguments)
    {
        CheckArguments(arguments.Length);
        return _body.Evaluate(arguments);
    }

    /// <summary>
    /// The value at one point, and into <paramref name="gradient"/> (one slot per parameter) its
    /// exact partial derivatives, by reverse mode over the compiled program.
    /// </summary>
    public double ValueAndGradient(ReadOnlySpan<double> arguments, Span<double> gradient)
    {
        CheckArguments(arguments.Length);
        if (gradient.Length != Parameters.Count)
            throw new ArgumentException($"the gradient needs {Parameters.Count} slots, one per parameter, not {gradient.Length}", nameof(gradient));
        return _body.ValueAndGradient(arguments, gradient);
    }

    private void CheckArguments(int count)
    {
        if (count != Parameters.Count)
            throw new ArgumentException($"this function takes {Parameters.Count} arguments ({string.Join(", ", Parameters)}), not {count}");
    }

    /// <summary>
    /// Checks <paramref name="expr"/> by evaluating it once at a probe point (every parameter ½):
    /// that finds every error the evaluator would report, with its span, and the shape of the
    /// result. Then compiles it to a scalar program, or else wraps the evaluator.
    /// </summary>
    internal static CompiledFunction Create(Expr expr, Scope scope, IReadOnlyList<string> parameters)
    {
        var names = CheckedParameters(parameters);
        var probe = new double[names.Length];
        Array.Fill(probe, 0.5);
        var shape = new Evaluator(scope).EvaluateAt(expr, names, probe, default).Shape;
        if (shape.Count > 0)
            throw new ExpressionErrorException(new ExpressionError(ExpressionError.Codes.Shape,
                $"a figure needs one number per point; this expression gives {Described(shape)}; reduce it to one, as in sum(...)", expr.Span));
        IPointFunction body = (IPointFunction?)ScalarCompiler.TryCompile(expr, scope, names) ?? new EvaluatedFunction(expr, scope, names);
        return new CompiledFunction(names, body);
    }

    private static string Described(IReadOnlyList<int> shape) =>
        shape.Count == 1 ? $"a vector of {shape[0]}" : $"a {shape[0]}×{shape[1]} matrix";

    /// <summary>Parameter names come from the site's code, not from the author, so a bad list is a programming error.</summary>
    private static string[] CheckedParameters(IReadOnlyList<string> parameters)
    {
        foreach (var name in parameters)
            if (!Identifier().IsMatch(name)) throw new ArgumentException($"'{name}' is not a name of the lesson language", nameof(parameters));
        if (parameters.Distinct(StringComparer.Ordinal).Count() != parameters.Count)
            throw new ArgumentException("a parameter is named twice: " + string.Join(", ", parameters), nameof(parameters));
        return [.. parameters];
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
