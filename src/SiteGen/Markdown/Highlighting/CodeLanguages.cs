namespace SiteGen.Markdown.Highlighting;

/// <summary>A language the highlighter knows: its name in the guide, the fence tags that name it, and its lexer.</summary>
public sealed record CodeLanguage(string Name, IReadOnlyList<string> Tags, ICodeLexer? Lexer)
{
    /// <summary>What a screen reader calls a block in this language.</summary>
    public string Label => Lexer is null ? "Text" : Name + " code";

    /// <summary>The tag written into the block's language-… class: the one the author wrote.</summary>
    public string PrimaryTag => Tags[0];
}

/// <summary>
/// The languages fenced code is highlighted in, found by the fence's tag (case-insensitive). A tag
/// not listed is not an error: the block is shown plain and keeps its language-… class.
/// </summary>
public static class CodeLanguages
{
    public static readonly IReadOnlyList<CodeLanguage> All =
    [
        new("C#", ["csharp", "cs", "c#"], new CSharpLexer()),
        new("Python", ["python", "py", "python3"], new PythonLexer()),
        new("JavaScript", ["javascript", "js", "mjs", "cjs", "jsx"], new JavaScriptLexer()),
        new("TypeScript", ["typescript", "ts", "mts", "tsx"], new JavaScriptLexer(typeScript: true)),
        new("Shell", ["sh", "bash", "shell", "zsh"], new ShellLexer()),
        new("Terminal", ["console", "shell-session", "terminal"], new ConsoleLexer()),
        new("YAML", ["yaml", "yml"], new YamlLexer()),
        new("JSON", ["json", "jsonc"], new JsonLexer()),
        new("Markdown", ["markdown", "md", "myst"], new MarkdownLexer()),
        new("Lesson language", ["lesson", "sitegen"], new LessonLexer()),
        new("Plain text", ["text", "txt", "plain", "plaintext"], null),
    ];

    private static readonly Dictionary<string, CodeLanguage> ByTag =
        All.SelectMany(l => l.Tags.Select(t => (t, l))).ToDictionary(p => p.t, p => p.l, StringComparer.OrdinalIgnoreCase);

    public static CodeLanguage? Find(string? tag) => tag is null ? null : ByTag.GetValueOrDefault(tag);
}
