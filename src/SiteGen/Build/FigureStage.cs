using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;
using SiteGen.Figures.Charts;
using SiteGen.Figures.Drawing;

namespace SiteGen.Build;

/// <summary>
/// The figure stage, between compute and render: draws every figure the pages asked for, in
/// parallel across the whole site, taking unchanged ones from the cache, and lists the files to
/// write beside each page: per figure, <see cref="FilesPerFigure"/> of them.
/// </summary>
public sealed class FigureStage(FigureFont font, byte[] fontBytes, FigureCache cache)
{
    private readonly string _fontHash = Convert.ToHexStringLower(SHA256.HashData(fontBytes))[..16];

    public FigureStyle Style { get; } = new(font);
    public FigureFont Font => font;
    /// <summary>Told of each figure drawn or loaded, for a progress line.</summary>
    public BuildProgress? Progress { get; init; }
    public int Drawn => _drawn;
    public int Cached => _cached;
    private int _drawn, _cached;

    /// <summary>What the stage made: the drawings pages are rendered with, and the SVG and PNG files to write.</summary>
    public sealed record Output(FigureDrawings Drawings, IReadOnlyList<OutputFile> Files);

    /// <summary>The wide SVG, the compact SVG and the PNG, in that order in <see cref="Output.Files"/>.</summary>
    public const int FilesPerFigure = 3;

    /// <summary>Draws (or loads) every request; null after reporting a figure that cannot be drawn.</summary>
    public Output? Run(IReadOnlyList<(SitePage Page, FigureRequest Request)> requests, DiagnosticBag diagnostics)
    {
        var files = new OutputFile[requests.Count * FilesPerFigure];
        var drawings = new System.Collections.Concurrent.ConcurrentDictionary<string, DrawnFigure>(StringComparer.Ordinal);
        var failures = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        Parallel.For(0, requests.Count, i =>
        {
            var (page, request) = requests[i];
            var key = CacheKey(request.Key);
            var drawn = cache.Load(key);
            if (drawn is null)
            {
                try
                {
                    drawn = Draw(request);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException)
                {
                    // Numbers no figure can show (a pole, an overflow) that the options could not rule out.
                    failures.Add(Diagnostic.Of(DiagnosticCodes.FigureNotDrawable,
                        $"this figure cannot be drawn: {e.Message}", request.At));
                    return;
                }
                cache.Save(key, drawn);
                Interlocked.Increment(ref _drawn);
            }
            else Interlocked.Increment(ref _cached);
            Progress?.FigureDone();
            drawings[request.Key] = drawn;
            OutputFile File(string name, Func<string, string> cached, byte[]? bytes) =>
                cache.Enabled ? new LinkedFile(page.Url + name, cached(key), bytes) : new RenderedFile(page.Url + name, bytes!);
            files[FilesPerFigure * i] = File(request.SvgFile, cache.SvgPath, drawn.SvgFile);
            files[FilesPerFigure * i + 1] = File(request.CompactSvgFile, cache.CompactSvgPath, drawn.CompactSvgFile);
            files[FilesPerFigure * i + 2] = File(request.PngFile, cache.PngPath, drawn.PngFile);
        });
        diagnostics.AddRange(failures);
        return failures.IsEmpty ? new Output(new FigureDrawings(drawings), files) : null;
    }

    /// <summary>The key under which a drawing is cached: the request's own and the font's.</summary>
    public string CacheKey(string requestKey) => requestKey + "-" + _fontHash;

    private DrawnFigure Draw(FigureRequest request)
    {
        var wide = request.Draw(request.Size, Style);
        var compact = request.Draw(request.CompactSize, Style);
        byte[] Svg(Scene scene) => System.Text.Encoding.UTF8.GetBytes(SvgWriter.Write(scene, new SvgOptions(request.IdPrefix) { Font = font }));
        return new DrawnFigure(Svg(wide), Svg(compact), PngWriter.Write(wide, font, 2),
            new FigureSize(wide.Width, wide.Height), new FigureSize(compact.Width, compact.Height));
    }
}
