namespace SiteGen.Markdown.Highlighting;

/// <summary>A cursor over code with the small steps every hand-written lexer takes.</summary>
internal sealed class Scanner(string text, int start = 0, int end = -1)
{
    public string Text { get; } = text;
    public int End { get; } = end < 0 ? text.Length : end;
    public int Position { get; set; } = start;

    public bool AtEnd => Position >= End;
    public char Current => Position < End ? Text[Position] : '\0';
    public char Peek(int ahead = 1) => Position + ahead < End ? Text[Position + ahead] : '\0';
    public char Previous => Position > 0 ? Text[Position - 1] : '\0';

    public bool At(string literal) =>
        Position + literal.Length <= End && string.CompareOrdinal(Text, Position, literal, 0, literal.Length) == 0;

    /// <summary>True at the start of the text or of a line.</summary>
    public bool AtLineStart => Position == 0 || Text[Position - 1] == '\n';

    public int SkipWhile(Func<char, bool> predicate)
    {
        var start = Position;
        while (Position < End && predicate(Text[Position])) Position++;
        return Position - start;
    }

    public void SkipToLineEnd()
    {
        while (Position < End && Text[Position] != '\n') Position++;
    }

    /// <summary>The end of the line the cursor is on (the index of its '\n', or the end).</summary>
    public int LineEnd()
    {
        var newline = Text.IndexOf('\n', Position, End - Position);
        return newline < 0 ? End : newline;
    }

    /// <summary>Whether only white space comes before <paramref name="index"/> on its line.</summary>
    public static bool FirstOnLine(string text, int index)
    {
        for (var i = index - 1; i >= 0 && text[i] != '\n'; i--)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    /// <summary>The first character at or after <paramref name="index"/> on its line that is not a space or tab.</summary>
    public static char NextNonSpace(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t') index++;
        return index < text.Length ? text[index] : '\0';
    }

    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';
    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    public string ReadIdentifier()
    {
        var start = Position;
        SkipWhile(IsIdentifierPart);
        return Text[start..Position];
    }

    /// <summary>
    /// Reads a number the way C-family languages and Python write it: 0x1F, 0b101, 1_000,
    /// 3.5e-2, with a letter suffix (10L, 2.0f, 3j). The cursor is on a digit, or on '.' before one.
    /// </summary>
    public void SkipNumber()
    {
        if (Current == '0' && Peek() is 'x' or 'X' or 'b' or 'B' or 'o' or 'O')
        {
            Position += 2;
            SkipWhile(c => char.IsAsciiHexDigit(c) || c == '_');
        }
        else
        {
            SkipWhile(c => char.IsAsciiDigit(c) || c == '_');
            if (Current == '.' && char.IsAsciiDigit(Peek())) { Position++; SkipWhile(c => char.IsAsciiDigit(c) || c == '_'); }
            if (Current is 'e' or 'E' && (char.IsAsciiDigit(Peek()) || (Peek() is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
            {
                Position += 2;
                SkipWhile(char.IsAsciiDigit);
            }
        }
        SkipWhile(char.IsAsciiLetter);
    }

    /// <summary>
    /// Reads a quoted string that opens at the cursor, with backslash escapes written as their own
    /// spans; a string left open runs to the end of its line.
    /// </summary>
    public void LexQuoted(SpanSink sink, string quote, bool escapes = true, bool multiline = false)
    {
        var start = Position;
        Position += quote.Length;
        var run = start;
        while (!AtEnd)
        {
            if (At(quote)) { Position += quote.Length; break; }
            if (Current == '\n' && !multiline) break;
            if (escapes && Current == '\\' && Position + 1 < End)
            {
                sink.Add(run, Position - run, TokenStyle.String);
                sink.Add(Position, 2, TokenStyle.Escape);
                Position += 2;
                run = Position;
                continue;
            }
            Position++;
        }
        sink.Add(run, Position - run, TokenStyle.String);
    }
}
