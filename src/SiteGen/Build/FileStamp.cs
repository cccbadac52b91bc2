namespace SiteGen.Build;

/// <summary>
/// A file's size and last write time: what tells, without reading it, that a file is as it was
/// (a source, a theme file, an output file, a content file to copy). A missing file has size -1.
/// </summary>
public readonly record struct FileStamp(long Size, long Ticks)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : new FileStamp(-1, 0);
    }

    public override string ToString() => $"{Size}:{Ticks}";
}
