using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>Parses YAML text that sits at a known place in a source file, so marks map back to it.</summary>
public static class YamlText
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file
    /// and whose lines all start at column <paramref name="firstColumn"/> (blocks indented in a list).
    /// Returns the root mapping (empty for empty text), or null after reporting the error.
    /// </summary>
    public static YamlMappingNode? ParseMapping(string yaml, SourceFile file, int firstLine, int firstColumn,
        DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e) when (!e.Message.Contains("flow", StringComparison.Ordinal) || FlowBrackets.Unclosed(yaml) is null)
        {
            var message = e.InnerException?.Message ?? e.Message;
            diagnostics.Report(DiagnosticCodes.YamlSyntax, $"invalid YAML: {Clean(message)}",
                Locate(file, e.Start, firstLine, firstColumn));
            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed text by an InvalidOperationException or ArgumentException,
            // with no position: name the unclosed bracket when there is one, else where the scanner stopped.
            var unclosed = FlowBrackets.Unclosed(yaml);
            var (line, column) = unclosed ?? ((int)scanner.CurrentPosition.Line, (int)scanner.CurrentPosition.Column);
            diagnostics.Report(DiagnosticCodes.YamlSyntax, unclosed is not null
                    ? "invalid YAML: this '[' or '{' is never closed; close it on the same line, or write the list one '- item' per line"
                    : "invalid YAML: this line is neither 'key: value' nor a '- item' of a list; check its indentation and colons",
                file.At(firstLine + Math.Max(1, line) - 1, firstColumn + Math.Max(1, column) - 1));
            return null;
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping) return mapping;
        if (root is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        diagnostics.Report(DiagnosticCodes.WrongType, "expected a list of 'key: value' settings",
            Locate(file, root.Start, firstLine, firstColumn));
        return null;
    }

    public static SourceLocation Locate(SourceFile file, Mark mark, int firstLine, int firstColumn)
    {
        var line = (int)Math.Max(1, mark.Line);
        var column = (int)Math.Max(1, mark.Column);
        return file.At(firstLine + line - 1, firstColumn + column - 1);
    }

    // YamlDotNet prefixes messages with its own coordinates; ours are printed in front already.
    private static string Clean(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
