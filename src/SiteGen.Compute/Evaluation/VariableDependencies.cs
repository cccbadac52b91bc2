using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// Which lesson variables a value was computed from, directly or through the functions it calls.
/// A variable holds its value, not its formula, so grad cannot follow a variable w through
/// another variable computed from w: that is refused rather than answered with a silent 0.
/// </summary>
internal static class VariableDependencies
{
    /// <summary>The scope's variables that <paramref name="expression"/> reads, with the ones they were computed from, leaving out <paramref name="locals"/>.</summary>
    public static HashSet<string> Of(Expr expression, Scope scope, IReadOnlySet<string>? locals = null)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var visitedFunctions = new HashSet<string>(StringComparer.Ordinal);
        // An explicit stack: expression trees may be deep, and function bodies are walked once each.
        var pending = new Stack<(Expr Expr, IReadOnlySet<string>? Hidden)>();
        pending.Push((expression, locals));
        while (pending.Count > 0)
        {
            var (expr, hidden) = pending.Pop();
            switch (expr)
            {
                case NameExpr name when hidden?.Contains(name.Name) != true && scope.Variables.ContainsKey(name.Name):
                    if (found.Add(name.Name)) found.UnionWith(scope.DependenciesOf(name.Name));
                    break;
                case UnaryExpr unary:
                    pending.Push((unary.Operand, hidden));
                    break;
                case BinaryExpr binary:
                    pending.Push((binary.Left, hidden));
                    pending.Push((binary.Right, hidden));
                    break;
                case ArrayExpr array:
                    foreach (var item in array.Items) pending.Push((item, hidden));
                    break;
                case CallExpr call:
                    foreach (var argument in call.Arguments) pending.Push((argument, hidden));
                    foreach (var named in call.Named) pending.Push((named.Value, hidden));
                    if (scope.Functions.TryGetValue(call.Function, out var function) && visitedFunctions.Add(function.Name))
                        pending.Push((function.Body, function.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal)));
                    // grad(f, p) names f as an argument, not a call.
                    foreach (var argument in call.Arguments)
                        if (argument is NameExpr { Name: var f } && scope.Functions.TryGetValue(f, out var named2) && visitedFunctions.Add(f))
                            pending.Push((named2.Body, named2.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal)));
                    break;
            }
        }
        return found;
    }
}
