namespace SiteGen.Diagnostics;

/// <summary>The order diagnostics are printed in: by file, line, column and code, each said once.</summary>
public static class DiagnosticOrder
{
    /// <summary>Under <paramref name="strict"/> every warning is an error.</summary>
    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics, bool strict) =>
        diagnostics
            .Select(d => strict ? d.AsError() : d)
            .Distinct()  // a broken layout fails every page the same way: say it once
            .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
