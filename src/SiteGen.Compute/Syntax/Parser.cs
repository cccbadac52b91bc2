namespace SiteGen.Compute.Syntax;

/// <summary>
/// Parses the lesson language. Precedence, high to low: calls and postfix `'`; `^` (right
/// associative, and its exponent may be signed, as in Python: `2^-1`); unary `-` `+`;
/// `*` `/` `@`; `+` `-`. The depth of the tree is bounded (nesting and long chains of
/// operators alike), so neither the parser nor anything that walks the tree can overflow the stack.
/// </summary>
public sealed class Parser
{
    /// <summary>A deeper tree than any lesson needs; the bound keeps every walk of the tree safe.</summary>
    public const int MaxDepth = 256;

    private readonly List<Token> _tokens;
    private int _position;
    private int _depth;

    private Parser(string text) => _tokens = Lexer.Tokenize(text);

    /// <summary>Parses one expression; on failure returns null and the error.</summary>
    public static (Expr? Expr, ExpressionError? Error) ParseExpression(string text) => Run(text, parser =>
    {
        var expr = parser.Expression();
        parser.ExpectEnd("an operator");
        return expr;
    });

    /// <summary>Parses one definition line, `f(x) = ...` or `w = ...`.</summary>
    public static (Definition? Definition, ExpressionError? Error) ParseDefinition(string text) => Run(text, parser =>
    {
        var definition = parser.Definition();
        parser.ExpectEnd("an operator");
        return definition;
    });

    private static (T?, ExpressionError?) Run<T>(string text, Func<Parser, T> parse) where T : class
    {
        try
        {
            return (parse(new Parser(text)), null);
        }
        catch (ExpressionErrorException e)
        {
            return (null, e.Error);
        }
    }

    private Definition Definition()
    {
        var name = Expect(TokenKind.Identifier, "a name to define, such as 'f(x) = x^2' or 'w = 3'");
        if (Peek.Kind == TokenKind.OpenParen)
        {
            Advance();
            var parameters = new List<(string, TextSpan)>();
            if (Peek.Kind != TokenKind.CloseParen)
                do
                {
                    var parameter = Expect(TokenKind.Identifier, "a parameter name");
                    if (parameters.Any(p => p.Item1 == parameter.Text))
                        throw Error($"parameter '{parameter.Text}' appears twice", parameter.Span);
                    parameters.Add((parameter.Text, parameter.Span));
                } while (Accept(TokenKind.Comma));
            Expect(TokenKind.CloseParen, "')' after the parameters");
            Expect(TokenKind.Equals, "'=' after the function's parameters");
            return new FunctionDefinition(name.Text, name.Span, parameters, Expression());
        }
        Expect(TokenKind.Equals, "'=' after the name");
        return new VariableDefinition(name.Text, name.Span, Expression());
    }

    private Expr Expression()
    {
        var left = Term();
        var chain = 0;
        while (Peek.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance();
            using var _ = Nest(op.Span, ++chain);
            var right = Term();
            left = new BinaryExpr(op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract, left, right, op.Span,
                TextSpan.Between(left.Span, right.Span));
        }
        return left;
    }

