using System.Text;
using SiteGen.Compute.Evaluation;

namespace SiteGen.Directives.Compute;

/// <summary>The names one lesson has defined so far; one per page, so nothing leaks between lessons.</summary>
public sealed class LessonScope
{
    private readonly StringBuilder _definitions = new();

    public Scope Names { get; } = new();

    /// <summary>
    /// Every definition made so far, in order: everything a later expression can depend on, so
    /// it is part of the cache key of whatever is computed from those expressions.
    /// </summary>
    public string Definitions => _definitions.ToString();

    public void Record(string definition) => _definitions.Append(definition.Trim()).Append('\n');
}
