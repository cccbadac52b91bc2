namespace SiteGen.Diagnostics;

/// <summary>How bad a diagnostic is: errors fail the build, warnings fail it only under --strict.</summary>
public enum Severity { Warning, Error }

/// <summary>A 1-based position in a source file, as compilers print it.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}({Line},{Column})";
}

/// <summary>One problem found in the input: created where it is found, printed in one place.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        return Location is { } at
            ? $"{at}: {kind} {Code}: {Message}"
            : $"sitegen: {kind} {Code}: {Message}";
    }

    /// <summary>A diagnostic with its code's default severity.</summary>
    public static Diagnostic Of(string code, string message, SourceLocation? at) =>
        new(DiagnosticCodes.Of(code).Severity, code, message, at);

    public Diagnostic AsError() => this with { Severity = Severity.Error };
}
