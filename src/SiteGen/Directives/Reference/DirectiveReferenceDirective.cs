using System.Globalization;
using Markdig.Renderers;
using SiteGen.Markdown;
using SiteGen.Directives.Syntax;

namespace SiteGen.Directives.Reference;

/// <summary>
/// ```` ```{directive-reference} ````: the table of every directive, its options and every
/// role, made from the same declarations that validate them, so the guide cannot drift.
/// </summary>
public sealed class DirectiveReferenceDirective(DirectiveRegistry registry) : ReferenceTableDirective
{
    public override string Name => "directive-reference";
    public override string Summary => "The table of every directive with its options, and every role (for the authoring guide).";

    protected override void Write(HtmlRenderer renderer)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\">\n<table class=\"reference\">\n<thead><tr><th>Directive</th><th>What it does</th><th>Options</th></tr></thead>\n<tbody>\n");
        foreach (var directive in registry.Directives)
        {
            renderer.Write("<tr><td><code>{").WriteEscape(directive.Name).Write("}</code>");
            var aliases = registry.AliasesOf(directive.Name);
            if (aliases.Count > 0)
                renderer.Write("<br>also ").Write(string.Join(", ", aliases.Select(a => $"<code>{{{a}}}</code>")));
            renderer.Write("</td><td>").WriteEscape(directive.Summary).Write("</td><td>");
            WriteOptions(renderer, directive.Options);
            renderer.Write("</td></tr>\n");
        }
        renderer.Write("</tbody>\n</table>\n</div>\n");
        renderer.Write("<div class=\"table-wrap\">\n<table class=\"reference\">\n<thead><tr><th>Role</th><th>What it does</th></tr></thead>\n<tbody>\n");
        foreach (var role in registry.Roles)
            renderer.Write("<tr><td><code>{").WriteEscape(role.Name).Write("}`…`</code></td><td>").WriteEscape(role.Summary).Write("</td></tr>\n");
        renderer.Write("</tbody>\n</table>\n</div>\n");
    }

    private static void WriteOptions(HtmlRenderer renderer, IReadOnlyList<OptionSpec> options)
    {
        if (options.Count == 0)
        {
            renderer.Write("none");
            return;
        }
        renderer.Write("<ul class=\"option-list\">");
        foreach (var option in options)
        {
            renderer.Write("<li><code>:").WriteEscape(option.Name).Write(":</code> <em>").WriteEscape(option.TypeName).Write("</em>");
            if (option.Required) renderer.Write(", required");
            else if (option.Default is { } value && !(value is string s && s.Length == 0))
                renderer.Write(", default <code>").WriteEscape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Write("</code>");
            renderer.Write(": ").WriteEscape(option.Doc).Write("</li>");
        }
        renderer.Write("</ul>");
    }
}
