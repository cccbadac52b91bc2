using System.Text;

namespace SiteGen.Markdown.MathML;

/// <summary>
/// A recursive-descent reader of TeX math that writes MathML as it goes. One instance per formula.
/// </summary>
internal sealed class MathParser(string source, bool display)
{
    private const int MaxDepth = 64;

    private readonly string src = source;
    private int pos;
    private int depth;
    private string? variant;      // the mathvariant of an enclosing \mathbf and friends
    private bool stopAtBracket;   // reading the [index] of \sqrt

    public List<MathProblem> Problems { get; } = [];

    /// <summary>A converted piece: its MathML, whether scripts go above and below it, and whether it is a function name.</summary>
    private sealed record Node(string Xml, bool LimitsBelow = false, bool IsFunction = false);

    public string ParseAll()
    {
        var items = new List<string>();
        while (true)
        {
            items.AddRange(ParseRow());
            if (AtEnd) break;
            var at = pos;
            if (Peek() == '}') { Problem("unmatched '}'", at); pos++; }
            else if (Peek() == '&') { Problem("'&' outside a matrix", at); pos++; }
            else if (Peek() == ']') { pos++; items.Add(Mo("]", fence: true)); }
            else if (StartsWith("\\\\")) { pos += 2; items.Add("<mspace linebreak=\"newline\"/>"); }
            else if (IsCommand("right")) { Problem("\\right without \\left", at); pos += 6; ParseDelimiter(); }
            else if (IsCommand("end")) { Problem("\\end without \\begin", at); pos += 4; ReadBracedText(); }
            else pos++;
        }
        return string.Concat(items);
    }

    // ---- rows, groups and arguments -------------------------------------------------------

    private List<string> ParseRow()
    {
        var items = new List<string>();
        if (!Enter()) { items.Add(TooDeep()); return items; }
        while (true)
        {
            SkipSpace();
            if (IsStop()) break;
            var before = pos;
            var node = ParseScripted();
            if (node is not null) items.Add(node);
            if (pos == before)
            {
                Problem($"unexpected '{Peek()}'", pos);
                items.Add(Error(Peek().ToString()));
                pos++;
            }
        }
        depth--;
        return items;
    }

    private string ParseGroup()
    {
        var open = pos;
        pos++; // {
        var savedBracket = stopAtBracket;
        stopAtBracket = false;
        var items = ParseRow();
        stopAtBracket = savedBracket;
        if (Peek() == '}') pos++;
        else Problem("missing '}'", open);
        return Row(items);
    }

    /// <summary>One argument: a {group}, a single digit or a single atom (\frac12, x^\alpha).</summary>
    private string ParseArgument(string what)
    {
        SkipSpace();
        if (IsStop() || Peek() is '^' or '_' or '\'')
        {
            Problem($"missing argument for {what}", pos);
            return "<mrow/>";
        }
        if (Peek() == '{') return ParseGroup();
        if (char.IsAsciiDigit(Peek())) return Mn(src[pos++].ToString());
        if (!Enter()) return TooDeep();
        var node = ParseAtom();
        depth--;
        return node?.Xml ?? "<mrow/>";
    }

    // ---- atoms and scripts ------------------------------------------------------------------

