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

    /// <summary>The theme's figure font (fonts/figure-sans.ttf), which the build draws with; null when the theme has none.</summary>
    public byte[]? FigureFont { get; init; }

    /// <summary>A hash of every file of the theme the build reads: a change to any of them re-renders every page.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The theme's figure font, in its fonts folder: read by the build, not published (pages get the WOFF2 in assets).</summary>
    public const string FigureFontFile = "figure-sans.ttf";

    public static Theme? Load(string directory, DiagnosticBag diagnostics)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Report(DiagnosticCodes.ThemeNotFound, $"theme folder '{SourceFile.DisplayPathOf(directory)}' does not exist", null);
            return null;
        }
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var read = new System.Text.StringBuilder();
        foreach (var name in RequiredLayouts)
        {
            var path = Path.Combine(directory, "layouts", name + ".html");
            if (!File.Exists(path))
            {
                diagnostics.Report(DiagnosticCodes.LayoutMissing, $"the theme has no layout '{name}.html'",
                    new SourceLocation(SourceFile.DisplayPathOf(path), 1, 1));
                continue;
            }
            if (ParseFile(path, read, diagnostics) is { } template) layouts[name] = template;
        }
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partialsDirectory = Path.Combine(directory, "layouts", "partials");
        if (System.IO.Directory.Exists(partialsDirectory))
            foreach (var path in System.IO.Directory.EnumerateFiles(partialsDirectory, "*.html").Order(StringComparer.Ordinal))
                if (ParseFile(path, read, diagnostics) is { } template)
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
        foreach (var asset in assets) read.Append(asset.OutputPath).Append('\n');
        var fontPath = Path.Combine(directory, "fonts", FigureFontFile);
        var font = File.Exists(fontPath) ? File.ReadAllBytes(fontPath) : null;

        return new Theme
        {
            Directory = directory, Layouts = layouts, Partials = partials, Assets = assets, FigureFont = font,
            Fingerprint = ContentHash.Of(read.ToString()) + (font is null ? "" : ContentHash.Of(font)),
        };
    }

    private static Template? ParseFile(string path, System.Text.StringBuilder read, DiagnosticBag diagnostics)
    {
        var file = SourceFile.Read(path, diagnostics);
        if (file is null) return null;
        read.Append(file.DisplayPath).Append('\0').Append(file.Text).Append('\0');
        var template = Template.Parse(file.Text, file.DisplayPath);
        if (!template.HasErrors) return template;
        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            diagnostics.Report(DiagnosticCodes.TemplateSyntax, message.Message,
                file.At(message.Span.Start.Line + 1, message.Span.Start.Column + 1));
        return null;
    }
}
