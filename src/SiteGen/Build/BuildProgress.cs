namespace SiteGen.Build;

/// <summary>
/// How far a build has got, counted by the stages as they work (from many threads) and read by
/// whoever shows it, as often as it likes: pages computed, figures drawn or loaded, training runs
/// trained or loaded. Totals grow as the build finds work: a page's figures and runs are known
/// once it is computed.
/// </summary>
public sealed class BuildProgress
{
    private int _pages, _pagesDone, _figures, _figuresDone, _runs, _runsDone;

    /// <summary>One reading of the counts.</summary>
    public readonly record struct Counts(int Pages, int PagesDone, int Figures, int FiguresDone, int Runs, int RunsDone);

    public Counts Now => new(Volatile.Read(ref _pages), Volatile.Read(ref _pagesDone), Volatile.Read(ref _figures),
        Volatile.Read(ref _figuresDone), Volatile.Read(ref _runs), Volatile.Read(ref _runsDone));

    /// <summary>The build has <paramref name="count"/> pages to make, of which <paramref name="done"/> it takes from the last build.</summary>
    public void PagesPlanned(int count, int done)
    {
        Interlocked.Add(ref _pages, count);
        Interlocked.Add(ref _pagesDone, done);
    }

    /// <summary>A page is computed; it asked for <paramref name="figures"/> figures.</summary>
    public void PageComputed(int figures)
    {
        Interlocked.Add(ref _figures, figures);
        Interlocked.Increment(ref _pagesDone);
    }

    public void FigureDone() => Interlocked.Increment(ref _figuresDone);

    public void RunStarted() => Interlocked.Increment(ref _runs);

    public void RunDone() => Interlocked.Increment(ref _runsDone);
}