    private Expr Term()
    {
        var left = Unary();
        var chain = 0;
        while (Peek.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.At)
        {
            var op = Advance();
            using var _ = Nest(op.Span, ++chain);
            var right = Unary();
            var kind = op.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.MatrixProduct,
            };
            left = new BinaryExpr(kind, left, right, op.Span, TextSpan.Between(left.Span, right.Span));
        }
        return left;
    }

    private Expr Unary()
    {
        if (Peek.Kind is not (TokenKind.Minus or TokenKind.Plus)) return Power();
        var op = Advance();
        using var _ = Nest(op.Span);
        var operand = Unary();
        return new UnaryExpr(op.Kind == TokenKind.Minus ? '-' : '+', operand, TextSpan.Between(op.Span, operand.Span));
    }

    private Expr Power()
    {
        var baseExpr = Postfix();
        if (Peek.Kind != TokenKind.Caret) return baseExpr;
        var op = Advance();
        using var _ = Nest(op.Span);
        var exponent = Unary();  // right-associative: 2^3^2 is 2^(3^2)
        return new BinaryExpr(BinaryOperator.Power, baseExpr, exponent, op.Span, TextSpan.Between(baseExpr.Span, exponent.Span));
    }

    private Expr Postfix()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new NumberExpr(token.Number, token.Span);
            case TokenKind.Identifier:
                Advance();
                return NameOrCall(token);
            case TokenKind.OpenParen:
            {
                Advance();
                using var _ = Nest(token.Span);
                var inner = Expression();
                var close = Expect(TokenKind.CloseParen, $"')' to close the '(' at column {token.Span.Start + 1}");
                return inner with { Span = TextSpan.Between(token.Span, close.Span) };
            }
            case TokenKind.OpenBracket:
                return Array(token);
            default:
                throw Error($"expected a number, a name or '(', but found {token.Describe()}", token.Span);
        }
    }

    private Expr NameOrCall(Token name)
    {
        var primes = 0;
        var last = name.Span;
        while (Peek.Kind == TokenKind.Prime)
        {
            last = Advance().Span;
            primes++;
        }
        if (Peek.Kind != TokenKind.OpenParen)
        {
            if (primes > 0) throw Error($"a derivative needs its argument: write {name.Text}{new string('\'', primes)}(x)", last);
            return new NameExpr(name.Text, name.Span);
        }
        var open = Advance();
        using var _ = Nest(open.Span);
        var arguments = new List<Expr>();
        var named = new List<NamedArgument>();
        if (Peek.Kind != TokenKind.CloseParen)
            do
            {
                if (Peek.Kind == TokenKind.Identifier && PeekAt(1).Kind == TokenKind.Equals)
                {
                    var argumentName = Advance();
                    Advance();
                    if (named.Any(n => n.Name == argumentName.Text))
                        throw Error($"argument '{argumentName.Text}' is given twice", argumentName.Span);
                    named.Add(new NamedArgument(argumentName.Text, Expression(), argumentName.Span));
                }
                else if (named.Count > 0)
                    throw Error("positional arguments come before named ones", Peek.Span);
                else arguments.Add(Expression());
            } while (Accept(TokenKind.Comma));
        var close = Expect(TokenKind.CloseParen, $"')' to close the call to '{name.Text}'");
        return new CallExpr(name.Text, primes, arguments, named, name.Span, TextSpan.Between(name.Span, close.Span));
    }

    private ArrayExpr Array(Token open)
    {
        Advance();
        using var _ = Nest(open.Span);
        var items = new List<Expr>();
        if (Peek.Kind != TokenKind.CloseBracket)
            do items.Add(Expression());
            while (Accept(TokenKind.Comma));
        var close = Expect(TokenKind.CloseBracket, $"']' to close the '[' at column {open.Span.Start + 1}");
        return new ArrayExpr(items, TextSpan.Between(open.Span, close.Span));
    }

    private Token Peek => _tokens[_position];
    private Token PeekAt(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = _tokens[_position];
        if (_position < _tokens.Count - 1) _position++;
        return token;
    }

    private bool Accept(TokenKind kind)
    {
        if (Peek.Kind != kind) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string what) =>
        Peek.Kind == kind ? Advance() : throw Error($"expected {what}, but found {Peek.Describe()}", Peek.Span);

    private void ExpectEnd(string what)
    {
        if (Peek.Kind != TokenKind.End) throw Error($"expected {what} or the end, but found {Peek.Describe()}", Peek.Span);
    }

    /// <summary>Enters one level of the tree; a chain of <paramref name="chain"/> operators is that many levels deep on its left.</summary>
    private DepthGuard Nest(TextSpan at, int chain = 0)
    {
        if (++_depth + chain > MaxDepth)
            throw Error($"the expression nests more than {MaxDepth} levels deep; split it into definitions", at);
        return new DepthGuard(this);
    }

    private readonly struct DepthGuard(Parser parser) : IDisposable
    {
        public void Dispose() => parser._depth--;
    }

    private static ExpressionErrorException Error(string message, TextSpan span) =>
        new(new ExpressionError(ExpressionError.Codes.Syntax, message, span));
}
