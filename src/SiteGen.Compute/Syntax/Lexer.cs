using System.Globalization;

namespace SiteGen.Compute.Syntax;

/// <summary>Splits an expression into tokens. `#` starts a comment that runs to the end of the line.</summary>
public static class Lexer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '#'))
            {
                if (text[i] == '#') while (i < text.Length && text[i] != '\n') i++;
                else i++;
            }
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, "", new TextSpan(text.Length, 0)));
                return tokens;
            }
            var c = text[i];
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                tokens.Add(ReadNumber(text, ref i));
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Identifier, text[start..i], new TextSpan(start, i - start)));
            }
            else if (Misspelt(text, i) is { } misspelt)
                throw new ExpressionErrorException(misspelt);
            else
            {
                var kind = c switch
                {
                    '+' => TokenKind.Plus, '-' or '−' => TokenKind.Minus, '*' => TokenKind.Star, '/' => TokenKind.Slash,
                    '@' => TokenKind.At, '^' => TokenKind.Caret, '\'' => TokenKind.Prime, '(' => TokenKind.OpenParen,
                    ')' => TokenKind.CloseParen, '[' => TokenKind.OpenBracket, ']' => TokenKind.CloseBracket,
                    ',' => TokenKind.Comma, '=' => TokenKind.Equals,
                    _ => throw new ExpressionErrorException(new ExpressionError(ExpressionError.Codes.Syntax,
                        $"unexpected character '{c}'{Hint(c)}", new TextSpan(i, 1))),
                };
                tokens.Add(new Token(kind, c.ToString(), new TextSpan(i, 1)));
                i++;
            }
        }
    }

    /// <summary>Operators of other languages that authors write from habit, each with the one to write here.</summary>
    private static ExpressionError? Misspelt(string text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        string? message = (text[i], next) switch
        {
            ('*', '*') => "'**' is not an operator here; powers are written with '^', as in x^2",
            (':', '=') => "':=' is not an operator here; definitions use '=', as in h(x) = x^3",
            (':', _) => $"unexpected ':'; after a cited value's expression, ':' is followed by the number of significant digits to show, as in {Cited(text[..i])}:4",
            _ => null,
        };
        return message is null ? null : new ExpressionError(ExpressionError.Codes.Syntax, message, new TextSpan(i, next is '*' or '=' ? 2 : 1));
    }

    /// <summary>The expression before a stray colon, for the example of the digits form; a long one is shortened.</summary>
    private static string Cited(string before)
    {
        var expression = before.Trim();
        return expression.Length is > 0 and <= 30 && !expression.Contains('\n') ? expression : "f(3)";
    }

    private static string Hint(char c) => c switch
    {
        '×' or '·' => "; write '*' for multiplication",
        '²' => "; write '^2' for a square",
        ';' => "; put each definition on its own line",
        _ => "",
    };

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.') { i++; while (i < text.Length && char.IsAsciiDigit(text[i])) i++; }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var mark = i;
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            if (i < text.Length && char.IsAsciiDigit(text[i])) while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            else i = mark;  // "2e" is the number 2 followed by the name e
        }
        var literal = text[start..i];
        return new Token(TokenKind.Number, literal, new TextSpan(start, i - start),
            double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
