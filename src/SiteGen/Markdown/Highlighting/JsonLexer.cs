namespace SiteGen.Markdown.Highlighting;

/// <summary>JSON (and JSON with comments): keys, strings, numbers, true/false/null, punctuation.</summary>
public sealed class JsonLexer : ICodeLexer
{
    public void Lex(string code, SpanSink sink)
    {
        var s = new Scanner(code);
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
            if (c == '"')
            {
                // A key is a string followed by ':'; it gets the key's colour, escapes and all.
                var end = StringEnd(code, start);
                if (Scanner.NextNonSpace(code, end) == ':') { sink.Add(start, end - start, TokenStyle.Key); s.Position = end; }
                else s.LexQuoted(sink, "\"");
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '-' && char.IsAsciiDigit(s.Peek())))
            {
                s.Position++;
                s.SkipWhile(ch => char.IsAsciiDigit(ch) || ch is '.' or 'e' or 'E' or '+' or '-');
                sink.Add(start, s.Position - start, TokenStyle.Number);
                continue;
            }
            if (char.IsAsciiLetter(c))
            {
                var word = s.ReadIdentifier();
                if (word is "true" or "false" or "null") sink.Add(start, word.Length, TokenStyle.Constant);
                else sink.Add(start, word.Length, TokenStyle.Error);
                continue;
            }
            s.Position++;
            sink.Add(start, 1, "{}[],:".Contains(c) ? TokenStyle.Punctuation : TokenStyle.Error);
        }
    }

    private static int StringEnd(string code, int start)
    {
        var i = start + 1;
        while (i < code.Length && code[i] != '"' && code[i] != '\n') i += code[i] == '\\' ? 2 : 1;
        return i < code.Length && code[i] == '"' ? i + 1 : Math.Min(i, code.Length);
    }
}
