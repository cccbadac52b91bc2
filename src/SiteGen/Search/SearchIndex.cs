using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>A page as search lists it: its title, its URL under the site root ("" for the home page) and its sections.</summary>
public sealed record SearchPage(string Title, string Url, IReadOnlyList<SearchSection> Sections);

/// <summary>
/// Writes search-index.js, which assigns the index to <c>window.sitegenSearchIndex</c>; a script
/// file rather than JSON because a page opened from disk (file://) may load scripts but not fetch
/// files. The index holds every section's text once, compactly, in a few long strings rather than
/// many short ones: a browser reads one long string literal many times faster than thousands of
/// small ones, and search.js reads the text in place, a word a code unit, so the first query
/// waits for no decoding:
/// <list type="bullet">
/// <item><c>v</c>: <see cref="FormatVersion"/>.</item>
/// <item><c>s</c>: all the words, page after page: the page's title, then each section's heading
/// and text. Each word is its id as one code unit (<see cref="WordCode"/>).</item>
/// <item><c>l</c>: how <c>s</c> divides, in <see cref="IdCode"/>: for each page its title's
/// length in words and its number of sections, then each section's heading and text lengths.
/// The text before a page's first heading is a section with no heading; a page of no text has
/// one empty section.</item>
/// <item><c>x</c>: the ids of the words written as <see cref="WordCode.Escape"/> in <c>s</c>, in
/// order, less <see cref="WordCode.FirstEscaped"/> (in <see cref="IdCode"/>; empty unless the
/// site has more distinct words than code units).</item>
/// <item><c>w</c>: the distinct white-space-separated words of all text, one per line, line i
/// the word of id i (lines of ids no word has are empty). The most frequent words have the
/// lowest ids, which UTF-8 writes in the fewest bytes.</item>
/// <item><c>t</c>: the distinct terms (<see cref="SearchText"/>), sorted by code unit for prefix
/// lookup by binary search, one per line (terms hold no white space).</item>
/// <item><c>k</c>: for each term in the order of <c>t</c>, the ids of the words it is a part or
/// the joined form of, ascending, in <see cref="IdCode"/>; separated by ' '.</item>
/// <item><c>m</c>: each word's terms, for phrases, ' '-separated and indexed by word id like
/// <c>w</c>: its parts' term ids in order, then, for hyphenated or scripted words, '!' and the
/// joined forms' term ids.</item>
/// <item><c>u</c>: each page's URL under the site root ("" for the home page), one per line.</item>
/// <item><c>a</c>: the anchors of the sections whose anchor is not their heading's
/// <see cref="SimpleAnchor"/>, as section number and anchor in turn (sections counted from 0 in
/// the order of <c>s</c>).</item>
/// </list>
/// A section's text is its word ids, so a reader's phrase is matched word by word and a snippet
/// is the words joined by spaces. The same pages give the same bytes.
/// </summary>
public static class SearchIndex
{
    public const string FileName = "search-index.js";
    public const int FormatVersion = 2;
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

