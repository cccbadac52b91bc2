namespace SiteGen.Diagnostics;

/// <summary>
/// The diagnostics one unit of work (a file, a page, a stage) produced. Not shared across
/// threads: each parallel unit gets its own bag, and bags are merged in a stable order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.IsError);
    public int ErrorCount => _items.Count(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Reports a problem; its severity is the code's, from <see cref="DiagnosticCodes.Catalog"/>.</summary>
    public void Report(string code, string message, SourceLocation? at) => _items.Add(Diagnostic.Of(code, message, at));
}
