namespace SiteGen.Diagnostics;

/// <summary>What a diagnostic code means: its default severity and the line the guide prints for it.</summary>
public sealed record DiagnosticKind(string Code, Severity Severity, string Title);
