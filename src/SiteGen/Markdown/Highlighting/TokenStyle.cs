namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// What a piece of code is, as the theme colours it. Each style is written as a short class on a
/// span (<see cref="TokenStyles.ClassOf"/>): the names are Pygments' token classes, which many
/// code themes already know.
/// </summary>
public enum TokenStyle
{
    Keyword,
    /// <summary>true, false, null, None; the constants pi and e.</summary>
    Constant,
    /// <summary>A built-in type name (int, string).</summary>
    Type,
    String,
    /// <summary>An escape inside a string (\n, \").</summary>
    Escape,
    Number,
    Comment,
    /// <summary>A preprocessor line or a directive's name (#if, {define}).</summary>
    Directive,
    /// <summary>A builtin function or command (sigmoid, print, echo).</summary>
    Builtin,
    /// <summary>A function at its definition or call.</summary>
    Function,
    /// <summary>A class or type at its definition, a decorator.</summary>
    Class,
    /// <summary>A shell or template variable ($HOME).</summary>
    Variable,
    /// <summary>A key: YAML and JSON keys, directive options, command-line options.</summary>
    Key,
    Operator,
    Punctuation,
    /// <summary>A Markdown heading.</summary>
    Heading,
    Emphasis,
    Strong,
    /// <summary>The prompt of a console line ($ ); never copied.</summary>
    Prompt,
    /// <summary>What a command printed in a console block; never copied.</summary>
    Output,
    /// <summary>Text the language's own lexer rejects.</summary>
    Error,
}

public static class TokenStyles
{
    public static string ClassOf(TokenStyle style) => style switch
    {
        TokenStyle.Keyword => "k",
        TokenStyle.Constant => "kc",
        TokenStyle.Type => "kt",
        TokenStyle.String => "s",
        TokenStyle.Escape => "se",
        TokenStyle.Number => "m",
        TokenStyle.Comment => "c",
        TokenStyle.Directive => "cp",
        TokenStyle.Builtin => "nb",
        TokenStyle.Function => "nf",
        TokenStyle.Class => "nc",
        TokenStyle.Variable => "nv",
        TokenStyle.Key => "na",
        TokenStyle.Operator => "o",
        TokenStyle.Punctuation => "p",
        TokenStyle.Heading => "gh",
        TokenStyle.Emphasis => "ge",
        TokenStyle.Strong => "gs",
        TokenStyle.Prompt => "gp",
        TokenStyle.Output => "go",
        TokenStyle.Error => "err",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };
}

/// <summary>One styled run of a code block: <see cref="Length"/> characters from <see cref="Start"/>.</summary>
public readonly record struct StyledSpan(int Start, int Length, TokenStyle Style)
{
    public int End => Start + Length;
}
