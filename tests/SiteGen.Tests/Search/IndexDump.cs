using System.Text;
using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// Reads search-index.js back, as search.js does, into text a person can check: each section as
/// its URL and anchor, heading and text rebuilt from word ids, and each word's terms.
/// </summary>
public static class IndexDump
{
    public sealed record Section(string Page, string Url, string Anchor, string Heading, string Text);

    public static JsonElement Json(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script);
        const string prefix = "window.sitegenSearchIndex=";
        Assert.StartsWith(prefix, text);
        Assert.EndsWith(";\n", text);
        return JsonDocument.Parse(text[prefix.Length..^2]).RootElement;
    }

    public static List<Section> Sections(byte[] script)
    {
        var json = Json(script);
        var words = json.GetProperty("w").EnumerateArray().Select(w => w.GetString()!.Split(' ')[0]).ToList();
        string Words(string ids) => string.Join(' ', IdCode.Decode(ids).Select(i => words[i]));
        var pages = json.GetProperty("p").EnumerateArray().Select(p => (Title: Words(p[0].GetString()!), Url: p[1].GetString()!)).ToList();
        return json.GetProperty("s").EnumerateArray().Select(s =>
        {
            var page = pages[s[0].GetInt32()];
            var heading = Words(s[1].GetString()!);
            var anchor = s.GetArrayLength() > 3 ? s[3].GetString()! : SearchIndex.SimpleAnchor(heading);
            return new Section(page.Title, page.Url, anchor, heading, Words(s[2].GetString()!));
        }).ToList();
    }

    /// <summary>Each word with the terms the index gives it, "word: part part =joined".</summary>
    public static List<string> WordTerms(byte[] script)
    {
        var json = Json(script);
        var terms = json.GetProperty("t").EnumerateArray().Select(t => t.GetString()!).ToList();
        return json.GetProperty("w").EnumerateArray().Select(w =>
        {
            var fields = w.GetString()!.Split(' ');
            var text = new StringBuilder(fields[0]).Append(':');
            if (fields.Length > 1) foreach (var id in IdCode.Decode(fields[1])) text.Append(' ').Append(terms[id]);
            if (fields.Length > 2) foreach (var id in IdCode.Decode(fields[2])) text.Append(" =").Append(terms[id]);
            return text.ToString();
        }).ToList();
    }

    public static string Text(byte[] script)
    {
        var text = new StringBuilder();
        foreach (var s in Sections(script))
            text.Append(s.Url).Append('#').Append(s.Anchor).Append(" [").Append(s.Page).Append(" / ").Append(s.Heading).Append("]\n  ")
                .Append(s.Text).Append('\n');
        text.Append("\nwords:\n");
        foreach (var word in WordTerms(script).Order(StringComparer.Ordinal)) text.Append("  ").Append(word).Append('\n');
        return text.ToString();
    }
}
