using System.Text;

namespace SiteGen.Preview;

/// <summary>
/// Live reload for the preview server: every HTML page it serves gets a tiny script that
/// listens for server-sent events and reloads the page after each successful rebuild.
/// The script exists only in served responses, never in the built files.
/// </summary>
public static class LiveReload
{
    public const string EventsPath = "/__sitegen/events";

    private const string Script =
        "<script>new EventSource(\"" + EventsPath + "\").addEventListener(\"reload\",function(){location.reload()});</script>";

    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + Script : text[..at] + Script + text[at..]);
    }
}
