using System.Collections.Concurrent;
using SiteGen.Compute.Builtins;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Symbolic;

/// <summary>
/// The derivative formulas a scope's expressions use, each derived once: partial derivatives of
/// defined functions (for f'', hessian, and derivatives inside grad), derivatives of builtins, and
/// diff(...) written inside an expression. A figure evaluates the same formula at thousands of
/// points. Definitions never change once made, so an entry never goes stale; safe across threads.
/// </summary>
internal sealed class DerivedFormulas(Scope scope)
{
    private readonly ConcurrentDictionary<object, Lazy<Derived>> _formulas = new();

    private sealed record Derived(Expr? Formula, SymbolicException? Error);

    /// <summary>∂ⁿf / ∂p₁…∂pₙ for the parameter indices in <paramref name="order"/>, in the <see cref="Expansion.Local"/> names of f's parameters.</summary>
    public Expr PartialOf(FunctionDefinition function, params int[] order) =>
        Get((function.Name, string.Join(",", order)), () =>
        {
            var expansion = new Expansion(scope);
            var formula = expansion.Expand(function.Body, function.Parameters.Select(p => p.Name));
            foreach (var index in order) formula = Differentiator.Derive(formula, Expansion.Local(function.Parameters[index].Name));
            return formula;
        });

    /// <summary>The derivative of order <paramref name="primes"/> of a builtin, in the names <c>$u</c> (its argument) and <c>$o0</c>, <c>$o1</c>, … (its options).</summary>
    public Expr DerivativeOf(ElementwiseFunction builtin, int primes) =>
        Get((builtin, primes), () =>
        {
            var call = new CallExpr(builtin.Name, 0, [new NameExpr(BuiltinArgument, default), .. builtin.Parameters.Select((_, i) => new NameExpr(Option(i), default))],
                [], default, default);
            return Differentiator.Derive(call, BuiltinArgument, primes);
        });

    public const string BuiltinArgument = "$u";

    public static string Option(int index) => "$o" + index;

    /// <summary>diff(E, x) written inside an expression whose locals are <paramref name="locals"/>: expanded, differentiated, in their Local names.</summary>
    public Expr DiffAt(CallExpr diff, IReadOnlyCollection<string> locals) =>
        Get((diff, string.Join(",", locals.Order(StringComparer.Ordinal))), () => new Expansion(scope).Expand(diff, locals));

    /// <summary>
    /// d EXPR / d v for grad(EXPR, v) with a scalar v, written inside an expression whose locals are
    /// <paramref name="locals"/>: v is a local's Local name or else the lesson's variable, which
    /// the expansion follows into every function body that reads it.
    /// </summary>
    public Expr GradientAt(CallExpr grad, IReadOnlyCollection<string> locals) =>
        Get((grad, string.Join(",", locals.Order(StringComparer.Ordinal))), () =>
        {
            var variable = ((NameExpr)grad.Arguments[1]).Name;
            var expanded = new Expansion(scope).Expand(grad.Arguments[0], locals);
            return Differentiator.Derive(expanded, locals.Contains(variable) ? Expansion.Local(variable) : variable);
        });

    private Expr Get(object key, Func<Expr> derive)
    {
        var derived = _formulas.GetOrAdd(key, _ => new Lazy<Derived>(() =>
        {
            try
            {
                return new Derived(derive(), null);
            }
            catch (SymbolicException e)
            {
                return new Derived(null, e);
            }
        })).Value;
        return derived.Formula ?? throw derived.Error!;
    }
}
