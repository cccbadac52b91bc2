using SiteGen.Compute;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markdown;
using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// Rewrites links between source files into links between pages: authors write
/// `[next](02-activations.md#softplus)` and readers get `../activations/index.html#softplus`.
/// Links to missing pages, files or anchors are reported where they are written.
/// </summary>
public static partial class LinkResolver
{
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <summary>Adds the page's links between source files, as site addresses, to its results; links left as written get none.</summary>
    public static void Resolve(SitePage page, ParsedPage parsed, SiteModel site, NodeResults.Builder resolved, DiagnosticBag diagnostics)
    {
        foreach (var link in parsed.Document.Descendants<LinkInline>())
        {
            if (Split(link) is not var (url, path, anchor)) continue;
            var at = parsed.Map.At(link);

            if (path.Length == 0)
            {
                // "#" alone is the top of the page.
                if (anchor is { Length: > 0 }) CheckAnchor(page, anchor, at, diagnostics);
                continue;
            }
            var target = Normalize(page.ContentPath, path);
            if (target is null)
            {
                diagnostics.Report(DiagnosticCodes.MissingPage, $"link '{url}' points outside the content folder", at);
                continue;
            }
            if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                if (!site.ByContentPath.TryGetValue(target, out var targetPage))
                {
                    diagnostics.Report(DiagnosticCodes.MissingPage,
                        $"link to '{path}': there is no page '{target}'" +
                        Suggestions.DidYouMean(target, site.ByContentPath.Keys), at);
                    continue;
                }
                if (anchor is { Length: > 0 }) CheckAnchor(targetPage, anchor, at, diagnostics);
                resolved.Add(link, new ResolvedLink(SiteUrls.Href(page.Url, targetPage.Url) + (anchor is null ? "" : "#" + anchor)));
                continue;
            }
            if (!site.StaticFiles.Contains(target))
            {
                diagnostics.Report(DiagnosticCodes.MissingPage, $"link to '{path}': there is no file '{target}' in the content folder", at);
                continue;
            }
            resolved.Add(link, new ResolvedLink(SiteUrls.FileHref(page.Url, Uri.EscapeDataString(target).Replace("%2F", "/")) + (anchor is null ? "" : "#" + anchor)));
        }
    }

    /// <summary>The Markdown page a link points at, as a content path, if it points at one; what a page's output depends on.</summary>
    public static string? TargetOf(string fromContentPath, LinkInline link) =>
        Split(link) is var (_, path, _) && path.Length > 0 && Normalize(fromContentPath, path) is { } target
            && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? target : null;

    /// <summary>A relative link's address, path and anchor; null for links the resolver leaves as written.</summary>
    private static (string Url, string Path, string? Anchor)? Split(LinkInline link)
    {
        if (link.IsAutoLink || link.Url is not { Length: > 0 } url) return null;
        if (Scheme().IsMatch(url) || url.StartsWith('/')) return null;
        var hash = url.IndexOf('#');
        var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        var question = path.IndexOf('?');
        if (question >= 0) path = path[..question];
        return (url, path, anchor);
    }

    private static void CheckAnchor(SitePage target, string anchor, Diagnostics.SourceLocation at, DiagnosticBag diagnostics)
    {
        if (target.Outline.AnchorSet.Contains(anchor)) return;
        diagnostics.Report(DiagnosticCodes.MissingAnchor,
            $"'{target.ContentPath}' has no heading or anchor '#{anchor}'" + Suggestions.DidYouMean(anchor, target.Outline.Anchors), at);
    }

    /// <summary>Resolves a relative path against the linking file; null when it leaves the content folder.</summary>
    private static string? Normalize(string fromContentPath, string relative)
    {
        var parts = new List<string>(fromContentPath.Split('/')[..^1]);
        foreach (var part in relative.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
