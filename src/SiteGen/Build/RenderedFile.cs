namespace SiteGen.Build;

/// <summary>A file the build will write, relative to the output folder.</summary>
public sealed record RenderedFile(string OutputPath, byte[] Content);
