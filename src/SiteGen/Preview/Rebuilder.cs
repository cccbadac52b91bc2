using SiteGen.Diagnostics;

namespace SiteGen.Preview;

/// <summary>
/// Runs the preview's rebuilds one at a time: open pages reload after each one that succeeds,
/// and show the errors of each one that fails over the last good page. This is the one place
/// that catches every exception: whatever a rebuild throws, the server goes on serving the last
/// good output and the next change rebuilds again.
/// </summary>
/// <param name="build">Builds the site, prints its diagnostics once, and returns them.</param>
/// <param name="reload">Tells open pages to reload.</param>
/// <param name="showErrors">Tells open pages what the failed build reported.</param>
/// <param name="error">Where the one line about a rebuild that threw goes.</param>
/// <param name="showStackTrace">Print the whole exception, for finding the defect.</param>
public sealed class Rebuilder(Func<IReadOnlyList<Diagnostic>> build, Action reload, Action<IReadOnlyList<Diagnostic>> showErrors,
    TextWriter error, bool showStackTrace = false)
{
    private readonly Lock _gate = new();

    public void Rebuild()
    {
        lock (_gate)
        {
            try
            {
                var diagnostics = build();
                if (diagnostics.Any(d => d.IsError)) showErrors(diagnostics);
                else reload();
            }
            catch (Exception e)
            {
                // A defect in SiteGen, not in the content: say so, and keep the preview alive.
                error.WriteLine($"sitegen: internal error in the rebuild: {e.GetType().Name}: {e.Message}; still serving the last good build, and rebuilding on the next change"
                    + (showStackTrace ? $"\n{e}" : " (run with SITEGEN_DEBUG=1 for details)"));
            }
        }
    }
}
