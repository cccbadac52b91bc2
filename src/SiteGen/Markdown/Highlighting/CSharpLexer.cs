namespace SiteGen.Markdown.Highlighting;

/// <summary>C#: keywords, built-in types, strings (verbatim, interpolated, raw), numbers, comments, preprocessor lines.</summary>
public sealed class CSharpLexer : ICodeLexer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "break", "case", "catch", "checked", "class", "const", "continue", "default",
        "delegate", "do", "else", "enum", "event", "explicit", "extern", "finally", "fixed", "for", "foreach",
        "goto", "if", "implicit", "in", "interface", "internal", "is", "lock", "namespace", "new", "operator",
        "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sealed",
        "sizeof", "stackalloc", "static", "struct", "switch", "this", "throw", "try", "typeof", "unchecked",
        "unsafe", "using", "virtual", "volatile", "while",
        // Contextual keywords where they are keywords in practice.
        "async", "await", "get", "init", "record", "required", "set", "value", "var", "when", "where", "with", "yield",
        "and", "or", "not", "file", "scoped", "global", "partial", "nameof", "select", "from", "let", "orderby", "group", "into", "by", "on", "equals", "join",
    };

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "bool", "byte", "char", "decimal", "double", "dynamic", "float", "int", "long", "nint", "nuint", "object",
        "sbyte", "short", "string", "uint", "ulong", "ushort", "void",
    };

    private static readonly HashSet<string> Constants = new(StringComparer.Ordinal) { "true", "false", "null" };

    public void Lex(string code, SpanSink sink)
    {
        var s = new Scanner(code);
        var previousWord = "";
        while (!s.AtEnd)
        {
            var c = s.Current;
            var start = s.Position;
            if (char.IsWhiteSpace(c)) { s.Position++; continue; }
            if (s.At("//")) { s.SkipToLineEnd(); sink.Add(start, s.Position - start, TokenStyle.Comment); continue; }
            if (s.At("/*"))
            {
                var close = code.IndexOf("*/", start + 2, StringComparison.Ordinal);
                s.Position = close < 0 ? code.Length : close + 2;
                sink.Add(start, s.Position - start, TokenStyle.Comment);
                continue;
            }
            if (c == '#' && Scanner.FirstOnLine(code, start))
            {
                s.SkipToLineEnd();
                sink.Add(start, s.Position - start, TokenStyle.Directive);
                continue;
            }
            if (StringAhead(s, out var prefix, out var quote))
            {
                sink.Add(start, prefix, TokenStyle.String);
                s.Position += prefix;
                var verbatim = code.AsSpan(start, prefix).Contains('@');
                var raw = quote.Length >= 3;
                s.LexQuoted(sink, quote, escapes: !verbatim && !raw, multiline: verbatim || raw);
                continue;
            }
            if (c == '\'')
            {
                s.LexQuoted(sink, "'");
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(s.Peek())))
            {
                s.SkipNumber();
                sink.Add(start, s.Position - start, TokenStyle.Number);
                continue;
            }
            if (Scanner.IsIdentifierStart(c) || (c == '@' && Scanner.IsIdentifierStart(s.Peek())))
            {
                if (c == '@') s.Position++;
                var word = s.ReadIdentifier();
                var style = c == '@' ? (TokenStyle?)null
                    : Constants.Contains(word) ? TokenStyle.Constant
                    : Types.Contains(word) ? TokenStyle.Type
                    : Keywords.Contains(word) ? TokenStyle.Keyword
                    : previousWord is "class" or "struct" or "interface" or "enum" or "record" ? TokenStyle.Class
                    : Scanner.NextNonSpace(code, s.Position) == '(' && previousWord is not "new" ? TokenStyle.Function
                    : null;
                if (style is { } known) sink.Add(start, s.Position - start, known);
                previousWord = word;
                continue;
            }
            s.Position++;
            sink.Add(start, 1, "{}[](),;.".Contains(c) ? TokenStyle.Punctuation : TokenStyle.Operator);
        }
    }

    /// <summary>Whether a string opens here: "…", @"…", $"…", $@"…", @$"…", """…""" and $"""…""".</summary>
    private static bool StringAhead(Scanner s, out int prefix, out string quote)
    {
        prefix = 0;
        quote = "";
        while (prefix < 3 && s.Peek(prefix) is '@' or '$') prefix++;
        if (s.Peek(prefix) != '"') return false;
        var quotes = 0;
        while (s.Peek(prefix + quotes) == '"') quotes++;
        // "" is an empty string, not the start of a raw one.
        quote = quotes >= 3 ? new string('"', quotes) : "\"";
        return true;
    }
}
