using System.Diagnostics;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The `sitegen` .NET tool as a user gets it: packed, installed with --tool-path from the local
/// package alone, and run in an empty folder. Slow (a Release build, a pack and an install), so it
/// is the one test of its kind, and it says so in its name and trait.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Slow_the_packed_tool_installs_with_tool_path_and_inits_and_builds_a_site_with_figures_in_an_empty_folder()
    {
        using var temp = new TestSite(siteYml: false);
        var packages = Path.Combine(temp.Root, "packages");
        var tools = Path.Combine(temp.Root, "tools");
        var site = Path.Combine(temp.Root, "my-site");
        Directory.CreateDirectory(site);
        var project = Path.Combine(TestSite.RepoRoot, "src", "SiteGen.Cli");

        // Its own artifacts folder, so the pack neither reads nor disturbs the tree's bin and obj.
        Run(temp.Root, "dotnet", "pack", project, "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(temp.Root, "artifacts"));
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.Equal($"SiteGen.{SiteGen.Cli.InitCommand.Version}.nupkg", Path.GetFileName(package));
        Run(temp.Root, "dotnet", "tool", "install", "SiteGen", "--tool-path", tools, "--add-source", packages, "--version", SiteGen.Cli.InitCommand.Version);
        var sitegen = Path.Combine(tools, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");

        var init = Run(site, sitegen, "init");
        var build = Run(site, sitegen, "build", "--strict");

        Assert.Contains("Created content/lessons/01-first-lesson.md", init);
        Assert.Matches(@"Built 2 pages and 1 figure \(1 drawn, 0 from the cache\) into output/ in \d+ ms", build);
        // The PNG is drawn by SkiaSharp's native library, which the package must carry.
        var png = File.ReadAllBytes(Path.Combine(site, "output", "lessons", "first-lesson", "tangent.png"));
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.Contains("href=\"lessons/first-lesson/index.html\"", File.ReadAllText(Path.Combine(site, "output", "index.html")));
    }

    /// <summary>Runs a program in a folder and returns what it printed; fails with all of it unless it exits 0.</summary>
    private static string Run(string folder, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Offline: the local package folder and the configured feeds only; no first-run banner or telemetry.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output}\n{error.Result}");
        return output;
    }
}
