using SiteGen.Compute.Builtins;
using SiteGen.Compute.Syntax;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// The lesson language, split by the engine's own <see cref="Lexer"/>, so a block is highlighted
/// exactly as the build reads it: what the lexer takes as a number, a name or an operator is
/// coloured as one, the text it skips over after '#' is a comment, and a character it rejects is
/// marked as an error. Names of the engine's builtins are builtins; a name called or primed
/// (f(x), f'(a)) is a function.
/// </summary>
public sealed class LessonLexer : ICodeLexer
{
    // The names the evaluator gives a meaning of its own besides the builtin tables.
    private static readonly HashSet<string> Derivatives = new(StringComparer.Ordinal) { "grad", "diff", "hessian" };
    private static readonly HashSet<string> Constants = new(StringComparer.Ordinal) { "pi", "e" };

    public static bool IsBuiltin(string name) =>
        ElementwiseFunctions.All.ContainsKey(name) || ArrayFunctions.All.ContainsKey(name) || ArrayFunctions.Reductions.ContainsKey(name)
        || Derivatives.Contains(name);

    public void Lex(string code, SpanSink sink)
    {
        var start = 0;
        while (start < code.Length)
        {
            var (tokens, rejected) = TokenizeFrom(code, start);
            var end = rejected ?? code.Length;
            var gapStart = start;
            for (var i = 0; i < tokens.Count && tokens[i].Kind != TokenKind.End; i++)
            {
                var token = tokens[i];
                var tokenStart = start + token.Span.Start;
                Comments(code, gapStart, tokenStart, sink);
                sink.Add(tokenStart, token.Span.Length, StyleOf(tokens, i));
                gapStart = tokenStart + token.Span.Length;
            }
            Comments(code, gapStart, end, sink);
            if (rejected is not { } bad) return;
            sink.Add(bad, 1, TokenStyle.Error);
            start = bad + 1;
        }
    }

    /// <summary>
    /// The tokens of the text from <paramref name="start"/> up to the first character the lexer
    /// rejects (null when it rejects none). The lexer stops at that character with an error, so the
    /// text before it is lexed again alone: lexing is left to right with no lookahead past a
    /// token, so that prefix yields the tokens the whole text would.
    /// </summary>
    private static (List<Token> Tokens, int? Rejected) TokenizeFrom(string code, int start)
    {
        var text = code[start..];
        if (TryTokenize(text) is { } all) return (all, null);
        // The longest prefix that lexes ends right before the rejected character.
        int good = 0, bad = text.Length;
        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            if (TryTokenize(text[..middle]) is null) bad = middle;
            else good = middle;
        }
        return (TryTokenize(text[..good])!, start + good);
    }

    private static List<Token>? TryTokenize(string text)
    {
        try
        {
            return Lexer.Tokenize(text);
        }
        catch (Exception)
        {
            // The engine's expression error is its own internal type; its lexer throws nothing else.
            return null;
        }
    }

    private static TokenStyle StyleOf(List<Token> tokens, int i)
    {
        var token = tokens[i];
        switch (token.Kind)
        {
            case TokenKind.Number: return TokenStyle.Number;
            case TokenKind.Identifier:
                var next = i + 1 < tokens.Count ? tokens[i + 1].Kind : TokenKind.End;
                if (IsBuiltin(token.Text)) return TokenStyle.Builtin;
                if (Constants.Contains(token.Text) && next is not (TokenKind.OpenParen or TokenKind.Prime)) return TokenStyle.Constant;
                if (next is TokenKind.OpenParen or TokenKind.Prime) return TokenStyle.Function;
                return TokenStyle.Variable;
            case TokenKind.OpenParen or TokenKind.CloseParen or TokenKind.OpenBracket or TokenKind.CloseBracket or TokenKind.Comma:
                return TokenStyle.Punctuation;
            default: return TokenStyle.Operator;
        }
    }

    /// <summary>The lexer skips only white space and comments between tokens: a '#' there starts a comment to the end of its line.</summary>
    private static void Comments(string code, int from, int to, SpanSink sink)
    {
        var i = from;
        while (i < to)
        {
            if (code[i] != '#') { i++; continue; }
            var newline = code.IndexOf('\n', i, to - i);
            var end = newline < 0 ? to : newline;
            sink.Add(i, end - i, TokenStyle.Comment);
            i = end;
        }
    }
}
