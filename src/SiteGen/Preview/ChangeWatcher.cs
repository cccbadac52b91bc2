namespace SiteGen.Preview;

/// <summary>
/// Watches the content and theme folders and reports a burst of changes (an editor saving
/// several files, a checkout) as one event, after the folders have been quiet briefly.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    // Short, so an edit shows at once: builds are incremental, so a rebuild that a burst's last
    // event catches halfway costs little, and that event rebuilds again.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public ChangeWatcher(IEnumerable<string> folders, Action changed)
    {
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true };
            watcher.Changed += Touch;
            watcher.Created += Touch;
            watcher.Deleted += Touch;
            watcher.Renamed += Touch;
            watcher.Error += (_, _) => Lost(watcher);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Touch(object sender, FileSystemEventArgs e) => Touch();

    private void Touch() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// The watcher lost events (its buffer overflowed, or the folder was replaced), so which files
    /// changed is unknown: rebuild as if any had, and watch again where the watcher stopped.
    /// </summary>
    internal void Lost(FileSystemWatcher watcher)
    {
        Touch();
        if (watcher.EnableRaisingEvents || !Directory.Exists(watcher.Path)) return;
        try
        {
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder went away again; the next rebuild reports what is missing.
        }
    }

    /// <summary>For tests: what the watcher does when the operating system reports lost events.</summary>
    internal void SimulateLostEvents() => Lost(_watchers[0]);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
