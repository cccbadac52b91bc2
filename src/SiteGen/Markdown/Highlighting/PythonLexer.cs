namespace SiteGen.Markdown.Highlighting;

/// <summary>Python: keywords, builtins, string prefixes and triple quotes, numbers, comments, decorators, def and class names.</summary>
public sealed class PythonLexer : ICodeLexer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
        "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
        "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case",
    };

    private static readonly HashSet<string> Constants = new(StringComparer.Ordinal) { "True", "False", "None" };

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "abs", "all", "any", "bool", "bytes", "dict", "enumerate", "filter", "float", "format", "getattr",
        "hasattr", "input", "int", "isinstance", "iter", "len", "list", "map", "max", "min", "next", "object",
        "open", "print", "range", "repr", "reversed", "round", "set", "setattr", "sorted", "str", "sum",
        "super", "tuple", "type", "zip", "self", "cls",
    };

    public void Lex(string code, SpanSink sink)
    {
        var s = new Scanner(code);
        var previousWord = "";
        while (!s.AtEnd)
        {
            var c = s.Current;
            var start = s.Position;
            if (char.IsWhiteSpace(c)) { s.Position++; continue; }
            if (c == '#') { s.SkipToLineEnd(); sink.Add(start, s.Position - start, TokenStyle.Comment); continue; }
            if (c == '@' && Scanner.IsIdentifierStart(s.Peek()) && Scanner.FirstOnLine(code, start))
            {
                s.Position++;
                s.SkipWhile(ch => Scanner.IsIdentifierPart(ch) || ch == '.');
                sink.Add(start, s.Position - start, TokenStyle.Class);
                continue;
            }
            if (StringAhead(s, out var prefix))
            {
                s.Position += prefix;
                var quote = s.At("\"\"\"") ? "\"\"\"" : s.At("'''") ? "'''" : s.Current.ToString();
                var raw = code.AsSpan(start, prefix).ContainsAny('r', 'R');
                sink.Add(start, prefix, TokenStyle.String);
                s.LexQuoted(sink, quote, escapes: !raw, multiline: quote.Length == 3);
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(s.Peek())))
            {
                s.SkipNumber();
                sink.Add(start, s.Position - start, TokenStyle.Number);
                continue;
            }
            if (Scanner.IsIdentifierStart(c))
            {
                var word = s.ReadIdentifier();
                var afterDot = start > 0 && code[start - 1] == '.';
                TokenStyle? style = previousWord == "def" ? TokenStyle.Function
                    : previousWord == "class" ? TokenStyle.Class
                    : afterDot ? null
                    : Constants.Contains(word) ? TokenStyle.Constant
                    : Keywords.Contains(word) ? TokenStyle.Keyword
                    : Builtins.Contains(word) ? TokenStyle.Builtin
                    : null;
                if (style is { } known) sink.Add(start, s.Position - start, known);
                previousWord = word;
                continue;
            }
            s.Position++;
            sink.Add(start, 1, "{}[](),;.:".Contains(c) ? TokenStyle.Punctuation : TokenStyle.Operator);
        }
    }

    /// <summary>Whether a string opens here, after a prefix of up to two letters (r, b, f, u, rb, fr…).</summary>
    private static bool StringAhead(Scanner s, out int prefix)
    {
        prefix = 0;
        while (prefix < 2 && s.Peek(prefix) is 'r' or 'R' or 'b' or 'B' or 'f' or 'F' or 'u' or 'U') prefix++;
        if (s.Peek(prefix) is not ('"' or '\'')) { prefix = 0; return s.Current is '"' or '\''; }
        // A prefix is part of the string only when it is not the end of a longer name (bar"…" is not b"…").
        return prefix == 0 || s.Position == 0 || !Scanner.IsIdentifierPart(s.Previous);
    }
}
