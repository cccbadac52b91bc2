namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Receives a lexer's styled spans in text order. Text between spans is plain. A lexer that
/// hands part of its text to another language (a fence inside Markdown) passes a sink shifted to
/// where that part starts, so every lexer counts from the start of its own text.
/// </summary>
public sealed class SpanSink
{
    private readonly List<StyledSpan> _spans;
    private readonly int _offset;

    public SpanSink() : this([], 0) { }

    private SpanSink(List<StyledSpan> spans, int offset)
    {
        _spans = spans;
        _offset = offset;
    }

    public IReadOnlyList<StyledSpan> Spans => _spans;

    /// <summary>A sink for text that starts <paramref name="offset"/> characters into this one's.</summary>
    public SpanSink Shifted(int offset) => new(_spans, _offset + offset);

    public void Add(int start, int length, TokenStyle style)
    {
        if (length <= 0) return;
        start += _offset;
        if (_spans.Count > 0)
        {
            var last = _spans[^1];
            if (start < last.End)
                throw new InvalidOperationException($"a lexer wrote a span at {start} before the end of the previous one at {last.End}");
            // Neighbours of one style are one span: smaller HTML, same colours.
            if (start == last.End && style == last.Style)
            {
                _spans[^1] = last with { Length = last.Length + length };
                return;
            }
        }
        _spans.Add(new StyledSpan(start, length, style));
    }
}

/// <summary>The lexer of one language: it styles what it recognises and leaves the rest plain.</summary>
public interface ICodeLexer
{
    /// <summary>Writes the spans of <paramref name="code"/> to <paramref name="sink"/> in order; never throws on odd input.</summary>
    void Lex(string code, SpanSink sink);
}