    private string? ParseScripted()
    {
        var node = ParseAtom();
        if (node is null) return null;
        SkipSpace();
        if (IsCommand("limits")) { pos += 7; node = node with { LimitsBelow = true }; }
        else if (IsCommand("nolimits")) { pos += 9; node = node with { LimitsBelow = false }; }

        string? sub = null, sup = null;
        var primes = "";
        while (true)
        {
            SkipSpace();
            var at = pos;
            if (Peek() == '\'') { primes += "′"; pos++; }
            else if (Peek() == '^')
            {
                pos++;
                var arg = ParseArgument("^");
                if (sup is not null) Problem("double superscript; group it, as in x^{ab}", at);
                else sup = arg;
            }
            else if (Peek() == '_')
            {
                pos++;
                var arg = ParseArgument("_");
                if (sub is not null) Problem("double subscript; group it, as in x_{ab}", at);
                else sub = arg;
            }
            else break;
        }
        // Primes alone follow their base at full size (a prime glyph already sits high; in a
        // superscript it would shrink to a speck); with a superscript they lead it.
        var prime = primes.Length > 0 ? $"<mo lspace=\"0em\" rspace=\"0em\">{primes}</mo>" : "";
        if (prime.Length > 0 && sup is not null)
        {
            sup = $"<mrow>{prime}{sup}</mrow>";
            prime = "";
        }

        var xml = (sub, sup, node.LimitsBelow) switch
        {
            (null, null, _) => node.Xml,
            (not null, null, true) => $"<munder>{node.Xml}{sub}</munder>",
            (null, not null, true) => $"<mover>{node.Xml}{sup}</mover>",
            (not null, not null, true) => $"<munderover>{node.Xml}{sub}{sup}</munderover>",
            (not null, null, false) => $"<msub>{node.Xml}{sub}</msub>",
            (null, not null, false) => $"<msup>{node.Xml}{sup}</msup>",
            _ => $"<msubsup>{node.Xml}{sub}{sup}</msubsup>",
        };
        xml += prime;
        if (!node.IsFunction) return xml;
        // As in TeX, a function name is set off by a thin space unless a bracket or script follows.
        SkipSpace();
        var spaced = !IsStop() && Peek() is not ('(' or '[' or '^' or '_' or '\'') && !IsCommand("left")
            && !StartsWith("\\{") && !(MathSymbols.CharacterOperator(Peek()) is { } next && !IsFence(next));
        return xml + "<mo>&#x2061;</mo>" + (spaced ? Space("0.1667em") : "");
    }

