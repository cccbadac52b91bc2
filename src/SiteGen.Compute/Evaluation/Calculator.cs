using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Evaluation;

/// <summary>The outcome of evaluating: a value or a formula (from diff), or the first error with its place in the text.</summary>
public readonly record struct Evaluated(Tensor? Value, ExpressionError? Error, string? Formula = null)
{
    /// <summary>The expression as parsed, so that showing it needs no second parse.</summary>
    public Expr? Expression { get; init; }
}

/// <summary>
/// The lesson language's front door: define names into a scope, evaluate expressions in it.
/// Every failure comes back as an <see cref="ExpressionError"/>, never as an exception.
/// </summary>
public static class Calculator
{
    /// <summary>Parses and checks one definition line and adds it to <paramref name="scope"/>.</summary>
    public static ExpressionError? Define(string text, Scope scope)
    {
        var (definition, error) = Parser.ParseDefinition(text);
        if (error is not null) return error;
        try
        {
            if (scope.IsDefined(definition!.Name) || Constants.Contains(definition.Name) || Evaluator.IsBuiltin(definition.Name))
                throw new ExpressionErrorException(new ExpressionError(ExpressionError.Codes.Redefined,
                    $"'{definition.Name}' is already defined" + (scope.IsDefined(definition.Name) ? "" : " (it is a builtin)"),
                    definition.NameSpan));
            switch (definition)
            {
                case FunctionDefinition function:
                    Evaluator.CheckNames(function.Body, scope, function.Parameters.Select(p => p.Name).ToHashSet());
                    scope.Define(function);
                    break;
                case VariableDefinition variable:
                    scope.Define(variable.Name, new Evaluator(scope).Evaluate(variable.Body, allowNonFinite: false),
                        VariableDependencies.Of(variable.Body, scope));
                    break;
            }
            return null;
        }
        catch (ExpressionErrorException e)
        {
            return e.Error;
        }
    }

    /// <summary>
    /// Parses and evaluates one expression in <paramref name="scope"/>. A NaN or infinite result
    /// is an error unless <paramref name="allowNonFinite"/>.
    /// </summary>
    public static Evaluated Evaluate(string text, Scope scope, bool allowNonFinite = false)
    {
        var (expr, error) = Parser.ParseExpression(text);
        if (error is not null) return new Evaluated(null, error);
        try
        {
            if (Formulas.TryDerive(expr!, scope) is { } formula) return new Evaluated(null, null, formula) { Expression = expr };
            return new Evaluated(new Evaluator(scope).Evaluate(expr!, allowNonFinite), null) { Expression = expr };
        }
        catch (ExpressionErrorException e)
        {
            return new Evaluated(null, e.Error);
        }
    }

    /// <summary>
    /// Compiles one scalar expression of <paramref name="parameters"/> for evaluation at many
    /// points (a plot's x, a contour's grid, an optimiser's iterates). Unknown names, wrong
    /// arguments, shape errors and a result that is not one number are reported here, positioned in
    /// <paramref name="text"/>; evaluating the function never fails.
    /// </summary>
    public static Compiled Compile(string text, Scope scope, IReadOnlyList<string> parameters)
    {
        var (expr, error) = Parser.ParseExpression(text);
        if (error is not null) return new Compiled(null, error);
        try
        {
            return new Compiled(CompiledFunction.Create(expr!, scope, parameters), null);
        }
        catch (ExpressionErrorException e)
        {
            return new Compiled(null, e.Error);
        }
    }

    internal static readonly HashSet<string> Constants = ["pi", "e"];
}
