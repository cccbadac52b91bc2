using System.Runtime.InteropServices;

namespace SiteGen.Build;

/// <summary>
/// Hard links, so a rebuild can carry an unchanged file over from the previous output
/// without writing (and later freeing) its bytes again.
/// </summary>
internal static partial class HardLinks
{
    public static bool Supported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();

    /// <summary>Links <paramref name="newPath"/> to the file at <paramref name="existingPath"/>; false when the system refuses.</summary>
    public static bool TryCreate(string existingPath, string newPath) => Supported && Link(existingPath, newPath) == 0;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existingPath, string newPath);
}
