namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// YAML, line by line: keys, list dashes, quoted strings, numbers, true/false/null, anchors and
/// aliases, comments, document markers, and block scalars (| and >) whose lines are strings.
/// </summary>
public sealed class YamlLexer : ICodeLexer
{
    private static readonly HashSet<string> Constants = new(StringComparer.Ordinal)
    {
        "true", "false", "True", "False", "TRUE", "FALSE", "null", "Null", "NULL", "~", "yes", "no",
    };

    public void Lex(string code, SpanSink sink)
    {
        var s = new Scanner(code);
        var blockIndent = -1;  // inside a | or > scalar: the indent of the key that opened it
        while (!s.AtEnd)
        {
            var lineStart = s.Position;
            var lineEnd = s.LineEnd();
            var indent = s.SkipWhile(c => c is ' ' or '\t');
            if (blockIndent >= 0)
            {
                if (s.Position == lineEnd || indent > blockIndent)
                {
                    sink.Add(s.Position, lineEnd - s.Position, TokenStyle.String);
                    s.Position = Math.Min(lineEnd + 1, code.Length);
                    continue;
                }
                blockIndent = -1;
            }
            if (s.Position == lineStart && (s.At("---") || s.At("...")))
            {
                sink.Add(s.Position, 3, TokenStyle.Heading);
                s.Position += 3;
            }
            // List dashes, then a key, then a value.
            while (s.Current == '-' && s.Peek() is ' ' or '\n' or '\0')
            {
                sink.Add(s.Position, 1, TokenStyle.Punctuation);
                s.Position++;
                s.SkipWhile(c => c == ' ');
            }
            var keyEnd = KeyEnd(code, s.Position, lineEnd);
            if (keyEnd > 0)
            {
                sink.Add(s.Position, keyEnd - s.Position, TokenStyle.Key);
                sink.Add(keyEnd, 1, TokenStyle.Punctuation);
                s.Position = keyEnd + 1;
            }
            if (LexValue(s, sink, lineEnd)) blockIndent = indent;
            s.Position = Math.Min(lineEnd + 1, code.Length);
        }
    }

    /// <summary>Where the colon of a key on this line is: "name:" followed by a space or the end of the line; -1 if none.</summary>
    private static int KeyEnd(string code, int start, int lineEnd)
    {
        if (start >= lineEnd || code[start] is '#' or '{' or '[' or '|' or '>' or '&' or '*' or '!') return -1;
        var quote = code[start] is '"' or '\'' ? code[start] : '\0';
        var i = start;
        if (quote != '\0')
        {
            var close = code.IndexOf(quote, start + 1, lineEnd - start - 1);
            if (close < 0) return -1;
            i = close + 1;
            return i < lineEnd && code[i] == ':' && (i + 1 == lineEnd || code[i + 1] == ' ') ? i : -1;
        }
        for (; i < lineEnd; i++)
        {
            if (code[i] == ':' && (i + 1 == lineEnd || code[i + 1] is ' ' or '\t')) return i;
            if (code[i] == '#' && code[i - 1] == ' ') return -1;
        }
        return -1;
    }

    /// <summary>Styles the rest of a line; true when it opens a block scalar.</summary>
    private static bool LexValue(Scanner s, SpanSink sink, int lineEnd)
    {
        var opensBlock = false;
        while (s.Position < lineEnd)
        {
            var c = s.Current;
            var start = s.Position;
            if (c is ' ' or '\t') { s.Position++; continue; }
            if (c == '#' && (start == 0 || s.Text[start - 1] is ' ' or '\t' or '\n'))
            {
                sink.Add(start, lineEnd - start, TokenStyle.Comment);
                s.Position = lineEnd;
                continue;
            }
            if (c is '"' or '\'') { s.LexQuoted(sink, c.ToString(), escapes: c == '"'); continue; }
            if (c is '|' or '>' && TrailingIsBlank(s.Text, start + 1, lineEnd))
            {
                s.SkipWhile(ch => ch is '|' or '>' or '-' or '+' || char.IsAsciiDigit(ch));
                sink.Add(start, s.Position - start, TokenStyle.Operator);
                opensBlock = true;
                continue;
            }
            if (c is '[' or ']' or '{' or '}' or ',') { s.Position++; sink.Add(start, 1, TokenStyle.Punctuation); continue; }
            if (c is '&' or '*' && s.Position + 1 < lineEnd && !char.IsWhiteSpace(s.Peek()))
            {
                s.SkipWhile(ch => !char.IsWhiteSpace(ch) && ch is not (',' or ']' or '}'));
                sink.Add(start, s.Position - start, TokenStyle.Variable);
                continue;
            }
            if (c == '!' ) { s.SkipWhile(ch => !char.IsWhiteSpace(ch)); sink.Add(start, s.Position - start, TokenStyle.Type); continue; }
            // A plain scalar runs to a comment or, inside a flow collection, to its punctuation.
            var end = PlainEnd(s.Text, start, lineEnd);
            var word = s.Text[start..end].TrimEnd();
            if (Constants.Contains(word)) sink.Add(start, word.Length, TokenStyle.Constant);
            else if (IsNumber(word)) sink.Add(start, word.Length, TokenStyle.Number);
            else if (word.EndsWith(':') && KeyEnd(s.Text, start, lineEnd) is var keyEnd && keyEnd > 0)
            {
                // A key after a flow '{' or on a list item: "- name: x" was handled before, "{a: 1}" here.
                sink.Add(start, keyEnd - start, TokenStyle.Key);
                sink.Add(keyEnd, 1, TokenStyle.Punctuation);
                end = keyEnd + 1;
            }
            s.Position = Math.Max(end, start + 1);
        }
        return opensBlock;
    }

    private static int PlainEnd(string text, int start, int lineEnd)
    {
        for (var i = start; i < lineEnd; i++)
        {
            if (text[i] == '#' && i > start && text[i - 1] is ' ' or '\t') return i;
            if (text[i] is ',' or ']' or '}') return i;
            if (text[i] == ':' && (i + 1 == lineEnd || text[i + 1] == ' ')) return i + 1;
        }
        return lineEnd;
    }

    private static bool TrailingIsBlank(string text, int start, int lineEnd)
    {
        for (var i = start; i < lineEnd; i++)
        {
            if (text[i] == '#') return true;
            if (!(char.IsAsciiDigit(text[i]) || text[i] is '-' or '+' or ' ' or '\t')) return false;
        }
        return true;
    }

    private static bool IsNumber(string word) =>
        word.Length > 0 && double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
        && (char.IsAsciiDigit(word[0]) || word[0] is '-' or '+' or '.');
}
