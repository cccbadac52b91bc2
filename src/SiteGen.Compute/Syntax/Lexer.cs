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
