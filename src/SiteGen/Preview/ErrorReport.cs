using System.Text;
using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Preview;

/// <summary>
/// The errors of a failed rebuild as the error overlay shows them, written as the JSON of one
/// server-sent event: each error's file, line, column, code and message, and the source line
/// it points into with the caret line beneath it. Written by hand, not by reflection, so that
/// the native build needs no serializer metadata.
/// </summary>
public static class ErrorReport
{
    /// <summary>The most errors one report lists; a build that fails everywhere says how many more there are.</summary>
    public const int MaxShown = 50;

    /// <param name="readSource">The text of a file as diagnostics name it, or null when it cannot be read.</param>
    public static string Json(IReadOnlyList<Diagnostic> diagnostics, Func<string, string?> readSource)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var sources = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("errorCount", errors.Count);
            json.WriteNumber("warningCount", diagnostics.Count - errors.Count);
            json.WriteStartArray("errors");
            foreach (var error in errors.Take(MaxShown))
            {
                json.WriteStartObject();
                json.WriteString("code", error.Code);
                json.WriteString("message", error.Message);
                json.WriteString("text", error.ToString());
                if (error.Location is { } at)
                {
                    json.WriteString("file", at.Path);
                    json.WriteNumber("line", at.Line);
                    json.WriteNumber("column", at.Column);
                    if (!sources.TryGetValue(at.Path, out var lines))
                        sources[at.Path] = lines = readSource(at.Path)?.Replace("\r\n", "\n").Split('\n');
                    if (lines is not null && at.Line >= 1 && at.Line <= lines.Length)
                    {
                        var line = lines[at.Line - 1];
                        json.WriteString("source", line);
                        json.WriteString("caret", Caret(line, at.Column));
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A caret under the 1-based column, indented with the line's own tabs so that it lines up however tabs are shown.</summary>
    public static string Caret(string line, int column)
    {
        var before = Math.Clamp(column - 1, 0, line.Length);
        var indent = new StringBuilder(before + 1);
        foreach (var c in line.AsSpan(0, before)) indent.Append(c == '\t' ? '\t' : ' ');
        return indent.Append('^').ToString();
    }

    /// <summary>Reads a file named as diagnostics name it (relative to the working folder, or absolute).</summary>
    public static string? ReadSource(string path)
    {
        try { return File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { return null; }
    }
}
