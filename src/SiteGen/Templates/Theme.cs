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

    /// <summary>Where the theme came from: a folder, or the theme built into sitegen.</summary>
    public required ThemeSource Source { get; init; }

    /// <summary>The theme as diagnostics name it: its folder, or "built-in theme 'default'".</summary>
    public string Directory => Source.Location;
    public required IReadOnlyDictionary<string, Template> Layouts { get; init; }
    public required IReadOnlyDictionary<string, Template> Partials { get; init; }
    public required IReadOnlyList<ThemeAsset> Assets { get; init; }

    /// <summary>The theme's figure font (fonts/figure-sans.ttf), which the build draws with; null when the theme has none.</summary>
    public byte[]? FigureFont { get; init; }

    /// <summary>
    /// A hash of every file of the theme the build reads, by its path in the theme: a change to any
    /// of them re-renders every page, and the same files give the same hash from a folder or built in.
    /// </summary>
    public required string Fingerprint { get; init; }

    /// <summary>The theme's figure font, in its fonts folder: read by the build, not published (pages get the WOFF2 in assets).</summary>
    public const string FigureFontFile = "figure-sans.ttf";

    public static Theme? Load(string directory, DiagnosticBag diagnostics) => Load(new FolderThemeSource(directory), diagnostics);

    public static Theme? Load(ThemeSource source, DiagnosticBag diagnostics)
    {
        if (!source.Exists)
        {
            diagnostics.Report(DiagnosticCodes.ThemeNotFound, $"theme folder '{SourceFile.DisplayPathOf(source.Location)}' does not exist", null);
            return null;
        }
        IReadOnlyList<string> files;
        try
        {
            files = source.Files();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, $"cannot read the theme: {e.Message}", null);
            return null;
        }
        var present = files.ToHashSet(StringComparer.Ordinal);
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var read = new System.Text.StringBuilder();
        foreach (var name in RequiredLayouts)
        {
            var path = "layouts/" + name + ".html";
            if (!present.Contains(path))
            {
                diagnostics.Report(DiagnosticCodes.LayoutMissing, $"the theme has no layout '{name}.html'",
                    new SourceLocation(source.DisplayPathOf(path), 1, 1));
                continue;
            }
            if (ParseFile(source, path, read, diagnostics) is { } template) layouts[name] = template;
        }
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in files.Where(IsPartial))
            if (ParseFile(source, path, read, diagnostics) is { } template)
                partials["partials/" + path["layouts/partials/".Length..]] = template;

        IReadOnlyList<ThemeAsset> assets;
        byte[]? font;
        try
        {
            assets = ThemeAssets.Load(source, files);
            font = present.Contains("fonts/" + FigureFontFile) ? source.Read("fonts/" + FigureFontFile) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, $"cannot read the theme's assets: {e.Message}", null);
            return null;
        }
        if (layouts.Count < RequiredLayouts.Length || diagnostics.HasErrors) return null;
        foreach (var asset in assets) read.Append(asset.OutputPath).Append('\n');

        return new Theme
        {
            Source = source, Layouts = layouts, Partials = partials, Assets = assets, FigureFont = font,
            Fingerprint = ContentHash.Of(read.ToString()) + (font is null ? "" : ContentHash.Of(font)),
        };
    }

    /// <summary>layouts/partials/NAME.html, not in a subfolder: what `include "partials/NAME.html"` finds.</summary>
    private static bool IsPartial(string path) =>
        path.StartsWith("layouts/partials/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal)
        && path.IndexOf('/', "layouts/partials/".Length) < 0;

    private static Template? ParseFile(ThemeSource source, string path, System.Text.StringBuilder read, DiagnosticBag diagnostics)
    {
        var display = source.DisplayPathOf(path);
        byte[] bytes;
        try
        {
            bytes = source.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, $"cannot read file: {e.Message}", new(display, 1, 1));
            return null;
        }
        var file = SourceFile.Decode(display, display, bytes, diagnostics);
        if (file is null) return null;
        read.Append(path).Append('\0').Append(file.Text).Append('\0');
        var template = Template.Parse(file.Text, file.DisplayPath);
        if (!template.HasErrors) return template;
        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            diagnostics.Report(DiagnosticCodes.TemplateSyntax, message.Message,
                file.At(message.Span.Start.Line + 1, message.Span.Start.Column + 1));
        return null;
    }
}
