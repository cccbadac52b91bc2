using System.Net;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// A formula's MathML as one line of text a reader could type: x² as x^2, a subscript as x_0,
/// a fraction as a/b, a root as √(x), with spaces around relations so that the snippet reads
/// (f(x) = x^2). Invisible operators (function application, invisible times) are dropped.
/// </summary>
public static class MathText
{
    private sealed class Node(string name)
    {
        public string Name { get; } = name;
        public List<Node> Children { get; } = [];
        public StringBuilder Text { get; } = new();
    }

    private const string Relations = "=≠≈≤≥<>∈→↦≡∼";
    private const string Invisible = "\u2061\u2062\u2063\u2064";

    public static string Of(string mathml)
    {
        var root = Parse(mathml);
        var builder = new StringBuilder();
        Write(root, builder);
        return PageSections.Collapse(builder.ToString());
    }

    /// <summary>The element tree; a stack, not recursion, so no depth of nesting can overflow it.</summary>
    private static Node Parse(string mathml)
    {
        var root = new Node("mrow");
        var stack = new Stack<Node>();
        stack.Push(root);
        var i = 0;
        while (i < mathml.Length)
        {
            var lt = mathml.IndexOf('<', i);
            var run = lt < 0 ? mathml[i..] : mathml[i..lt];
            if (run.Length > 0)
            {
                var text = new Node("#text");
                text.Text.Append(WebUtility.HtmlDecode(run));
                stack.Peek().Children.Add(text);
            }
            if (lt < 0) break;
            var gt = mathml.IndexOf('>', lt);
            if (gt < 0) break;
            var tag = mathml[(lt + 1)..gt];
            i = gt + 1;
            if (tag.StartsWith('/'))
            {
                if (stack.Count > 1) stack.Pop();
                continue;
            }
            var nameEnd = 0;
            while (nameEnd < tag.Length && (char.IsAsciiLetterOrDigit(tag[nameEnd]) || tag[nameEnd] == '-')) nameEnd++;
            var node = new Node(tag[..nameEnd]);
            stack.Peek().Children.Add(node);
            // Annotations repeat the formula in another notation; the reader sees the rendering.
            if (!tag.EndsWith('/') && node.Name is not "mspace" and not "none" and not "mprescripts") stack.Push(node);
            if (node.Name is "annotation" or "annotation-xml")
            {
                var close = mathml.IndexOf("</" + node.Name, gt, StringComparison.Ordinal);
                i = close < 0 ? mathml.Length : close;
            }
        }
        return root;
    }

    // Depth is bounded by what the math renderer writes for one formula; the tree is small.
    private static void Write(Node node, StringBuilder builder)
    {
        switch (node.Name)
        {
            case "#text":
                foreach (var c in node.Text.ToString()) if (!Invisible.Contains(c)) builder.Append(c);
                return;
            case "annotation" or "annotation-xml":
                return;
            case "mo":
                var op = Inner(node);
                if (op.Length == 1 && Relations.Contains(op[0])) builder.Append(' ').Append(op).Append(' ');
                else if (op is "," or ";") builder.Append(op).Append(' ');
                else builder.Append(op);
                return;
            case "mtext":
                builder.Append(' ').Append(Inner(node)).Append(' ');
                return;
            case "msup" or "msub" or "msubsup" or "munder" or "mover" or "munderover":
                WriteScripts(node, builder);
                return;
            case "mfrac":
                if (node.Children.Count == 2)
                {
                    // A space after it, so that d/dx and the function it applies to stay two words.
                    builder.Append(Grouped(node.Children[0])).Append('/').Append(Grouped(node.Children[1])).Append(' ');
                    return;
                }
                break;
            case "msqrt":
                builder.Append("√(");
                foreach (var child in node.Children) Write(child, builder);
                builder.Append(')');
                return;
            case "mroot":
                if (node.Children.Count == 2)
                {
                    builder.Append("root(").Append(Flat(node.Children[1])).Append(", ").Append(Flat(node.Children[0])).Append(')');
                    return;
                }
                break;
            case "mtd":
                builder.Append(' ');
                foreach (var child in node.Children) Write(child, builder);
                builder.Append(' ');
                return;
            case "mtr":
                foreach (var child in node.Children) Write(child, builder);
                builder.Append(';');
                return;
        }
        foreach (var child in node.Children) Write(child, builder);
    }

    /// <summary>Base, then ^ or _ and each script: x^2, x_i, ∑_i^n. Under and over scripts of limits read as subscripts.</summary>
    private static void WriteScripts(Node node, StringBuilder builder)
    {
        var elements = node.Children.Where(c => c.Name != "#text" || c.Text.ToString().Trim().Length > 0).ToList();
        if (elements.Count == 0) return;
        builder.Append(Flat(elements[0]));
        string[] marks = node.Name switch
        {
            "msup" or "mover" => ["^"],
            "msub" or "munder" => ["_"],
            _ => ["_", "^"],
        };
        for (var i = 1; i < elements.Count && i <= marks.Length; i++)
        {
            // An accent over a letter (x̂, x̄) is not an exponent: it reads as the letter.
            if (node.Name == "mover" && Flat(elements[i]) is "^" or "¯" or "~" or "˙" or "→" or "‾") continue;
            builder.Append(marks[i - 1]).Append(Grouped(elements[i]));
        }
    }

    /// <summary>The text of a node's children, for a token element such as mo.</summary>
    private static string Inner(Node node)
    {
        var builder = new StringBuilder();
        foreach (var child in node.Children) Write(child, builder);
        return PageSections.Collapse(builder.ToString());
    }

    private static string Flat(Node node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return PageSections.Collapse(builder.ToString());
    }

    /// <summary>A script or a fraction's part: as it is when it is one word, else in parentheses (e^(−x)).</summary>
    private static string Grouped(Node node)
    {
        var text = Flat(node);
        var simple = text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c == '.' || c is '′' or '*' or '∂' or '∇')
            || (text.StartsWith('(') && text.EndsWith(')'));
        return simple ? text : "(" + text + ")";
    }
}
