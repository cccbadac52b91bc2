using System.Text;
using SiteGen.Content;

namespace SiteGen.Build;

/// <summary>A file the build will write, relative to the output folder.</summary>
public abstract record OutputFile(string OutputPath)
{
    public abstract void WriteTo(Stream stream);

    /// <summary>
    /// What determines the file's bytes, as a short string: equal identities mean equal bytes, so an
    /// output folder that already holds a file of this identity at this path need not be written.
    /// </summary>
    public abstract string Identity { get; }
}

/// <summary>A file whose bytes are known: an asset, the sitemap.</summary>
public sealed record RenderedFile(string OutputPath, byte[] Content) : OutputFile(OutputPath)
{
    public override void WriteTo(Stream stream) => stream.Write(Content);

    public override string Identity => field ??= "sha256:" + ContentHash.Of(Content);
}

/// <summary>A file of the previous build that this build would write byte for byte the same; the output folder has it already.</summary>
public sealed record UnchangedFile(string OutputPath, string Identity) : OutputFile(OutputPath)
{
    public override string Identity { get; } = Identity;

    public override void WriteTo(Stream stream) =>
        throw new InvalidOperationException($"'{OutputPath}' was planned as unchanged but the output folder lacks it");
}

/// <summary>A content file published as it is, such as an image; known by its size and time, so it is not read to be compared.</summary>
public sealed record CopiedFile(string OutputPath, string SourcePath) : OutputFile(OutputPath)
{
    public override void WriteTo(Stream stream)
    {
        using var source = File.OpenRead(SourcePath);
        source.CopyTo(stream);
    }

    public override string Identity => field ??= "copy:" + FileStamp.Of(SourcePath);
}

/// <summary>
/// A file that already exists on disk, such as a cached figure: the writer hard-links it into
/// the output when it can, and otherwise writes <see cref="Content"/> or copies the file.
/// </summary>
public sealed record LinkedFile(string OutputPath, string SourcePath, byte[]? Content) : OutputFile(OutputPath)
{
    // Cache entries are named by the hash of what determines them, and never rewritten.
    public override string Identity => "cache:" + Path.GetFileName(SourcePath);

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
    /// <summary>The page's key (everything its HTML depends on), when the build knows it; else the hash of its bytes.</summary>
    public string? Key { get; init; }

    /// <summary>The page's sections as search reads them from its rendered body; none for a page without a body (404).</summary>
    public IReadOnlyList<Search.SearchSection> Sections { get; init; } = [];

    public override string Identity => field ??= Key is { } key ? "page:" + key : HashOfBytes();

    private string HashOfBytes()
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer);
        return "sha256:" + ContentHash.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

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
