using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Directives.Figures;

/// <summary>
/// A figure the compute stage asked for: everything needed to draw it, and the key under which
/// a drawing is cached. Drawing happens later, in the figure stage, in parallel across all the
/// figures of the site, and only on a cache miss.
/// </summary>
public sealed class FigureRequest
{
    /// <summary>Hash of everything that determines the drawing; equal keys draw equal bytes.</summary>
    public required string Key { get; init; }
    /// <summary>The file name (without extension) of the figure's SVG and PNG, beside its page.</summary>
    public required string FileStem { get; init; }
    /// <summary>The wide drawing's SVG file, beside its page: what the page shows and offers for download.</summary>
    public string SvgFile => FileStem + ".svg";
    /// <summary>The compact drawing's SVG file, beside its page: a dot never appears in an id, so no other figure's stem can clash with it.</summary>
    public string CompactSvgFile => FileStem + ".compact.svg";
    /// <summary>The 2x PNG file, beside its page.</summary>
    public string PngFile => FileStem + ".png";
    /// <summary>Prefix for ids inside the SVG files.</summary>
    public required string IdPrefix { get; init; }
    public required FigureSize Size { get; init; }
    /// <summary>Where the directive is written, for a figure that cannot be drawn.</summary>
    public required SiteGen.Diagnostics.SourceLocation At { get; init; }
    public required FigureText Text { get; init; }
    /// <summary>Draws the figure at a size; pure, so it may run on any thread, any number of times.</summary>
    public required Func<FigureSize, FigureStyle, Scene> Draw { get; init; }

    /// <summary>The narrow layout read on phones: text stays legible instead of shrinking with the figure.</summary>
    public FigureSize CompactSize => new(360, Math.Round(Math.Clamp(Size.Height / Size.Width * 360 * 1.2, 220, 420)));
}

/// <summary>
/// A drawn figure's files: the SVG of the wide drawing (which the page shows and offers for
/// download), the SVG of the compact drawing phones are shown, and the 2x PNG; and the size
/// each drawing came out at, which the page's image reserves before it loads. A chart may come
/// out shorter than it was asked to be (a contour map keeps its axes' scales equal). The bytes
/// are null when the figure came from the cache, which keeps them on disk.
/// </summary>
public sealed record DrawnFigure(byte[]? SvgFile, byte[]? CompactSvgFile, byte[]? PngFile, FigureSize WideSize, FigureSize CompactSize)
{
    /// <summary>A drawing the cache holds, known by its sizes alone.</summary>
    public static DrawnFigure Cached(FigureSize wide, FigureSize compact) => new(null, null, null, wide, compact);
}

/// <summary>The figures one page asked for while it was computed, in document order.</summary>
public sealed class PageFigures
{
    private readonly List<FigureRequest> _requests = [];

    public IReadOnlyList<FigureRequest> Requests => _requests;

    public void Add(FigureRequest request) => _requests.Add(request);
}

/// <summary>The figure stage's output, which pages are rendered with: every request's drawing, by its cache key.</summary>
public sealed class FigureDrawings(IReadOnlyDictionary<string, DrawnFigure> byKey)
{
    public static readonly FigureDrawings None = new(new Dictionary<string, DrawnFigure>());

    /// <summary>The drawing of a request; the stages draw every request before any page is rendered.</summary>
    public DrawnFigure Of(FigureRequest request) =>
        byKey.TryGetValue(request.Key, out var drawn) ? drawn : throw new InvalidOperationException($"figure {request.FileStem} was not drawn");
}
