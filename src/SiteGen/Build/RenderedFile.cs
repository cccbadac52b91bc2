using System.Text;

namespace SiteGen.Build;

/// <summary>A file the build will write, relative to the output folder.</summary>
public abstract record OutputFile(string OutputPath)
{
    public abstract void WriteTo(Stream stream);
}

/// <summary>A file whose bytes are known: an asset, the sitemap.</summary>
public sealed record RenderedFile(string OutputPath, byte[] Content) : OutputFile(OutputPath)
{
    public override void WriteTo(Stream stream) => stream.Write(Content);
}

/// <summary>
/// A file that already exists on disk, such as a cached figure: the writer hard-links it into
/// the output when it can, and otherwise writes <see cref="Content"/> or copies the file.
/// </summary>
public sealed record LinkedFile(string OutputPath, string SourcePath, byte[]? Content) : OutputFile(OutputPath)
{
    public override void WriteTo(Stream stream)
    {
        if (Content is not null) stream.Write(Content);
        else
        {
            using var source = File.OpenRead(SourcePath);
            source.CopyTo(stream);
        }
    }
}

/// <summary>
/// A rendered page: its HTML, with the site navigation spliced in where the layout wrote
/// <see cref="NavigationHtml.Placeholder"/>.
/// </summary>
public sealed record PageFile(string OutputPath, string Html, IReadOnlyList<NavigationHtml.Piece> Navigation, SitePage? Current)
    : OutputFile(OutputPath)
{
    public override void WriteTo(Stream stream)
    {
        var rest = Html.AsSpan();
        while (true)
        {
            var at = rest.IndexOf(NavigationHtml.Placeholder, StringComparison.Ordinal);
            Write(stream, at < 0 ? rest : rest[..at]);
            if (at < 0) return;
            NavigationHtml.Write(stream, Navigation, Current);
            rest = rest[(at + NavigationHtml.Placeholder.Length)..];
        }
    }

    private static void Write(Stream stream, ReadOnlySpan<char> text)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, buffer);
        stream.Write(buffer, 0, length);
        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }
}
