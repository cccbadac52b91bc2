namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// JavaScript, and TypeScript with its own keywords: strings, template literals whose ${…} parts
/// are coloured as code, regular-expression literals, numbers (1_000, 0xff, 10n), comments,
/// function and class names, and the globals every script uses (console, Math, JSON).
/// </summary>
public sealed class JavaScriptLexer(bool typeScript = false) : ICodeLexer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
        "do", "else", "export", "extends", "finally", "for", "from", "function", "if", "import", "in", "instanceof",
        "let", "new", "of", "return", "static", "super", "switch", "this", "throw", "try", "typeof", "var", "void",
        "while", "with", "yield",
    };

    private static readonly HashSet<string> TypeScriptKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "declare", "enum", "implements", "interface", "is", "keyof", "namespace", "override",
        "private", "protected", "public", "readonly", "satisfies", "type", "infer", "unique",
    };

    private static readonly HashSet<string> TypeScriptTypes = new(StringComparer.Ordinal)
    {
        "any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "unknown",
    };

    private static readonly HashSet<string> Constants = new(StringComparer.Ordinal)
    {
        "true", "false", "null", "undefined", "NaN", "Infinity",
    };

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "Array", "BigInt", "Boolean", "Date", "Error", "JSON", "Map", "Math", "Number", "Object", "Promise",
        "Reflect", "RegExp", "Set", "String", "Symbol", "WeakMap", "console", "document", "globalThis", "process",
        "require", "window",
    };

    public void Lex(string code, SpanSink sink) => Lex(new Scanner(code), sink);

    private void Lex(Scanner s, SpanSink sink)
    {
        var code = s.Text;
        var previousWord = "";
        // Whether a '/' here starts a regular expression rather than dividing: after an operator,
        // an opening bracket, a keyword such as return, or at the start.
        var expectOperand = true;
        while (!s.AtEnd)
        {
            var c = s.Current;
            var start = s.Position;
            if (char.IsWhiteSpace(c)) { s.Position++; continue; }
            if (s.At("//") || (start == 0 && s.At("#!"))) { s.SkipToLineEnd(); sink.Add(start, s.Position - start, TokenStyle.Comment); continue; }
            if (s.At("/*"))
            {
                var close = code.IndexOf("*/", start + 2, s.End - start - 2, StringComparison.Ordinal);
                s.Position = close < 0 ? s.End : close + 2;
                sink.Add(start, s.Position - start, TokenStyle.Comment);
                continue;
            }
            if (c is '"' or '\'')
            {
                s.LexQuoted(sink, c.ToString());
                expectOperand = false;
                previousWord = "";
                continue;
            }
            if (c == '`')
            {
                LexTemplate(s, sink);
                expectOperand = false;
                previousWord = "";
                continue;
            }
            if (c == '/' && expectOperand && RegexEnd(s) is var end and > 0)
            {
                s.Position = end;
                sink.Add(start, end - start, TokenStyle.String);
                expectOperand = false;
                previousWord = "";
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(s.Peek())))
            {
                s.SkipNumber();
                sink.Add(start, s.Position - start, TokenStyle.Number);
                expectOperand = false;
                previousWord = "";
                continue;
            }
            if (Scanner.IsIdentifierStart(c) || c == '$')
            {
                s.SkipWhile(ch => Scanner.IsIdentifierPart(ch) || ch == '$');
                var word = code[start..s.Position];
                var afterDot = start > 0 && code[start - 1] == '.';
                var keyword = !afterDot && (Keywords.Contains(word) || (typeScript && TypeScriptKeywords.Contains(word)));
                TokenStyle? style = previousWord is "class" or "extends" or "implements" or "interface" or "enum" or "type" or "new" && !keyword ? TokenStyle.Class
                    : previousWord == "function" && !keyword ? TokenStyle.Function
                    : afterDot ? (Scanner.NextNonSpace(code, s.Position) == '(' ? TokenStyle.Function : null)
                    : Constants.Contains(word) ? TokenStyle.Constant
                    : keyword ? TokenStyle.Keyword
                    : typeScript && TypeScriptTypes.Contains(word) ? TokenStyle.Type
                    : Builtins.Contains(word) ? TokenStyle.Builtin
                    : Scanner.NextNonSpace(code, s.Position) == '(' ? TokenStyle.Function
                    : null;
                if (style is { } known) sink.Add(start, s.Position - start, known);
                previousWord = word;
                // "return /x/" is a regular expression; "a / b" and "f() / 2" divide.
                expectOperand = keyword && word is not ("this" or "super");
                continue;
            }
            s.Position++;
            var punctuation = "{}[](),;.:".Contains(c);
            sink.Add(start, 1, punctuation ? TokenStyle.Punctuation : TokenStyle.Operator);
            expectOperand = c is not (')' or ']' or '}');
            previousWord = "";
        }
    }

    /// <summary>A template literal `…${…}…`: its text as a string, each ${…} as code.</summary>
    private void LexTemplate(Scanner s, SpanSink sink)
    {
        var code = s.Text;
        var run = s.Position;
        s.Position++;
        while (!s.AtEnd)
        {
            if (s.Current == '`') { s.Position++; break; }
            if (s.Current == '\\' && s.Position + 1 < s.End)
            {
                sink.Add(run, s.Position - run, TokenStyle.String);
                sink.Add(s.Position, 2, TokenStyle.Escape);
                s.Position += 2;
                run = s.Position;
                continue;
            }
            if (s.At("${"))
            {
                sink.Add(run, s.Position - run, TokenStyle.String);
                sink.Add(s.Position, 2, TokenStyle.Escape);
                var inner = s.Position + 2;
                var close = MatchingBrace(code, inner, s.End);
                Lex(new Scanner(code, inner, close), sink);
                if (close < s.End) sink.Add(close, 1, TokenStyle.Escape);
                s.Position = Math.Min(close + 1, s.End);
                run = s.Position;
                continue;
            }
            s.Position++;
        }
        sink.Add(run, s.Position - run, TokenStyle.String);
    }

    /// <summary>The '}' that closes a ${ whose expression starts at <paramref name="from"/>, or <paramref name="end"/>.</summary>
    private static int MatchingBrace(string code, int from, int end)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            var c = code[i];
            if (c is '"' or '\'' or '`')
            {
                // Skip a string inside the expression, so a brace in it does not count.
                for (i++; i < end && code[i] != c; i++)
                    if (code[i] == '\\') i++;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}' && depth-- == 0) return i;
        }
        return end;
    }

    /// <summary>The end of a regular-expression literal /…/flags opening at the cursor, or 0 when none closes on its line.</summary>
    private static int RegexEnd(Scanner s)
    {
        var code = s.Text;
        var inClass = false;
        for (var i = s.Position + 1; i < s.End; i++)
        {
            var c = code[i];
            if (c == '\n') return 0;
            if (c == '\\') { i++; continue; }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass)
            {
                if (i == s.Position + 1) return 0; // "//" is a comment, handled before
                i++;
                while (i < s.End && char.IsAsciiLetter(code[i])) i++;
                return i;
            }
        }
        return 0;
    }
}
