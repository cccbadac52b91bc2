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

    /// <summary>The word ids of field s in order, escaped ones resolved from field x.</summary>
    public static List<int> WordIds(JsonElement json)
    {
        var escaped = new Queue<int>(IdCode.Decode(json.GetProperty("x").GetString()!));
        return json.GetProperty("s").GetString()!.Select(unit => unit == WordCode.Escape ? WordCode.FirstEscaped + escaped.Dequeue() : unit).ToList();
    }

    public static List<Section> Sections(byte[] script)
    {
        var json = Json(script);
        var words = json.GetProperty("w").GetString()!.Split('\n');
        var ids = WordIds(json);
        var lengths = IdCode.Decode(json.GetProperty("l").GetString()!);
        var urls = json.GetProperty("u").GetString()!.Split('\n');
        var anchors = new Dictionary<int, string>();
        var listed = json.GetProperty("a");
        for (var i = 0; i + 1 < listed.GetArrayLength(); i += 2) anchors[listed[i].GetInt32()] = listed[i + 1].GetString()!;

        var at = 0;
        string Next(int count)
        {
            var text = string.Join(' ', ids.Skip(at).Take(count).Select(id => words[id]));
            at += count;
            return text;
        }
        var sections = new List<Section>();
        for (int k = 0, page = 0; k < lengths.Count; page++)
        {
            var title = Next(lengths[k]);
            var count = lengths[k + 1];
            k += 2;
            for (var s = 0; s < count; s++, k += 2)
            {
                var heading = Next(lengths[k]);
                var text = Next(lengths[k + 1]);
                var anchor = anchors.TryGetValue(sections.Count, out var a) ? a : SearchIndex.SimpleAnchor(heading);
                sections.Add(new Section(title, urls[page], anchor, heading, text));
            }
        }
        Assert.Equal(ids.Count, at);
        return sections;
    }

    /// <summary>Each word with the terms the index gives it, "word: part part =joined".</summary>
    public static List<string> WordTerms(byte[] script)
    {
        var json = Json(script);
        var terms = json.GetProperty("t").GetString()!.Split('\n');
        var words = json.GetProperty("w").GetString()!.Split('\n');
        var termsOfWords = json.GetProperty("m").GetString()!.Split(' ');
        Assert.Equal(words.Length, termsOfWords.Length);
        var dump = new List<string>();
        for (var id = 0; id < words.Length; id++)
        {
            if (words[id].Length == 0) continue;
            var fields = termsOfWords[id].Split('!');
            var text = new StringBuilder(words[id]).Append(':');
            foreach (var term in IdCode.Decode(fields[0])) text.Append(' ').Append(terms[term]);
            if (fields.Length > 1) foreach (var term in IdCode.Decode(fields[1])) text.Append(" =").Append(terms[term]);
            dump.Add(text.ToString());
        }
        return dump;
    }

    /// <summary>Field k read back: each term with the words that hold it.</summary>
    public static Dictionary<string, List<string>> Holders(byte[] script)
    {
        var json = Json(script);
        var t = json.GetProperty("t").GetString()!;
        if (t.Length == 0) return new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var terms = t.Split('\n');
        var words = json.GetProperty("w").GetString()!.Split('\n');
        var holders = json.GetProperty("k").GetString()!.Split(' ');
        Assert.Equal(terms.Length, holders.Length);
        return terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => IdCode.Decode(holders[x.i]).Select(id => words[id]).ToList(), StringComparer.Ordinal);
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
