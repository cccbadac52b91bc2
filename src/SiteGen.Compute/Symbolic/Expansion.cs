using System.Globalization;
using SiteGen.Compute.Builtins;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using static SiteGen.Compute.Symbolic.Build;

namespace SiteGen.Compute.Symbolic;

/// <summary>
/// Rewrites an expression into one the differentiator can read: calls of defined functions are
/// replaced by their bodies with the arguments put in, and derivatives written inside it
/// (diff(E, x), f'(u), f''(u)) by their formulas.
///
/// A body's free names mean the lesson's names (lexical scope), so nothing may capture them.
/// Putting arguments in for parameters cannot, since every other name in the tree is a name
/// of the lesson too, except the expression's own locals (the parameters of the function it is
/// the body of, or a figure's variables). Those are renamed to <see cref="Local"/> names first,
/// and a derivative inside the expression is taken in a fresh name ($1, $2, …); no lesson can
/// write either, since a name cannot start with '$'.
/// </summary>
internal sealed class Expansion(Scope scope)
{
    /// <summary>
    /// The most nodes one expansion may visit: far beyond any lesson's formula, and it stops
    /// definitions that double at every level (g2(x) = g1(x) + g1(x), …) before they exhaust memory.
    /// </summary>
    public const int MaxNodes = 200_000;

    /// <summary>
    /// The deepest an expanded tree may nest. Bodies written out inside bodies nest deeper than
    /// any one line can, and the differentiator, the simplifier and the printer walk the tree
    /// recursively, so the bound keeps their stacks safe on any thread.
    /// </summary>
    public const int MaxDepth = 1_000;

    private static readonly IReadOnlyDictionary<string, Expr> NoSubstitutions = new Dictionary<string, Expr>();

    private int _visited;
    private int _depth;
    private int _fresh;

    /// <summary>The name a local takes in an expanded expression.</summary>
    public static string Local(string name) => "$" + name;

    public static bool IsLocal(string name) => name.StartsWith('$');

    /// <summary>Expands <paramref name="expr"/>, whose <paramref name="locals"/> come out as <see cref="Local"/> names.</summary>
    public Expr Expand(Expr expr, IEnumerable<string>? locals = null) =>
        Expand(expr, locals is null ? NoSubstitutions : locals.ToDictionary(n => n, n => Name(Local(n)), StringComparer.Ordinal));

    /// <summary>Replaces every <paramref name="name"/> in an expanded expression by <paramref name="value"/>.</summary>
    public Expr Substitute(Expr e, string name, Expr value) =>
        Expand(e, new Dictionary<string, Expr>(StringComparer.Ordinal) { [name] = value });

    /// <summary>Replaces every name in an expanded expression that <paramref name="substitutions"/> maps, all at once.</summary>
    public Expr Substitute(Expr e, IReadOnlyDictionary<string, Expr> substitutions) => Expand(e, substitutions);

    private Expr Expand(Expr e, IReadOnlyDictionary<string, Expr> substitutions)
    {
        if (++_visited > MaxNodes)
            throw new SymbolicException(
                $"this expression grows past {MaxNodes} terms when its functions are written out, too large to differentiate symbolically", e.Span);
        if (++_depth > MaxDepth)
            throw new SymbolicException(
                $"this expression nests deeper than {MaxDepth} levels when its functions are written out, too deep to differentiate symbolically", e.Span);
        try
        {
            return Rewrite(e, substitutions);
        }
        finally
        {
            _depth--;
        }
    }

    private Expr Rewrite(Expr e, IReadOnlyDictionary<string, Expr> substitutions)
    {
        return e switch
        {
            NameExpr name when substitutions.TryGetValue(name.Name, out var replacement) => replacement,
            UnaryExpr u => u with { Operand = Expand(u.Operand, substitutions) },
            BinaryExpr b => b with { Left = Expand(b.Left, substitutions), Right = Expand(b.Right, substitutions) },
            ArrayExpr a => a with { Items = a.Items.Select(i => Expand(i, substitutions)).ToList() },
            CallExpr c => Call(c, substitutions),
            _ => e,
        };
    }

    private Expr Call(CallExpr c, IReadOnlyDictionary<string, Expr> substitutions)
    {
        if (c.Function == "diff") return NestedDiff(c, substitutions);
        var arguments = c.Arguments.Select(a => Expand(a, substitutions)).ToList();
        var named = c.Named.Select(n => n with { Value = Expand(n.Value, substitutions) }).ToList();
        if (scope.Functions.TryGetValue(c.Function, out var function))
        {
            if (arguments.Count != function.Parameters.Count || named.Count > 0)
                throw new SymbolicException($"'{c.Function}' takes {function.Parameters.Count} argument{(function.Parameters.Count == 1 ? "" : "s")}", c.Span);
            if (c.Primes == 0) return Body(function, arguments);
            if (function.Parameters.Count != 1)
                throw new SymbolicException($"{c.Function}' needs a function of one argument; '{c.Function}' takes {function.Parameters.Count}", c.FunctionSpan);
            var at = Fresh();
            return Substitute(Differentiator.Derive(Body(function, [Name(at)]), at, c.Primes), at, arguments[0]);
        }
        if (c.Primes == 0) return c with { Arguments = arguments, Named = named };
        if (!ElementwiseFunctions.All.ContainsKey(c.Function) || arguments.Count == 0)
            throw new SymbolicException(
                $"'{c.Function}{new string('\'', c.Primes)}' has no formula: ' differentiates the elementwise builtins and defined functions of one argument",
                c.FunctionSpan);
        var point = Fresh();
        var plain = c with { Primes = 0, Arguments = [Name(point), .. arguments.Skip(1)], Named = named };
        return Substitute(Differentiator.Derive(plain, point, c.Primes), point, arguments[0]);
    }

    /// <summary>
    /// diff(E, x) inside an expression: E is differentiated before any argument is put in for the
    /// parameters of the body it stands in, so that an argument can neither be captured by x nor
    /// hide it. The parameters stand as fresh names while E is differentiated, then take their values.
    /// </summary>
    private Expr NestedDiff(CallExpr c, IReadOnlyDictionary<string, Expr> substitutions)
    {
        if (c.Primes > 0 || c.Arguments.Count != 2 || c.Named.Count > 0 || c.Arguments[1] is not NameExpr variable)
            throw new SymbolicException(DiffUsage, c.Span) { Code = ExpressionError.Codes.Symbolic };
        var placeholders = substitutions.Keys.ToDictionary(name => name, _ => Fresh(), StringComparer.Ordinal);
        var inner = Expand(c.Arguments[0], placeholders.ToDictionary(p => p.Key, p => Name(p.Value), StringComparer.Ordinal));
        var derivative = Differentiator.Derive(inner, placeholders.GetValueOrDefault(variable.Name, variable.Name));
        return Expand(derivative, placeholders.ToDictionary(p => p.Value, p => substitutions[p.Key], StringComparer.Ordinal));
    }

    public const string DiffUsage = "diff takes an expression and the name to differentiate by, as in diff(x^2 + y^2, x)";

    private Expr Body(FunctionDefinition function, IReadOnlyList<Expr> arguments)
    {
        var parameters = new Dictionary<string, Expr>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++) parameters[function.Parameters[i].Name] = arguments[i];
        return Expand(function.Body, parameters);
    }

    private string Fresh() => "$" + (++_fresh).ToString(CultureInfo.InvariantCulture);
}
