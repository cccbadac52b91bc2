using SiteGen.Build.Incremental;
using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// Writes a build's files beside the output folder, then swaps them in, so readers of
/// output/ see the old site or the new one, never half of each, and a failed build leaves
/// the previous output untouched. When the folder is exactly as the last build left it, only
/// the files whose identity changed are replaced, each by a rename.
/// </summary>
public static class OutputWriter
{
    /// <summary>Every output folder SiteGen writes has this file, so it never replaces a folder it did not make.</summary>
    public const string Marker = ".nojekyll";

    /// <summary>What a write left: the manifest of the output folder, and how many files it wrote there.</summary>
    public sealed record Written(OutputManifest Manifest, int Files);

    /// <summary>Whether <paramref name="outputDirectory"/> holds exactly the files the manifest lists, as they were written.</summary>
    public static bool Matches(OutputManifest? manifest, string outputDirectory)
    {
        var output = FullPath(outputDirectory);
        if (manifest is null || manifest.Directory != output || !File.Exists(Path.Combine(output, Marker))) return false;
        // Thousands of stats: spread over the cores, stopping at the first file that differs.
        var intact = true;
        Parallel.ForEach(manifest.Files, (entry, loop) =>
        {
            if (FileStamp.Of(Path.Combine(output, entry.Key)) == entry.Value.Stamp) return;
            intact = false;
            loop.Stop();
        });
        return intact;
    }

    /// <summary>
    /// Writes the files into an output folder that <see cref="Matches"/> the manifest: new and changed
    /// files are written aside and renamed into place, files no longer built are deleted. Null after
    /// reporting a failure, which leaves the manifest stale, so the next build writes in full.
    /// </summary>
    public static Written? Update(string outputDirectory, OutputManifest previous, IReadOnlyList<OutputFile> files,
        DiagnosticBag diagnostics)
    {
        var output = FullPath(outputDirectory);
        var changed = files.Where(f => !previous.Files.TryGetValue(f.OutputPath, out var state) || state.Identity != f.Identity).ToList();
        var kept = files.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        try
        {
            foreach (var directory in changed.Select(f => Path.GetDirectoryName(Path.Combine(output, f.OutputPath))!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(directory);
            Parallel.ForEach(changed, file => Replace(Path.Combine(output, file.OutputPath), file));
            foreach (var gone in previous.Files.Keys.Where(p => !kept.Contains(p)))
            {
                File.Delete(Path.Combine(output, gone));
                RemoveEmptyFolders(output, Path.GetDirectoryName(Path.Combine(output, gone))!);
            }
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputFailed, $"cannot write '{outputDirectory}': {Unwrap(e).Message}", null);
            return null;
        }
        var rewritten = changed.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        var manifest = new OutputManifest { Directory = output };
        foreach (var file in files)
            manifest.Files[file.OutputPath] = rewritten.Contains(file.OutputPath)
                ? StateOf(Path.Combine(output, file.OutputPath), file.Identity)
                : previous.Files[file.OutputPath];
        return new Written(manifest, changed.Count);
    }

    /// <summary>Writes the whole site beside the output folder and swaps it in; null after reporting a failure.</summary>
    public static Written? Write(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        if (parent is null || name.Length == 0)
        {
            diagnostics.Report(DiagnosticCodes.OutputFailed, $"'{outputDirectory}' cannot be the output folder: it has no parent folder to build beside", null);
            return null;
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
                return null;
            }
            Directory.CreateDirectory(parent);
            DeleteIfPresent(staging);
            Directory.CreateDirectory(staging);
            var previous = Directory.Exists(output) ? output : null;
            WriteAll(staging, previous, files);
            Swap(output, staging, retired);
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputFailed, $"cannot write '{outputDirectory}': {Unwrap(e).Message}", null);
            TryDelete(staging);
            return null;
        }
        var manifest = new OutputManifest { Directory = FullPath(outputDirectory) };
        foreach (var file in files) manifest.Files[file.OutputPath] = StateOf(Path.Combine(output, file.OutputPath), file.Identity);
        return new Written(manifest, files.Count);
    }

    private static string FullPath(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    private static OutputFileState StateOf(string path, string identity)
    {
        var stamp = FileStamp.Of(path);
        return new OutputFileState { Identity = identity, Size = stamp.Size, Ticks = stamp.Ticks };
    }

    /// <summary>Puts one file in place by a rename, so no reader sees half of it; a cached figure is linked, not copied.</summary>
    private static void Replace(string target, OutputFile file)
    {
        var temporary = $"{target}.{Environment.ProcessId}.sitegen-tmp";
        if (File.Exists(temporary)) File.Delete(temporary);
        if (!(file is LinkedFile linked && HardLinks.Supported && File.Exists(linked.SourcePath) && HardLinks.TryCreate(linked.SourcePath, temporary)))
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                file.WriteTo(stream);
        File.Move(temporary, target, overwrite: true);
    }

    private static void RemoveEmptyFolders(string output, string directory)
    {
        while (directory.Length > output.Length && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }

    private static void WriteAll(string staging, string? previous, IReadOnlyList<OutputFile> files)
    {
        var directories = files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.OutputPath))!).Distinct(StringComparer.Ordinal);
        foreach (var directory in directories) Directory.CreateDirectory(directory);
        Parallel.ForEach(files, () => new MemoryStream(), (file, _, buffer) =>
        {
            var target = Path.Combine(staging, file.OutputPath);
            if (file is CopiedFile copied)
            {
                File.Copy(copied.SourcePath, target);
                return buffer;
            }
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
