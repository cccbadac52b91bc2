namespace SiteGen.Tests;

/// <summary>Every file of a folder tree with its bytes, comparable with Assert.Equal.</summary>
public static class Snapshot
{
    public static SortedDictionary<string, string> Of(string directory) =>
        new(TestSite.FilesUnder(directory).ToDictionary(f => f, f => Convert.ToHexString(File.ReadAllBytes(Path.Combine(directory, f)))),
            StringComparer.Ordinal);
}
