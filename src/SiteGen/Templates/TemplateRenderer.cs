using SiteGen.Compute;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Templates;

/// <summary>
/// Renders a theme's parsed templates with a page's model. Strict: a template that reads a
/// variable that does not exist fails with a diagnostic at the template's line, instead of
/// silently writing nothing.
/// </summary>
public sealed class TemplateRenderer(Theme theme)
{
    private readonly PartialLoader _partials = new(theme);

    // Scriban's builtin functions (html.escape, string.empty, ...) are built once and shared:
    // building them for every render costs more than the render itself.
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>Renders <paramref name="layout"/>; null after reporting a template error.</summary>
    public string? Render(string layout, ScriptObject model, DiagnosticBag diagnostics)
    {
        var context = new TemplateContext(_builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 0,
            // Scriban cuts any string past 1 MiB to "..." by default, silently; a page is never cut.
            LimitToString = 0,
            MemberRenamer = member => member.Name,
            TemplateLoader = _partials,
        };
        foreach (var (path, template) in theme.Partials) context.CachedTemplates[path] = template;
        context.PushGlobal(model);
        try
        {
            return theme.Layouts[layout].Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Report(DiagnosticCodes.TemplateRuntime, e.OriginalMessage, Locate(e.Span));
            return null;
        }
    }

    private static SourceLocation Locate(SourceSpan span) => new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Serves `include "partials/name.html"` from the partials parsed at load time.</summary>
    private sealed class PartialLoader(Theme theme) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (theme.Partials.ContainsKey(templateName)) return templateName;
            throw new ScriptRuntimeException(callerSpan,
                $"the theme has no partial '{templateName}'{Suggestions.DidYouMean(templateName, theme.Partials.Keys)}");
        }

        // Never reached: every partial is in the context's template cache.
        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"partial '{templatePath}' was not loaded");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            new((string?)Load(context, callerSpan, templatePath));
    }
}
