using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown;

/// <summary>The plain text of inline content, for titles and anchors.</summary>
public static class InlineText
{
    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    public static string Of(ContainerInline container)
    {
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    private static void Append(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case IPlainText plain: builder.Append(plain.PlainText); break;
                case LineBreakInline: builder.Append(' '); break;
                case HtmlEntityInline entity: builder.Append(entity.Transcoded.AsSpan()); break;
                case Markdig.Extensions.Mathematics.MathInline math: builder.Append(math.Content.AsSpan()); break;
                case ContainerInline nested: Append(nested, builder); break;
            }
        }
    }
}

/// <summary>An inline node of an extension that reads as some text where only plain text fits, such as a title.</summary>
public interface IPlainText
{
    string PlainText { get; }
}
