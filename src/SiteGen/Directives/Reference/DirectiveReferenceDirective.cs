using System.Globalization;
using Markdig.Renderers;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Reference;

/// <summary>
/// ```` ```{directive-reference} ````: every directive with its options, and every role, made
/// from the same declarations that validate them, so the guide cannot drift. Each directive is
/// an entry of a definition list (its name, what it does, then its options as a list of their
/// own), which reads on a phone as well as on a desktop: a table of three columns was thousands
/// of pixels tall there, with its options column off the screen.
/// </summary>
public sealed class DirectiveReferenceDirective(DirectiveRegistry registry) : ReferenceTableDirective
{
    public override string Name => "directive-reference";
    public override string Summary => "Every directive with its options, and every role (for the authoring guide).";

    protected override void Write(HtmlRenderer renderer)
    {
        renderer.EnsureLine();
        renderer.Write("<dl class=\"reference-list directive-list\">\n");
        foreach (var directive in registry.Directives)
        {
            renderer.Write("<dt id=\"directive-").WriteEscape(directive.Name).Write("\"><code>{").WriteEscape(directive.Name).Write("}</code>");
            var aliases = registry.AliasesOf(directive.Name);
            if (aliases.Count > 0)
                renderer.Write(" <span class=\"reference-aliases\">also ").Write(string.Join(", ", aliases.Select(a => $"<code>{{{a}}}</code>"))).Write("</span>");
            renderer.Write("</dt>\n<dd><p>").WriteEscape(directive.Summary).Write("</p>\n");
            WriteOptions(renderer, directive.Options);
            renderer.Write("</dd>\n");
        }
        renderer.Write("</dl>\n");
        renderer.Write("<dl class=\"reference-list role-list\">\n");
        foreach (var role in registry.Roles)
            renderer.Write("<dt id=\"role-").WriteEscape(role.Name).Write("\"><code>{").WriteEscape(role.Name).Write("}`…`</code></dt>\n<dd><p>")
                .WriteEscape(role.Summary).Write("</p></dd>\n");
        renderer.Write("</dl>\n");
    }

    private static void WriteOptions(HtmlRenderer renderer, IReadOnlyList<OptionSpec> options)
    {
        if (options.Count == 0)
        {
            renderer.Write("<p class=\"option-none\">No options.</p>\n");
            return;
        }
        renderer.Write("<dl class=\"option-list\">\n");
        foreach (var option in options)
        {
            renderer.Write("<dt><code>:").WriteEscape(option.Name).Write(":</code> <span class=\"option-type\">").WriteEscape(option.TypeName).Write("</span>");
            if (option.Required) renderer.Write(", required");
            else if (option.Default is { } value && !(value is string s && s.Length == 0))
                renderer.Write(", default <code>").WriteEscape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Write("</code>");
            renderer.Write("</dt>\n<dd>").WriteEscape(option.Doc).Write("</dd>\n");
        }
        renderer.Write("</dl>\n");
    }

}
