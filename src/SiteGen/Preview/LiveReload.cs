using System.Text;

namespace SiteGen.Preview;

/// <summary>
/// Live reload for the preview server: every HTML page it serves gets a script that listens
/// for server-sent events, reloads the page after each successful rebuild, and shows the
/// errors of a failed one over the page (<see cref="ErrorOverlay"/>). The script exists only
/// in served responses, never in the built files.
/// </summary>
public static class LiveReload
{
    public const string EventsPath = "/__sitegen/events";

    /// <summary>The event that tells a page to reload; its data is unused.</summary>
    public const string ReloadEvent = "reload";

    /// <summary>The event whose data is an <see cref="ErrorReport"/>.</summary>
    public const string ErrorsEvent = "errors";

    private static readonly string Script = "<script>" + ErrorOverlay.Script + "</script>";

    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + Script : text[..at] + Script + text[at..]);
    }

    /// <summary>One server-sent event; <paramref name="data"/> is a single line.</summary>
    public static byte[] Event(string name, string data) => Encoding.UTF8.GetBytes($"event: {name}\ndata: {data}\n\n");
}
