using SiteGen.Compute.Builtins;
using SiteGen.Compute.Symbolic;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Evaluation;

/// <summary>The evaluator's diagnostics: each made where the problem is found, with the span of its cause.</summary>
internal sealed partial class Evaluator
{
    private static T Shaped<T>(TextSpan span, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (ShapeException e)
        {
            throw Fail(ExpressionError.Codes.Shape, e.Message, span);
        }
    }

    private static Expr Symbolic(Func<Expr> derive, TextSpan span)
    {
        try
        {
            return derive();
        }
        catch (SymbolicException e)
        {
            // The cause may sit in the body of a function defined elsewhere, whose spans are not this text's: report it at the derivative.
            throw Fail(e.Code, e.Message, span);
        }
    }

    private static void RejectNamed(CallExpr call, string[] allowed)
    {
        foreach (var named in call.Named.Where(n => !allowed.Contains(n.Name)))
            throw Fail(ExpressionError.Codes.Arguments,
                allowed.Length == 0 ? $"'{call.Function}' takes no named arguments"
                    : $"'{call.Function}' has no argument '{named.Name}'; it takes {string.Join(", ", allowed)}",
                named.NameSpan);
    }

    private static void ExpectArguments(CallExpr call, int count, int optional = 0)
    {
        if (call.Arguments.Count >= count && call.Arguments.Count <= count + optional) return;
        var expected = optional == 0 ? $"{count}" : $"{count} to {count + optional}";
        throw Fail(ExpressionError.Codes.Arguments,
            $"'{call.Function}' takes {expected} argument{(count + optional == 1 ? "" : "s")}, but {call.Arguments.Count} {(call.Arguments.Count == 1 ? "was" : "were")} given",
            call.Span);
    }

    private static ExpressionErrorException NotDifferentiable(CallExpr call) =>
        Fail(ExpressionError.Codes.Symbolic,
            $"'{call.Function}{new string('\'', call.Primes)}' cannot be evaluated: ' differentiates the elementwise builtins and defined functions of one argument",
            call.FunctionSpan);

    private static ExpressionErrorException UnknownName(NameExpr name, Scope scope, IReadOnlySet<string> locals)
    {
        if (scope.Functions.ContainsKey(name.Name) || IsBuiltin(name.Name))
            return Fail(ExpressionError.Codes.UnknownName, $"'{name.Name}' is a function; call it, as in {name.Name}(x)", name.Span);
        var known = locals.Where(n => !Expansion.IsLocal(n)).Concat(scope.Variables.Keys).Concat(Calculator.Constants);
        return Fail(ExpressionError.Codes.UnknownName, $"unknown name '{name.Name}'{Suggestions.DidYouMean(name.Name, known)}", name.Span);
    }

    private static ExpressionErrorException UnknownFunction(CallExpr call, Scope scope)
    {
        var known = ElementwiseFunctions.All.Keys.Concat(ArrayFunctions.All.Keys).Concat(scope.Functions.Keys);
        return Fail(ExpressionError.Codes.UnknownFunction, $"unknown function '{call.Function}'{Suggestions.DidYouMean(call.Function, known)}",
            call.FunctionSpan);
    }

    private static ExpressionErrorException Fail(string code, string message, TextSpan span) => new(new ExpressionError(code, message, span));
}
