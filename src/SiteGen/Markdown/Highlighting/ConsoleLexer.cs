using System.Text.RegularExpressions;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// A terminal session: lines that start with a prompt ($, # or %, after an optional user@host:path)
/// are commands, highlighted as shell; a command ending in '\' continues on the next line (whose
/// '> ' is a prompt too); every other line is output. Prompts and output are marked so that the
/// copy button copies the commands alone.
/// </summary>
public sealed partial class ConsoleLexer : ICodeLexer
{
    private readonly ShellLexer _shell = new();

    public void Lex(string code, SpanSink sink)
    {
        var position = 0;
        var continues = false;
        while (position < code.Length)
        {
            var newline = code.IndexOf('\n', position);
            var lineEnd = newline < 0 ? code.Length : newline;
            var next = newline < 0 ? code.Length : newline + 1;
            var line = code[position..lineEnd];
            var prompt = continues ? ContinuationPrompt().Match(line) : Prompt().Match(line);
            if (prompt.Success || continues)
            {
                var length = prompt.Success ? prompt.Length : 0;
                sink.Add(position, length, TokenStyle.Prompt);
                _shell.Lex(line[length..], sink.Shifted(position + length));
                continues = line.EndsWith('\\');
            }
            else
            {
                sink.Add(position, next - position, TokenStyle.Output);
            }
            position = next;
        }
    }

    [GeneratedRegex(@"^(?:\([\w.-]+\) )?(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*)? ?)?[$#%] ")]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^> ")]
    private static partial Regex ContinuationPrompt();
}
