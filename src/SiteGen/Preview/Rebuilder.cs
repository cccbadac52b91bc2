namespace SiteGen.Preview;

/// <summary>
/// Runs the preview's rebuilds one at a time and has open pages reload after each one that
/// succeeds. This is the one place that catches every exception: whatever a rebuild throws,
/// the server goes on serving the last good output and the next change rebuilds again.
/// </summary>
/// <param name="build">Builds the site and reports its diagnostics; true when it succeeded.</param>
/// <param name="reload">Tells open pages to reload.</param>
/// <param name="error">Where the one line about a rebuild that threw goes.</param>
/// <param name="showStackTrace">Print the whole exception, for finding the defect.</param>
public sealed class Rebuilder(Func<bool> build, Action reload, TextWriter error, bool showStackTrace = false)
{
    private readonly Lock _gate = new();

    public void Rebuild()
    {
        lock (_gate)
        {
            try
            {
                if (build()) reload();
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
