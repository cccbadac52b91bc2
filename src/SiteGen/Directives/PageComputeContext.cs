using SiteGen.Diagnostics;
using SiteGen.Directives.Figures;
using SiteGen.Directives.Training;

namespace SiteGen.Directives;

/// <summary>
/// What directives share while one page is computed: its diagnostics, its figure numbers and
/// per-page state (such as the names a lesson has defined). A new context per page, so nothing
/// leaks between lessons, and pages can be computed in parallel.
/// </summary>
public sealed class PageComputeContext(string pagePath, DiagnosticBag diagnostics, FigureNumbers figures, ITrainingService? training = null)
{
    private readonly Dictionary<Type, object> _state = [];

    public string PagePath { get; } = pagePath;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The page's figures by block and anchor, numbered when it was parsed.</summary>
    public FigureNumbers Figures { get; } = figures;

    /// <summary>Where the page's training runs are trained (and, in a build, cached).</summary>
    public ITrainingService Training { get; } = training ?? UncachedTraining.Default;

    /// <summary>The page's single instance of a piece of state, created on first use.</summary>
    public T State<T>() where T : class, new()
    {
        if (_state.TryGetValue(typeof(T), out var existing)) return (T)existing;
        var created = new T();
        _state[typeof(T)] = created;
        return created;
    }
}
