using System.Globalization;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>
/// One live line on an interactive terminal while a build works: "Building: 3/6 pages, 20/45
/// figures, 10/27 runs", redrawn in place with a carriage return at most ten times a second, and
/// erased before the build prints its diagnostics and summary. It appears only once the build has
/// taken a moment, so quick builds print nothing but their summary. When the terminal is not
/// interactive (output redirected, --quiet) there is no line and no control character at all.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan FirstAfter = TimeSpan.FromMilliseconds(300), Every = TimeSpan.FromMilliseconds(100);

    private readonly BuildProgress _progress;
    private readonly TextWriter _terminal;
    private readonly string _verb;
    private readonly int _width;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private string _shown = "";
    private bool _ended;

    private ProgressLine(BuildProgress progress, TextWriter terminal, string verb, int width)
    {
        (_progress, _terminal, _verb, _width) = (progress, terminal, verb, width);
        _timer = new Timer(_ => Draw(), null, FirstAfter, Every);
    }

    /// <summary>A line drawn on <paramref name="terminal"/>, or none (null) when it is not a terminal a person watches.</summary>
    public static ProgressLine? Start(BuildProgress progress, TextWriter terminal, bool interactive, string verb, int width = 80) =>
        interactive ? new ProgressLine(progress, terminal, verb, Math.Max(20, width)) : null;

    /// <summary>Whether stderr, where the line goes, is a terminal that can show it.</summary>
    public static bool ErrorIsTerminal() =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>The terminal's width, for a line that must not wrap (a wrapped line cannot be redrawn in place).</summary>
    public static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>"Building: 3/6 pages, 20/45 figures, 10/27 runs": figures and runs once there are some.</summary>
    public static string Text(string verb, BuildProgress.Counts now)
    {
        if (now.Pages == 0) return verb + "...";
        var parts = new List<string> { Part(now.PagesDone, now.Pages, "page") };
        if (now.Figures > 0) parts.Add(Part(now.FiguresDone, now.Figures, "figure"));
        if (now.Runs > 0) parts.Add(Part(now.RunsDone, now.Runs, "run"));
        return verb + ": " + string.Join(", ", parts);
    }

    private static string Part(int done, int total, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{done}/{total} {noun}{(total == 1 ? "" : "s")}");

    private void Draw()
    {
        lock (_lock)
        {
            if (_ended) return;
            var text = Text(_verb, _progress.Now);
            if (text.Length > _width - 1) text = text[..(_width - 1)];
            if (text == _shown) return;
            // Spaces over what a longer line left behind, then back to the line's start.
            _terminal.Write("\r" + text + new string(' ', Math.Max(0, _shown.Length - text.Length)));
            _terminal.Flush();
            _shown = text;
        }
    }

    /// <summary>Stops drawing and erases the line, so what the build prints next starts a clean line.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _ended = true;
            if (_shown.Length > 0)
            {
                _terminal.Write("\r" + new string(' ', _shown.Length) + "\r");
                _terminal.Flush();
            }
        }
        _timer.Dispose();
    }
}
