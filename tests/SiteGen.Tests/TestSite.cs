using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>
/// A site in a temporary folder: <c>content/</c> written from a dictionary of files, built
/// with the repository's default theme into <c>output/</c>, deleted on dispose.
/// Diagnostics are shown relative to the folder: "content/lessons/01-a.md(3,9): error SG1012: ...".
/// </summary>
public sealed partial class TestSite : IDisposable
{
    public const string DefaultSettings = "title: Test Site\n";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "output");
    public BuildResult? Result { get; private set; }

    /// <summary>A site with these files under content/, and a minimal site.yml unless one is given.</summary>
    public TestSite(IReadOnlyDictionary<string, string>? files = null, bool siteYml = true)
    {
        Directory.CreateDirectory(Content);
        if (siteYml && files?.ContainsKey("site.yml") != true) Write("site.yml", DefaultSettings);
        foreach (var (path, text) in files ?? new Dictionary<string, string>()) Write(path, text);
    }

    public TestSite Write(string contentPath, string text) => WriteBytes(contentPath, System.Text.Encoding.UTF8.GetBytes(text));

    public TestSite WriteBytes(string contentPath, byte[] bytes)
    {
        var path = Path.Combine(Content, contentPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public BuildResult Build(bool strict = false, bool drafts = false, string? baseUrl = null, string? theme = null, string? output = null)
    {
        Result = new SiteBuilder().Build(new BuildOptions(Content, output ?? Output, theme ?? DefaultTheme, baseUrl, strict, drafts));
        return Result;
    }

    /// <summary>Builds and asserts that the build succeeded without a single diagnostic.</summary>
    public BuildResult BuildClean(string? baseUrl = null)
    {
        var result = Build(baseUrl: baseUrl);
        Assert.Empty(Lines(result));
        Assert.True(result.Succeeded);
        return result;
    }

    /// <summary>Every diagnostic of the last build as printed, with paths relative to <see cref="Root"/>.</summary>
    public IReadOnlyList<string> Lines(BuildResult? result = null) =>
        (result ?? Result ?? throw new InvalidOperationException("not built yet")).Diagnostics.Select(Show).ToList();

    public string Show(Diagnostic diagnostic) => diagnostic.ToString().Replace(Root.Replace('\\', '/') + "/", "");

    /// <summary>The one diagnostic with <paramref name="code"/> in the last build, as printed.</summary>
    public string Diagnostic(string code)
    {
        var matches = Lines().Where(l => l.Contains($" {code}: ", StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{string.Join('\n', Lines())}");
        return matches[0];
    }

    public string Page(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    /// <summary>The rendered Markdown of a page: the inside of its <c>prose</c> element.</summary>
    public string Body(string outputPath) => ExtractBody(Page(outputPath));

    /// <summary>Every file under a folder, relative, with '/', in ordinal order.</summary>
    public static IReadOnlyList<string> FilesUnder(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> OutputFiles() => FilesUnder(Output);

    /// <summary>A copy of the default theme under the site's folder, to break on purpose.</summary>
    public string CopyTheme(string name = "theme")
    {
        var target = Path.Combine(Root, name);
        foreach (var file in FilesUnder(DefaultTheme))
        {
            var to = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(DefaultTheme, file), to);
        }
        return target;
    }

    /// <summary>
    /// Renders, in memory, a lesson <c>content/lessons/01-page.md</c> with this Markdown, and returns
    /// its rendered body (null when it failed) and diagnostics. The Markdown needs no title, so that
    /// its first line is line 1: the "no title" warning is left out.
    /// </summary>
    public static (string? Body, IReadOnlyList<string> Diagnostics) Lesson(string markdown)
    {
        var (body, diagnostics, _) = LessonWithFiles(markdown);
        return (body, diagnostics);
    }

    /// <summary>As <see cref="Lesson"/>, with the files its figures' images link to, by name.</summary>
    public static (string? Body, IReadOnlyList<string> Diagnostics, IReadOnlyDictionary<string, byte[]> Files) LessonWithFiles(string markdown)
    {
        var lesson = LessonPage.Render(markdown, "content/lessons/01-page.md", FigureFont.Value);
        return (lesson.Succeeded ? lesson.Html.Trim('\n', ' ') : null,
            lesson.Diagnostics.Select(d => d.ToString()).Where(l => !l.Contains(" SG1104: ", StringComparison.Ordinal)).ToList(),
            lesson.Files);
    }

    private static readonly Lazy<byte[]> FigureFont = new(() => File.ReadAllBytes(Path.Combine(DefaultTheme, "fonts", "figure-sans.ttf")));

    [GeneratedRegex("""<div class="[^"]*\bprose\b[^"]*">""")]
    private static partial Regex ProseStart();

    [GeneratedRegex("</?div\\b")]
    private static partial Regex DivTag();

    public static string ExtractBody(string html)
    {
        var start = ProseStart().Match(html);
        Assert.True(start.Success, "the page has no prose element");
        var depth = 1;
        for (var tag = DivTag().Match(html, start.Index + start.Length); tag.Success; tag = tag.NextMatch())
        {
            depth += tag.Value == "<div" ? 1 : -1;
            if (depth == 0) return html[(start.Index + start.Length)..tag.Index].Trim('\n', ' ');
        }
        throw new InvalidOperationException("the prose element is not closed");
    }

    /// <summary>The decoded text of the document's &lt;title&gt;.</summary>
    public static string Title(string html)
    {
        var start = html.IndexOf("<title>", StringComparison.Ordinal) + "<title>".Length;
        return System.Net.WebUtility.HtmlDecode(html[start..html.IndexOf("</title>", start, StringComparison.Ordinal)]);
    }

    [GeneratedRegex(""""\s(?:href|src)="(?<url>[^"]*)"""")]
    private static partial Regex UrlAttribute();

    /// <summary>Every href and src value in an HTML document.</summary>
    public static IReadOnlyList<string> Urls(string html) =>
        UrlAttribute().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();

    /// <summary>
    /// Where an href in the output file <paramref name="from"/> leads, as a path from the site
    /// root with its fragment ("lessons/b/index.html#part"); null when it leaves the site.
    /// </summary>
    public static string? Resolve(string from, string href)
    {
        var site = new Uri("http://site.test/root/");
        var target = new Uri(new Uri(site, from), href);
        if (target.Host != site.Host || !target.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal)) return null;
        return Uri.UnescapeDataString(target.AbsolutePath[site.AbsolutePath.Length..]) + target.Fragment;
    }

    public void Dispose()
    {
        try { if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public static string RepoRoot { get; } = FindRepoRoot();
    public static string DefaultTheme => Path.Combine(RepoRoot, "themes", "default");

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "SiteGen.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no SiteGen.sln above {AppContext.BaseDirectory}");
    }
}
