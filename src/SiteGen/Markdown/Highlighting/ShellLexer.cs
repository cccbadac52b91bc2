namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// POSIX shell and bash: keywords, common builtins, quoted strings, $variables and ${…}, comments
/// (a '#' that starts a word), options (--out, -c) and operators.
/// </summary>
public sealed class ShellLexer : ICodeLexer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in",
        "function", "select", "return", "time",
    };

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "alias", "cd", "echo", "eval", "exec", "exit", "export", "local", "printf", "pwd", "read", "readonly",
        "set", "shift", "source", "test", "trap", "unset", "declare", "sudo",
    };

    public void Lex(string code, SpanSink sink)
    {
        var s = new Scanner(code);
        var commandStart = true;  // the next word is a command name
        var loopName = false;     // the next word is the name a for, select or case takes
        while (!s.AtEnd)
        {
            var c = s.Current;
            var start = s.Position;
            if (c == '\n') { s.Position++; commandStart = true; continue; }
            if (char.IsWhiteSpace(c)) { s.Position++; continue; }
            if (c == '\\' && s.Peek() == '\n') { s.Position += 2; continue; }
            if (c == '#' && (start == 0 || char.IsWhiteSpace(code[start - 1]) || code[start - 1] == ';'))
            {
                s.SkipToLineEnd();
                sink.Add(start, s.Position - start, TokenStyle.Comment);
                continue;
            }
            if (c == '\'') { s.LexQuoted(sink, "'", escapes: false, multiline: true); commandStart = false; continue; }
            if (c == '"') { LexDoubleQuoted(s, sink); commandStart = false; continue; }
            if (c == '$') { commandStart = LexDollar(s, sink); loopName = false; continue; }
            if (c is '|' or '&' or ';' or '(' or ')' or '{' or '}' or '`')
            {
                s.SkipWhile(ch => ch == c && ch is '|' or '&' or ';');
                if (s.Position == start) s.Position++;
                sink.Add(start, s.Position - start, TokenStyle.Operator);
                commandStart = c is not ')' and not '}';
                continue;
            }
            if (c is '<' or '>')
            {
                s.SkipWhile(ch => ch is '<' or '>' or '&');
                sink.Add(start, s.Position - start, TokenStyle.Operator);
                continue;
            }
            // A word: up to whitespace or a character that ends words.
            s.SkipWhile(ch => !char.IsWhiteSpace(ch) && ch is not ('|' or '&' or ';' or '(' or ')' or '<' or '>' or '"' or '\'' or '$' or '`'));
            var word = code[start..s.Position];
            var isAssignment = commandStart && word.Contains('=') && Scanner.IsIdentifierStart(word[0]);
            TokenStyle? style = loopName ? TokenStyle.Variable
                : isAssignment ? null
                : (commandStart || word == "in") && Keywords.Contains(word) ? TokenStyle.Keyword
                : commandStart && Builtins.Contains(word) ? TokenStyle.Builtin
                : commandStart ? TokenStyle.Function
                : word.StartsWith('-') && word.Length > 1 ? TokenStyle.Key
                : word.All(char.IsAsciiDigit) ? TokenStyle.Number
                : null;
            if (isAssignment)
            {
                var equals = word.IndexOf('=');
                sink.Add(start, equals, TokenStyle.Variable);
                sink.Add(start + equals, 1, TokenStyle.Operator);
            }
            else if (style is { } known) sink.Add(start, word.Length, known);
            // After a keyword such as 'then' or 'do' a command follows; 'sudo' runs one too.
            var named = loopName;
            loopName = commandStart && word is "for" or "select" or "case";
            if (named || loopName) { commandStart = false; continue; }
            commandStart = isAssignment || (commandStart && (Keywords.Contains(word) && word is not ("in" or "done" or "fi" or "esac") || word == "sudo" || word == "time"));
        }
    }

    private static void LexDoubleQuoted(Scanner s, SpanSink sink)
    {
        var run = s.Position;
        s.Position++;
        while (!s.AtEnd && s.Current != '"')
        {
            if (s.Current == '\\' && s.Position + 1 < s.End)
            {
                sink.Add(run, s.Position - run, TokenStyle.String);
                sink.Add(s.Position, 2, TokenStyle.Escape);
                s.Position += 2;
                run = s.Position;
            }
            else if (s.Current == '$' && (Scanner.IsIdentifierStart(s.Peek()) || s.Peek() == '{'))
            {
                sink.Add(run, s.Position - run, TokenStyle.String);
                _ = LexDollar(s, sink);
                run = s.Position;
            }
            else s.Position++;
        }
        if (!s.AtEnd) s.Position++;
        sink.Add(run, s.Position - run, TokenStyle.String);
    }

    /// <summary>$NAME, ${NAME…}, $1, $?, or the '$(' that opens a command substitution (true: a command follows).</summary>
    private static bool LexDollar(Scanner s, SpanSink sink)
    {
        var start = s.Position;
        s.Position++;
        if (s.Current == '{')
        {
            var close = s.Text.IndexOf('}', s.Position);
            s.Position = close < 0 ? s.LineEnd() : close + 1;
        }
        else if (s.Current == '(') { s.Position++; sink.Add(start, 2, TokenStyle.Operator); return true; }
        else if (Scanner.IsIdentifierStart(s.Current)) s.SkipWhile(Scanner.IsIdentifierPart);
        else if (char.IsAsciiDigit(s.Current) || s.Current is '?' or '@' or '*' or '#' or '$' or '!' or '-') s.Position++;
        sink.Add(start, s.Position - start, TokenStyle.Variable);
        return false;
    }
}
