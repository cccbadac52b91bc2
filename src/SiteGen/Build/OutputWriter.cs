using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// Writes a build's files beside the output folder, then swaps them in, so readers of
/// output/ see the old site or the new one, never half of each, and a failed build leaves
/// the previous output untouched.
/// </summary>
public static class OutputWriter
{
    /// <summary>Every output folder SiteGen writes has this file, so it never replaces a folder it did not make.</summary>
    public const string Marker = ".nojekyll";

    public static bool Write(string outputDirectory, IReadOnlyList<OutputFile> files, IReadOnlyList<(string Source, string OutputPath)> copies,
        DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        if (parent is null || name.Length == 0)
        {
            diagnostics.Report(DiagnosticCodes.OutputFailed, $"'{outputDirectory}' cannot be the output folder: it has no parent folder to build beside", null);
            return false;
        }
        var staging = Path.Combine(parent, $".{name}.sitegen-new");
        var retired = Path.Combine(parent, $".{name}.sitegen-old");
        try
        {
            if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() &&
                !File.Exists(Path.Combine(output, Marker)))
            {
                diagnostics.Report(DiagnosticCodes.OutputFailed,
                    $"refusing to replace '{outputDirectory}': it is not empty and was not written by sitegen (it has no {Marker})", null);
                return false;
            }
            Directory.CreateDirectory(parent);
            DeleteIfPresent(staging);
            Directory.CreateDirectory(staging);
            var previous = Directory.Exists(output) ? output : null;
            WriteAll(staging, previous, files, copies);
            Swap(output, staging, retired);
            return true;
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputFailed, $"cannot write '{outputDirectory}': {Unwrap(e).Message}", null);
            TryDelete(staging);
            return false;
        }
    }

    private static void WriteAll(string staging, string? previous, IReadOnlyList<OutputFile> files,
        IReadOnlyList<(string Source, string OutputPath)> copies)
    {
        var directories = files.Select(f => f.OutputPath).Concat(copies.Select(c => c.OutputPath))
            .Select(p => Path.GetDirectoryName(Path.Combine(staging, p))!)
            .Distinct(StringComparer.Ordinal);
        foreach (var directory in directories) Directory.CreateDirectory(directory);
        Parallel.ForEach(files, () => new MemoryStream(), (file, _, buffer) =>
        {
            var target = Path.Combine(staging, file.OutputPath);
            // A cached figure is linked from the cache: no bytes read, none written.
            if (file is LinkedFile linked && HardLinks.Supported && File.Exists(linked.SourcePath) && HardLinks.TryCreate(linked.SourcePath, target))
                return buffer;
            buffer.SetLength(0);
            file.WriteTo(buffer);
            if (previous is null || !CarryOver(Path.Combine(previous, file.OutputPath), target, buffer))
            {
                using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
                stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
            return buffer;
        }, _ => { });
        Parallel.ForEach(copies, copy => File.Copy(copy.Source, Path.Combine(staging, copy.OutputPath)));
    }

    /// <summary>
    /// Links an unchanged file of the previous output into the new one instead of writing it:
    /// a rebuild that changes little then writes little, and retiring the old output frees little.
    /// </summary>
    private static bool CarryOver(string previousFile, string target, MemoryStream content)
    {
        var info = new FileInfo(previousFile);
        if (!HardLinks.Supported || !info.Exists || info.Length != content.Length) return false;
        var old = System.Buffers.ArrayPool<byte>.Shared.Rent((int)content.Length);
        try
        {
            using (var stream = new FileStream(previousFile, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
                stream.ReadExactly(old, 0, (int)content.Length);
            return old.AsSpan(0, (int)content.Length).SequenceEqual(content.GetBuffer().AsSpan(0, (int)content.Length)) &&
                HardLinks.TryCreate(previousFile, target);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(old);
        }
    }

    // Parallel writes report their failures wrapped.
    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } a ? a.InnerExceptions[0] : e;

    private static void Swap(string output, string staging, string retired)
    {
        DeleteIfPresent(retired);
        if (Directory.Exists(output)) Directory.Move(output, retired);
        Directory.Move(staging, output);
        TryDelete(retired);
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }

    // A leftover folder from a build that lost power is harmless and removed by the next build.
    private static void TryDelete(string directory)
    {
        try { DeleteIfPresent(directory); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