        var text = new StringBuilder();
        var escaped = new List<int>();
        var lengths = new StringBuilder();
        var urls = new StringBuilder();
        var anchors = new List<(int Section, string Anchor)>();
        var sectionNumber = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0) urls.Append('\n');
            urls.Append(pages[p].Url);
            IReadOnlyList<SearchSection> sections = pages[p].Sections.Count > 0 ? pages[p].Sections : [new SearchSection("", "", "")];
            IdCode.Append(lengths, words.Write(text, escaped, pages[p].Title));
            IdCode.Append(lengths, sections.Count);
            foreach (var section in sections)
            {
                IdCode.Append(lengths, words.Write(text, escaped, section.Heading));
                IdCode.Append(lengths, words.Write(text, escaped, section.Text));
                if (section.Anchor != SimpleAnchor(PageSections.Collapse(section.Heading))) anchors.Add((sectionNumber, section.Anchor));
                sectionNumber++;
            }
        }

        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes($"window.{Global}="));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("v", FormatVersion);
            // Written as it is: no code unit of a word needs escaping (the encoder would escape
            // unassigned ones), and the writer still checks the result is a JSON string.
            json.WritePropertyName("s");
            json.WriteRawValue(Encoding.UTF8.GetBytes("\"" + text + "\""));
            json.WriteString("l", lengths.ToString());
            json.WriteString("x", IdCode.Encode(escaped));
            json.WriteString("w", words.WordLines());
            json.WriteString("t", string.Join('\n', words.Terms));
            json.WriteString("k", words.WordsOfTerms());
            json.WriteString("m", words.TermsOfWords());
            json.WriteString("u", urls.ToString());
            json.WriteStartArray("a");
            foreach (var (section, anchor) in anchors)
            {
                json.WriteNumberValue(section);
                json.WriteStringValue(anchor);
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

    /// <summary>The words of all text, counted, then given ids by frequency; with each word's terms.</summary>
    private sealed class WordTable
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        // Each text split once: counted first, written after the ids are known.
        private readonly Dictionary<string, string[]> _split = new(StringComparer.Ordinal);
        private Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        // Word ids, the index of each word's entry (w, m): as many as the highest id + 1, null where no word has the id.
        private string?[] _byId = [];
        private Dictionary<string, int> _termIds = new(StringComparer.Ordinal);

        public List<string> Terms { get; private set; } = [];

        public void Count(string text)
        {
            foreach (var word in Split(text)) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, word, out _)++;
        }

        public void AssignIds()
        {
            var ranked = _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
            var ids = WordCode.Ids(ranked.Count);
            _ids = ranked.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => ids[x.i], StringComparer.Ordinal);
            _byId = new string?[ids.Length == 0 ? 0 : ids[^1] + 1];
            for (var i = 0; i < ranked.Count; i++) _byId[ids[i]] = ranked[i];
            Terms = ranked.SelectMany(SearchText.Terms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            _termIds = Terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        }

        /// <summary>Field <c>w</c>: line i the word of id i.</summary>
        public string WordLines() => string.Join('\n', _byId.Select(w => w ?? ""));

        /// <summary>Field <c>m</c>: each word's part term ids, then '!' and its joined term ids if it has any, word ids separated by ' '.</summary>
        public string TermsOfWords()
        {
            var text = new StringBuilder();
            for (var id = 0; id < _byId.Length; id++)
            {
                if (id > 0) text.Append(' ');
                if (_byId[id] is not { } word) continue;
                var parsed = SearchText.Words(word);
                foreach (var part in parsed.SelectMany(w => w.Parts)) IdCode.Append(text, _termIds[part]);
                var joined = parsed.Where(w => w.Joined is not null).ToList();
                if (joined.Count == 0) continue;
                text.Append('!');
                foreach (var w in joined) IdCode.Append(text, _termIds[w.Joined!]);
            }
            return text.ToString();
        }

        /// <summary>Field <c>k</c>: for each term, the ids of the words that hold it as a part or joined form, ascending; terms separated by ' '.</summary>
        public string WordsOfTerms()
        {
            var holders = Terms.Select(_ => new SortedSet<int>()).ToArray();
            for (var id = 0; id < _byId.Length; id++)
                if (_byId[id] is { } word)
                    foreach (var term in SearchText.Terms(word)) holders[_termIds[term]].Add(id);
            return string.Join(' ', holders.Select(IdCode.Encode));
        }

        /// <summary>Appends a text's words to the index's text (field s); returns how many there are.</summary>
        public int Write(StringBuilder text, List<int> escaped, string words)
        {
            var split = Split(words);
            foreach (var word in split) WordCode.Append(text, escaped, _ids[word]);
            return split.Length;
        }

        private string[] Split(string text)
        {
            if (_split.TryGetValue(text, out var words)) return words;
            return _split[text] = PageSections.Collapse(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}
