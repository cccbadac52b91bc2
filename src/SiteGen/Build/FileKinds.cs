using System.Runtime.InteropServices;

namespace SiteGen.Build;

/// <summary>What a path names, once links are followed: the kinds a content folder may hold, and everything else.</summary>
public enum FileKind { Missing, RegularFile, Folder, Other }

/// <summary>
/// Tells a regular file from a FIFO, socket or device without opening it: opening a FIFO
/// blocks until something writes to it, and reading a device may never end. .NET reports
/// all of them as plain files, so on Linux the kind comes from statx(2), whose layout is the
/// same on every architecture.
/// </summary>
internal static partial class FileKinds
{
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path)) return FileKind.Folder;
        if (!File.Exists(path)) return FileKind.Missing;
        if (OperatingSystem.IsWindows())
            return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? FileKind.Other : FileKind.RegularFile;
        return UnixType(path) is not { } type || type == RegularType ? FileKind.RegularFile : FileKind.Other;
    }

    /// <summary>What a file of kind <see cref="FileKind.Other"/> is, for the warning that skips it.</summary>
    public static string Describe(string path) => UnixType(path) switch
    {
        0x1000 => "a FIFO (named pipe)",
        0xC000 => "a socket",
        0x2000 or 0x6000 => "a device",
        _ => "a special file",
    };

    private const int TypeMask = 0xF000, RegularType = 0x8000;
    private const int CurrentDirectory = -100;  // AT_FDCWD
    private const uint TypeOnly = 0x1;          // STATX_TYPE

    /// <summary>The S_IFMT bits of the file <paramref name="path"/> leads to, or null where statx is not available.</summary>
    private static int? UnixType(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return Statx(CurrentDirectory, path, 0, TypeOnly, out var status) == 0 ? status.Mode & TypeMask : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;  // a C library older than statx: no worse than before
        }
    }

    /// <summary>The start of struct statx, to its mode; the kernel fills all 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer status);
}
