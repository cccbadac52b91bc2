using SiteGen.Compute.Evaluation;

namespace SiteGen.Directives.Compute;

/// <summary>The names one lesson has defined so far; one per page, so nothing leaks between lessons.</summary>
public sealed class LessonScope
{
    public Scope Names { get; } = new();
}