    private Node? ParseAtom()
    {
        var c = Peek();
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            var start = pos;
            while (char.IsAsciiDigit(Peek()) || (Peek() == '.' && char.IsAsciiDigit(Peek(1)))) pos++;
            return new Node(Mn(src[start..pos]));
        }
        if (char.IsAsciiLetter(c))
        {
            var start = pos++;
            if (variant is not null) while (char.IsAsciiLetter(Peek())) pos++;
            return new Node(Mi(src[start..pos]));
        }
        switch (c)
        {
            case '{': return new Node(ParseGroup());
            case '^' or '_' or '\'': return new Node("<mrow/>"); // a script without a base
            case '\\': return ParseCommand();
            case '~': pos++; return new Node(Space("0.3333em"));
            case '%':
                while (!AtEnd && Peek() != '\n') pos++;
                return null;
            case '#' or '$':
                Problem($"unexpected '{c}'", pos);
                pos++;
                return new Node(Error(c.ToString()));
        }
        if (MathSymbols.CharacterOperator(c) is { } op)
        {
            pos++;
            return new Node(Mo(op, fence: IsFence(op)));
        }
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)))
        {
            pos += 2;
            return new Node(Mi(src.Substring(pos - 2, 2)));
        }
        pos++;
        if (char.IsLetter(c)) return new Node(Mi(c.ToString()));
        if (char.IsDigit(c)) return new Node(Mn(c.ToString()));
        return new Node(Mo(c.ToString()));
    }

    // ---- commands ---------------------------------------------------------------------------

    private Node? ParseCommand()
    {
        var at = pos;
        pos++; // backslash
        if (AtEnd)
        {
            Problem("a lone '\\' at the end", at);
            return new Node(Error("\\"));
        }
        if (!char.IsAsciiLetter(Peek())) return ParseSymbolCommand(at, src[pos++]);

        var start = pos;
        while (char.IsAsciiLetter(Peek())) pos++;
        var name = src[start..pos];

        if (MathSymbols.Ignored.Contains(name)) return null;
        if (MathSymbols.Greek.TryGetValue(name, out var greek))
        {
            if (variant is not null) return new Node(Mi(greek));
            return new Node(char.IsUpper(greek[0]) ? $"<mi mathvariant=\"normal\">{greek}</mi>" : $"<mi>{greek}</mi>");
        }
        if (MathSymbols.Identifiers.TryGetValue(name, out var ident))
            return new Node(name == "partial" ? $"<mi>{ident}</mi>" : $"<mi mathvariant=\"normal\">{ident}</mi>");
        if (MathSymbols.Operators.TryGetValue(name, out var op)) return new Node(Mo(op, fence: IsFence(op)));
        if (MathSymbols.LargeOperators.TryGetValue(name, out var large))
            return new Node(Mo(large.Symbol), LimitsBelow: display && large.LimitsInDisplay);
        if (MathSymbols.Functions.TryGetValue(name, out var limits))
            return new Node($"<mi>{FunctionName(name)}</mi>", LimitsBelow: display && limits, IsFunction: true);
        if (MathSymbols.Spaces.TryGetValue(name, out var width)) return new Node(Space(width));
        if (MathSymbols.Accents.TryGetValue(name, out var accent))
        {
            var arg = ParseArgument("\\" + name);
            var stretchy = accent.Stretchy ? "true" : "false";
            return new Node($"<mover accent=\"true\">{arg}<mo stretchy=\"{stretchy}\">{Escape(accent.Mark)}</mo></mover>");
        }
        if (MathSymbols.Text.Contains(name)) return new Node(Text(ReadBracedText(name, at) ?? ""));
        if (name == "operatorname")
        {
            var star = Peek() == '*';
            if (star) pos++;
            var text = ReadBracedText(name, at) ?? "";
            return new Node($"<mi>{Escape(text)}</mi>", LimitsBelow: display && star, IsFunction: true);
        }
        if (MathSymbols.Fonts.TryGetValue(name, out var font))
        {
            var saved = variant;
            variant = font;
            var arg = ParseArgument("\\" + name);
            variant = saved;
            return new Node(arg);
        }
        if (MathSymbols.Sizes.TryGetValue(name, out var size))
        {
            var delimiter = ParseDelimiter();
            return delimiter is null or ""
                ? null
                : new Node($"<mo fence=\"true\" stretchy=\"true\" minsize=\"{size}\" maxsize=\"{size}\">{Escape(delimiter)}</mo>");
        }
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac" or "cfrac":
            {
                var numerator = ParseArgument("\\" + name);
                var denominator = ParseArgument("\\" + name);
                var fraction = $"<mfrac>{numerator}{denominator}</mfrac>";
                return new Node(name switch
                {
                    "dfrac" or "cfrac" => $"<mstyle displaystyle=\"true\">{fraction}</mstyle>",
                    "tfrac" => $"<mstyle displaystyle=\"false\">{fraction}</mstyle>",
                    _ => fraction,
                });
            }
            case "binom":
            {
                var top = ParseArgument("\\binom");
                var bottom = ParseArgument("\\binom");
                return new Node($"<mrow><mo>(</mo><mfrac linethickness=\"0\">{top}{bottom}</mfrac><mo>)</mo></mrow>");
            }
            case "sqrt": return new Node(ParseSqrt());
            case "overset" or "stackrel" or "underset":
            {
                var script = ParseArgument("\\" + name);
                var body = ParseArgument("\\" + name);
                return new Node(name == "underset" ? $"<munder>{body}{script}</munder>" : $"<mover>{body}{script}</mover>");
            }
            case "underline":
                return new Node($"<munder accentunder=\"true\">{ParseArgument("\\underline")}<mo stretchy=\"true\">_</mo></munder>");
            case "left": return new Node(ParseLeftRight(at));
            case "middle":
            {
                var delimiter = ParseDelimiter();
                return delimiter is null or "" ? null : new Node($"<mo fence=\"true\" stretchy=\"true\">{Escape(delimiter)}</mo>");
            }
            case "begin": return new Node(ParseEnvironment(at));
            case "bmod": return new Node("<mo>mod</mo>");
        }
        Problem($"unknown LaTeX command '\\{name}'", at);
        return new Node(Error("\\" + name));
    }

    private Node? ParseSymbolCommand(int at, char c)
    {
        var name = c.ToString();
        if (MathSymbols.Spaces.TryGetValue(name, out var width)) return new Node(Space(width));
        switch (c)
        {
            case '{' or '}': return new Node(Mo(name, fence: true));
            case '|': return new Node(Mo("‖", fence: true));
            case '%' or '&' or '#' or '$' or '_': return new Node(Mi(name));
            case '\n' or '\t' or '\r': return new Node(Space("0.3333em"));
        }
        Problem($"unknown LaTeX command '\\{c}'", at);
        return new Node(Error("\\" + c));
    }

    private static string FunctionName(string name) => name switch
    {
        "argmax" => "arg max",
        "argmin" => "arg min",
        "liminf" => "lim inf",
        "limsup" => "lim sup",
        _ => name,
    };

    private string ParseSqrt()
    {
        SkipSpace();
        if (Peek() != '[') return $"<msqrt>{ParseArgument("\\sqrt")}</msqrt>";
        var open = pos++;
        var saved = stopAtBracket;
        stopAtBracket = true;
        var index = Row(ParseRow());
        stopAtBracket = saved;
        if (Peek() == ']') pos++;
        else Problem("missing ']'", open);
        return $"<mroot>{ParseArgument("\\sqrt")}{index}</mroot>";
    }

    private string ParseLeftRight(int at)
    {
        var left = ParseDelimiter();
        var saved = stopAtBracket;
        stopAtBracket = false;
        var items = ParseRow();
        stopAtBracket = saved;
        string? right = "";
        if (IsCommand("right"))
        {
            pos += 6;
            right = ParseDelimiter();
        }
        else Problem("\\left without \\right", at);
        return $"<mrow>{Fence(left, "prefix")}{string.Concat(items)}{Fence(right, "postfix")}</mrow>";
    }

    private static string Fence(string? delimiter, string form) => string.IsNullOrEmpty(delimiter)
        ? ""
        : $"<mo fence=\"true\" form=\"{form}\" stretchy=\"true\">{Escape(delimiter)}</mo>";

    /// <summary>The delimiter after \left, \right or \big: its character, "" for '.', null when there is none.</summary>
    private string? ParseDelimiter()
    {
        SkipSpace();
        var at = pos;
        var c = Peek();
        switch (c)
        {
            case '.': pos++; return "";
            case '(' or ')' or '[' or ']' or '|' or '/': pos++; return c.ToString();
            case '<': pos++; return "⟨";
            case '>': pos++; return "⟩";
            case '\\':
            {
                pos++;
                if (Peek() is '{' or '}') return src[pos++].ToString();
                if (Peek() == '|') { pos++; return "‖"; }
                var start = pos;
                while (char.IsAsciiLetter(Peek())) pos++;
                var name = src[start..pos];
                if (MathSymbols.Operators.TryGetValue(name, out var op) && IsFence(op)) return op;
                if (name.Length == 0 && !AtEnd) pos++;
                Problem($"not a delimiter: \\{(name.Length > 0 ? name : src[(pos - 1)..pos])}", at);
                return null;
            }
        }
        Problem("missing delimiter", at);
        return null;
    }

    // ---- environments -----------------------------------------------------------------------

    private string ParseEnvironment(int at)
    {
        var name = ReadBracedText("\\begin", at) ?? "";
        if (name == "array") ReadBracedText("array", at); // column specification
        var savedBracket = stopAtBracket;
        stopAtBracket = false;

        var rows = new List<List<string>>();
        var cells = new List<string>();
        while (true)
        {
            var items = ParseRow();
            if (IsAligned(name) && cells.Count % 2 == 1) items.Insert(0, "<mi></mi>");
            cells.Add(string.Concat(items));
            if (Peek() == '&') { pos++; continue; }
            if (StartsWith("\\\\"))
            {
                pos += 2;
                SkipSpace();
                if (Peek() == '[') { while (!AtEnd && Peek() != ']') pos++; if (!AtEnd) pos++; } // \\[2pt]
                rows.Add(cells);
                cells = [];
                continue;
            }
            if (IsCommand("end"))
            {
                var endAt = pos;
                pos += 4;
                var endName = ReadBracedText("\\end", endAt) ?? "";
                if (endName != name) Problem($"\\begin{{{name}}} ended by \\end{{{endName}}}", endAt);
            }
            else Problem($"missing \\end{{{name}}}", at);
            break;
        }
        if (cells.Count > 1 || cells[0].Length > 0 || rows.Count == 0) rows.Add(cells);
        stopAtBracket = savedBracket;

        var (open, close, attributes) = name switch
        {
            "bmatrix" => ("[", "]", ""),
            "pmatrix" => ("(", ")", ""),
            "Bmatrix" => ("{", "}", ""),
            "vmatrix" => ("|", "|", ""),
            "Vmatrix" => ("‖", "‖", ""),
            "matrix" or "smallmatrix" or "array" => ("", "", ""),
            "cases" => ("{", "", " columnalign=\"left left\""),
            "aligned" or "align" or "align*" or "split" or "alignedat" =>
                ("", "", " columnalign=\"right left right left\" columnspacing=\"0em 2em 0em\" displaystyle=\"true\""),
            "gathered" or "gather" or "gather*" => ("", "", " displaystyle=\"true\""),
            _ => (null, null, ""),
        };
        if (open is null)
        {
            Problem($"unknown environment '{name}'", at);
            open = close = "";
        }

        var table = new StringBuilder($"<mtable{attributes}>");
        foreach (var row in rows)
        {
            table.Append("<mtr>");
            foreach (var cell in row) table.Append("<mtd>").Append(cell).Append("</mtd>");
            table.Append("</mtr>");
        }
        table.Append("</mtable>");
        if (open.Length == 0 && close!.Length == 0) return table.ToString();
        return $"<mrow>{Fence(open, "prefix")}{table}{Fence(close, "postfix")}</mrow>";
    }

    private static bool IsAligned(string name) => name is "aligned" or "align" or "align*" or "split" or "alignedat";

    // ---- reading helpers --------------------------------------------------------------------

    /// <summary>The raw text of a {braced} argument (nested braces kept), or null when there is none.</summary>
    private string? ReadBracedText(string? what = null, int at = -1)
    {
        SkipSpace();
        if (Peek() != '{')
        {
            Problem($"Missing {{...}} after {what ?? "command"}", at >= 0 ? at : pos);
            return null;
        }
        var open = pos++;
        var start = pos;
        var level = 1;
        while (!AtEnd)
        {
            var c = src[pos];
            if (c == '\\' && pos + 1 < src.Length) { pos += 2; continue; }
            if (c == '{') level++;
            else if (c == '}' && --level == 0) break;
            pos++;
        }
        var text = src[start..pos];
        if (AtEnd) Problem("missing '}'", open);
        else pos++;
        return text;
    }

    private bool Enter()
    {
        if (depth >= MaxDepth) return false;
        depth++;
        return true;
    }

    private string TooDeep()
    {
        Problem("Formula nested too deeply", pos);
        var rest = src[pos..];
        pos = src.Length;
        return Error(rest);
    }

    private bool AtEnd => pos >= src.Length;
    private char Peek(int ahead = 0) => pos + ahead < src.Length ? src[pos + ahead] : '\0';
    private bool StartsWith(string text) => string.CompareOrdinal(src, pos, text, 0, text.Length) == 0;

    private bool IsCommand(string name) =>
        Peek() == '\\' && string.CompareOrdinal(src, pos + 1, name, 0, name.Length) == 0
        && pos + 1 + name.Length <= src.Length && !char.IsAsciiLetter(Peek(1 + name.Length));

    private bool IsStop() => AtEnd || Peek() is '}' or '&' || StartsWith("\\\\")
        || IsCommand("right") || IsCommand("end") || (stopAtBracket && Peek() == ']');

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(src[pos])) pos++;
    }

    private void Problem(string message, int offset) => Problems.Add(new MathProblem(message, offset));

    // ---- writing helpers --------------------------------------------------------------------

    private static bool IsFence(string op) => op is "(" or ")" or "[" or "]" or "{" or "}" or "|" or "‖" or "/"
        or "⟨" or "⟩" or "⌊" or "⌋" or "⌈" or "⌉";

    private static string Row(List<string> items) => items.Count switch
    {
        0 => "<mrow/>",
        1 => items[0],
        _ => "<mrow>" + string.Concat(items) + "</mrow>",
    };

    private string Mi(string text)
    {
        if (variant is null or "normal")
            return text.Length == 1 && variant == "normal" ? $"<mi mathvariant=\"normal\">{Escape(text)}</mi>" : $"<mi>{Escape(text)}</mi>";
        return $"<mi mathvariant=\"{variant}\">{Escape(MathAlphabets.Map(text, variant))}</mi>";
    }

    private string Mn(string text) => variant is null or "normal"
        ? $"<mn>{Escape(text)}</mn>"
        : $"<mn mathvariant=\"{variant}\">{Escape(MathAlphabets.Map(text, variant))}</mn>";

    private static string Mo(string text, bool fence = false) =>
        fence ? $"<mo stretchy=\"false\">{Escape(text)}</mo>" : $"<mo>{Escape(text)}</mo>";

    private static string Space(string width) => $"<mspace width=\"{width}\"/>";

    private static string Text(string text)
    {
        // Spaces at the ends of \text{ if } would be dropped by the browser; keep them as no-break spaces.
        var trimmedStart = text.TrimStart(' ');
        var lead = text.Length - trimmedStart.Length;
        var core = trimmedStart.TrimEnd(' ');
        var trail = trimmedStart.Length - core.Length;
        return $"<mtext>{new string('\u00A0', lead)}{Escape(core)}{new string('\u00A0', trail)}</mtext>";
    }

    public static string Error(string text) => $"<merror><mtext>{Escape(text)}</mtext></merror>";

    /// <summary>Escapes text for XML, replacing what XML cannot hold (lone surrogates, control characters) by U+FFFD.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\n' or '\t' or '\r' => c.ToString(),
                _ when char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
