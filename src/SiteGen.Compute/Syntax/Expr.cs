namespace SiteGen.Compute.Syntax;

/// <summary>A node of an expression's syntax tree; every node knows the text it came from.</summary>
public abstract record Expr(TextSpan Span);

public sealed record NumberExpr(double Value, TextSpan Span) : Expr(Span);

/// <summary>A name: a variable, a constant (pi, e), or a symbol in a symbolic derivative.</summary>
public sealed record NameExpr(string Name, TextSpan Span) : Expr(Span);

/// <summary>`-x` or `+x`.</summary>
public sealed record UnaryExpr(char Operator, Expr Operand, TextSpan Span) : Expr(Span);

public enum BinaryOperator { Add, Subtract, Multiply, Divide, MatrixProduct, Power }

public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, TextSpan OperatorSpan, TextSpan Span) : Expr(Span);

/// <summary>An argument passed by name, `slope=0.2`.</summary>
public sealed record NamedArgument(string Name, Expr Value, TextSpan NameSpan);

/// <summary>
/// A call, `sigmoid(x)`; with primes, `f'(3)` or `relu''(x)` is the derivative of that order
/// of the one-argument function, at the argument.
/// </summary>
public sealed record CallExpr(string Function, int Primes, IReadOnlyList<Expr> Arguments, IReadOnlyList<NamedArgument> Named,
    TextSpan FunctionSpan, TextSpan Span) : Expr(Span);

/// <summary>`[1, 2, 3]`, or `[[1, 2], [3, 4]]` for a matrix.</summary>
public sealed record ArrayExpr(IReadOnlyList<Expr> Items, TextSpan Span) : Expr(Span);

/// <summary>One line of a definitions block: `f(x, y) = x^2 + y^2` or `w = [0.5, -0.3]`.</summary>
public abstract record Definition(string Name, TextSpan NameSpan, Expr Body);

public sealed record FunctionDefinition(string Name, TextSpan NameSpan, IReadOnlyList<(string Name, TextSpan Span)> Parameters, Expr Body)
    : Definition(Name, NameSpan, Body);

public sealed record VariableDefinition(string Name, TextSpan NameSpan, Expr Body) : Definition(Name, NameSpan, Body);
