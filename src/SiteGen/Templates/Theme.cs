using Scriban;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Templates;

/// <summary>
/// A theme: Scriban layouts and partials, parsed once per build and shared by every page
/// (a parsed template is immutable; each render gets its own context), and its assets.
/// </summary>
public sealed class Theme
{
    public static readonly string[] RequiredLayouts = ["base", "home", "lesson", "page", "404"];

    public required string Directory { get; init; }
    public required IReadOnlyDictionary<string, Template> Layouts { get; init; }
    public required IReadOnlyDictionary<string, Template> Partials { get; init; }
    public required IReadOnlyList<ThemeAsset> Assets { get; init; }

    public static Theme? Load(string directory, DiagnosticBag diagnostics)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Report(DiagnosticCodes.ThemeNotFound, $"theme folder '{SourceFile.DisplayPathOf(directory)}' does not exist", null);
            return null;
        }
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in RequiredLayouts)
        {
            var path = Path.Combine(directory, "layouts", name + ".html");
            if (!File.Exists(path))
            {
                diagnostics.Report(DiagnosticCodes.LayoutMissing, $"the theme has no layout '{name}.html'",
                    new SourceLocation(SourceFile.DisplayPathOf(path), 1, 1));
                continue;
            }
            if (ParseFile(path, diagnostics) is { } template) layouts[name] = template;
        }
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partialsDirectory = Path.Combine(directory, "layouts", "partials");
        if (System.IO.Directory.Exists(partialsDirectory))
            foreach (var path in System.IO.Directory.EnumerateFiles(partialsDirectory, "*.html").Order(StringComparer.Ordinal))
                if (ParseFile(path, diagnostics) is { } template)
                    partials["partials/" + Path.GetFileName(path)] = template;

        IReadOnlyList<ThemeAsset> assets;
        try
        {
            assets = ThemeAssets.Load(Path.Combine(directory, "assets"));
        }
        catch (IOException e)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, $"cannot read the theme's assets: {e.Message}", null);
            return null;
        }
        if (layouts.Count < RequiredLayouts.Length || diagnostics.HasErrors) return null;
        return new Theme { Directory = directory, Layouts = layouts, Partials = partials, Assets = assets };
    }

    private static Template? ParseFile(string path, DiagnosticBag diagnostics)
    {
        var file = SourceFile.Read(path, diagnostics);
        if (file is null) return null;
        var template = Template.Parse(file.Text, file.DisplayPath);
        if (!template.HasErrors) return template;
        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            diagnostics.Report(DiagnosticCodes.TemplateSyntax, message.Message,
                file.At(message.Span.Start.Line + 1, message.Span.Start.Column + 1));
        return null;
    }
}
