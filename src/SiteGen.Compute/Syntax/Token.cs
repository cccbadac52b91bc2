namespace SiteGen.Compute.Syntax;

public enum TokenKind
{
    Number, Identifier,
    Plus, Minus, Star, Slash, At, Caret, Prime,
    OpenParen, CloseParen, OpenBracket, CloseBracket, Comma, Equals,
    End,
}

/// <summary>One token of the lesson language, with its place in the text.</summary>
public readonly record struct Token(TokenKind Kind, string Text, TextSpan Span, double Number = 0)
{
    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.Number => $"the number {Text}",
        TokenKind.Identifier => $"'{Text}'",
        _ => $"'{Text}'",
    };
}
