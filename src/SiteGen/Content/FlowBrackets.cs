namespace SiteGen.Content;

/// <summary>Finds the '[' or '{' of a YAML flow collection that is never closed, for a message that points at it.</summary>
internal static class FlowBrackets
{
    /// <summary>The 1-based line and column of the innermost unclosed bracket, or null when every bracket closes.</summary>
    public static (int Line, int Column)? Unclosed(string yaml)
    {
        var open = new Stack<(int Line, int Column)>();
        var (line, column) = (1, 0);
        char? quote = null;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n')
            {
                (line, column) = (line + 1, 0);
                continue;
            }
            column++;
            if (quote is { } q)
            {
                if (c == q) quote = null;
                continue;
            }
            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(yaml[i - 1]):
                    while (i + 1 < yaml.Length && yaml[i + 1] != '\n') i++;
                    break;
                case '"' or '\'' when open.Count > 0 || i == 0 || yaml[i - 1] is ' ' or ':' or ',':
                    quote = c;
                    break;
                case '[' or '{': open.Push((line, column)); break;
                case ']' or '}' when open.Count > 0: open.Pop(); break;
            }
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}
