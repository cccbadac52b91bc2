using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A text file read strictly as UTF-8, with the path diagnostics print for it.</summary>
public sealed record SourceFile(string FullPath, string DisplayPath, string Text)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public SourceLocation At(int line, int column) => new(DisplayPath, line, column);

    /// <summary>Reads a file; on failure returns null and says why in <paramref name="diagnostics"/>.</summary>
    public static SourceFile? Read(string fullPath, DiagnosticBag diagnostics)
    {
        var display = DisplayPathOf(fullPath);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, $"cannot read file: {e.Message}", new(display, 1, 1));
            return null;
        }
        return Decode(fullPath, display, bytes, diagnostics);
    }

    public static SourceFile? Decode(string fullPath, string display, byte[] bytes, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = PositionOfFirstInvalidByte(bytes, start);
            diagnostics.Report(DiagnosticCodes.NotUtf8, "file is not valid UTF-8; save it as UTF-8", new(display, line, column));
            return null;
        }
        // One line ending everywhere keeps output identical whatever the author's editor wrote.
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return new SourceFile(fullPath, display, text);
    }

    /// <summary>The path relative to the working directory when it is inside it, with forward slashes.</summary>
    public static string DisplayPathOf(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    private static (int Line, int Column) PositionOfFirstInvalidByte(byte[] bytes, int start)
    {
        var decoder = new UTF8Encoding(false, true);
        int line = 1, lineStart = start, index = start;
        while (index < bytes.Length)
        {
            var length = Utf8SequenceLength(bytes[index]);
            if (length == 0 || index + length > bytes.Length) break;
            try { decoder.GetCharCount(bytes, index, length); }
            catch (DecoderFallbackException) { break; }
            if (bytes[index] == (byte)'\n') { line++; lineStart = index + 1; }
            index += length;
        }
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, index - lineStart) + 1;
        return (line, column);
    }

    private static int Utf8SequenceLength(byte lead) => lead switch
    {
        < 0x80 => 1,
        >= 0xC2 and < 0xE0 => 2,
        >= 0xE0 and < 0xF0 => 3,
        >= 0xF0 and < 0xF5 => 4,
        _ => 0,
    };
}
