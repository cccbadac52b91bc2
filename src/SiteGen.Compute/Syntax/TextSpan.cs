namespace SiteGen.Compute.Syntax;

/// <summary>A range of characters in an expression's text, so every error can point at its cause.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan Between(TextSpan first, TextSpan last) => new(first.Start, last.End - first.Start);
}

/// <summary>A 1-based line and column inside an expression's text.</summary>
public readonly record struct TextPosition(int Line, int Column);

/// <summary>The text of an expression or a block of definitions, which maps offsets to lines and columns.</summary>
public sealed class SourceText(string text)
{
    public string Text { get; } = text;

    public TextPosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new TextPosition(line, offset - lineStart + 1);
    }
}
