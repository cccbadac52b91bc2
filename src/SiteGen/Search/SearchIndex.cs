using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>A page as search lists it: its title, its URL under the site root ("" for the home page) and its sections.</summary>
public sealed record SearchPage(string Title, string Url, IReadOnlyList<SearchSection> Sections);

/// <summary>
/// Writes search-index.js, which assigns the index to <c>window.sitegenSearchIndex</c>; a script
/// file rather than JSON because a page opened from disk (file://) may load scripts but not fetch
/// files. The index holds every section's text once, compactly:
/// <list type="bullet">
/// <item><c>t</c>: the distinct terms (<see cref="SearchText"/>), sorted by code unit, for prefix and typo lookup.</item>
/// <item><c>w</c>: the distinct white-space-separated words of all text, the most frequent first so
/// they get the shortest ids; each as "word partIds[ joinedIds]" (ids in <see cref="IdCode"/>), its
/// parts in order and the joined forms of hyphenated or scripted words.</item>
/// <item><c>p</c>: each page as [title word ids, url].</item>
/// <item><c>s</c>: each section as [page, heading word ids, text word ids] and its anchor when
/// the heading's <see cref="SimpleAnchor"/> is not it; the text before a page's first heading has none.</item>
/// </list>
/// A section's text is its word ids, so a reader's phrase is matched word by word and a snippet
/// is the words joined by spaces. The same pages give the same bytes.
/// </summary>
public static class SearchIndex
{
    public const string FileName = "search-index.js";
    public const int FormatVersion = 1;
    private const string Global = "sitegenSearchIndex";

    public static byte[] Write(IReadOnlyList<SearchPage> pages)
    {
        var words = new WordTable();
        foreach (var page in pages)
        {
            words.Count(page.Title);
            foreach (var section in page.Sections)
            {
                words.Count(section.Heading);
                words.Count(section.Text);
            }
        }
        words.AssignIds();

        using var buffer = new MemoryStream();
        var prefix = Encoding.UTF8.GetBytes($"window.{Global}=");
        buffer.Write(prefix);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("v", FormatVersion);
            json.WriteStartArray("t");
            foreach (var term in words.Terms) json.WriteStringValue(term);
            json.WriteEndArray();
            json.WriteStartArray("w");
            foreach (var entry in words.Entries()) json.WriteStringValue(entry);
            json.WriteEndArray();
            json.WriteStartArray("p");
            foreach (var page in pages)
            {
                json.WriteStartArray();
                json.WriteStringValue(words.Encode(page.Title));
                json.WriteStringValue(page.Url);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("s");
            for (var p = 0; p < pages.Count; p++)
            {
                IEnumerable<SearchSection> sections = pages[p].Sections.Count > 0 ? pages[p].Sections : [new SearchSection("", "", "")];
                foreach (var section in sections)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(p);
                    json.WriteStringValue(words.Encode(section.Heading));
                    json.WriteStringValue(words.Encode(section.Text));
                    if (section.Anchor != SimpleAnchor(PageSections.Collapse(section.Heading))) json.WriteStringValue(section.Anchor);
                    json.WriteEndArray();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.Write(";\n"u8);
        return buffer.ToArray();
    }

    /// <summary>
    /// The anchor search.js assumes for a heading when the index names none: ASCII letters lower-cased
    /// and digits kept, every other run of characters one '-', none at the ends. Most headings'
    /// ids are this, so most sections need not repeat them. Empty for no heading.
    /// </summary>
    public static string SimpleAnchor(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (c is >= 'A' and <= 'Z') builder.Append((char)(c + 32));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>The words of all text, counted, then numbered by frequency; with each word's terms.</summary>
    private sealed class WordTable
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        // Each text split once: counted first, encoded after the ids are known.
        private readonly Dictionary<string, string[]> _split = new(StringComparer.Ordinal);
        private Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private List<string> _words = [];
        private Dictionary<string, int> _termIds = new(StringComparer.Ordinal);

        public List<string> Terms { get; private set; } = [];

        public void Count(string text)
        {
            foreach (var word in Split(text)) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, word, out _)++;
        }

        public void AssignIds()
        {
            _words = _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
            _ids = _words.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
            Terms = _words.SelectMany(SearchText.Terms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            _termIds = Terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        }

        public IEnumerable<string> Entries()
        {
            foreach (var word in _words)
            {
                var parsed = SearchText.Words(word);
                var entry = new StringBuilder(word);
                if (parsed.Count > 0)
                {
                    entry.Append(' ').Append(IdCode.Encode(parsed.SelectMany(w => w.Parts).Select(t => _termIds[t])));
                    var joined = parsed.Where(w => w.Joined is not null).Select(w => _termIds[w.Joined!]).ToList();
                    if (joined.Count > 0) entry.Append(' ').Append(IdCode.Encode(joined));
                }
                yield return entry.ToString();
            }
        }

        public string Encode(string text)
        {
            var encoded = new StringBuilder();
            foreach (var word in Split(text)) IdCode.Append(encoded, _ids[word]);
            return encoded.ToString();
        }

        private string[] Split(string text)
        {
            if (_split.TryGetValue(text, out var words)) return words;
            return _split[text] = PageSections.Collapse(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}
