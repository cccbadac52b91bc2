using System.Net;
using System.Text.RegularExpressions;
using SiteGen.Compute.Syntax;
using SiteGen.Markdown.Highlighting;

namespace SiteGen.Tests.Markdown.Highlighting;

/// <summary>
/// What holds for every lexer on any text: it never throws, its spans come in order inside the
/// text, and the HTML reads back as exactly the text (nothing lost, doubled or left unescaped).
/// </summary>
public sealed partial class LexerPropertyTests
{
    // Texts that end anywhere: every prefix of these, so strings, comments and fences are cut open.
    private const string Awkward = "# c\n\"a\\\"b\" 'x' `y` $\"{z}\" @\"q\"\"\" \"\"\"raw\"\"\" r'\\d' ${V:-1} $(ls) 0x1F 1e- .5 ×<&>\n" +
        "---\nkey: [1, {a: b}] # c\n  - |\n    text\n```{define}\n:label: x\nf(x) = x^2 ** 3 := 1\n````\n$ cmd \\\n> more\nout\n{\"k\": nope}\n";

    public static TheoryData<string> Tags() => new(CodeLanguages.All.Select(l => l.PrimaryTag));

    [Theory]
    [MemberData(nameof(Tags))]
    public void Every_prefix_of_awkward_text_reads_back_exactly(string tag)
    {
        var lexer = CodeLanguages.Find(tag)!.Lexer;
        for (var length = 0; length <= Awkward.Length; length++)
        {
            var text = Awkward[..length];
            var sink = new SpanSink();
            lexer?.Lex(text, sink);
            var end = 0;
            foreach (var span in sink.Spans)
            {
                Assert.True(span.Start >= end && span.End <= text.Length && span.Length > 0, $"{tag}: span {span} out of order in {length} characters");
                end = span.End;
            }
            Assert.Equal(text, WebUtility.HtmlDecode(Tag().Replace(CodeHtml.Render(text, lexer), "")));
        }
    }

    [Fact]
    public void The_lesson_language_is_coloured_token_by_token_as_the_engine_lexes_it()
    {
        const string code = "f(x, y) = x^2 + 3.5e-2*y  # note\nw = [1, 2] @ [[3], [4]]\ngrad(sum(relu(w)), w) - f'(1)\n";
        var sink = new SpanSink();
        new LessonLexer().Lex(code, sink);

        var tokens = Lexer.Tokenize(code).Where(t => t.Kind != TokenKind.End).Select(t => (t.Span.Start, t.Span.Length)).ToList();
        var spans = sink.Spans.Where(s => s.Style != TokenStyle.Comment).ToList();
        // Neighbours of one style merge ("[[" is one span), so compare the characters each covers.
        Assert.Equal(tokens.SelectMany(t => Enumerable.Range(t.Start, t.Length)), spans.SelectMany(s => Enumerable.Range(s.Start, s.Length)));
        Assert.Equal("# note", code.Substring(sink.Spans.Single(s => s.Style == TokenStyle.Comment).Start, 6));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
