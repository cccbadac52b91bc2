using System.Text;
using CsCheck;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>The index's word ids as code units (<see cref="WordCode"/>), and every field of the index read back as written.</summary>
public class WordCodeTests
{
    [Fact]
    public void Ids_are_distinct_code_units_a_json_string_holds_as_they_are_then_escaped_ids()
    {
        var ids = WordCode.Ids(WordCode.CountOfUnits + 10);
        Assert.True(ids.Zip(ids.Skip(1)).All(pair => pair.First < pair.Second), "ids rise with rank");
        foreach (var id in ids.Take(WordCode.CountOfUnits))
        {
            Assert.True(WordCode.IsWordUnit(id), $"U+{id:X4} is not a word unit");
            Assert.False(id < '#' || id == '\\' || id is 0x2028 or 0x2029 or >= 0xD800 and <= 0xDFFF || id == WordCode.Escape || id > 0xFFFD, $"U+{id:X4} needs escaping or has no UTF-8 form");
        }
        Assert.Equal(Enumerable.Range(WordCode.FirstEscaped, 10), ids.Skip(WordCode.CountOfUnits));
        Assert.True(WordCode.CountOfUnits > 60_000);
    }

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Char["abcxyz"].Array[1, 6].Select(c => new string(c)),
        Gen.Const("x^2"), Gen.Const("leaky-relu"), Gen.Const("∇f(x)"), Gen.Const("—"), Gen.Const("0.25"), Gen.Const("Café"), Gen.Const("\"quoted\""), Gen.Const("a\\b"));

    private static readonly Gen<string> Text = Word.Array[0, 12].Select(words => string.Join(' ', words));

    private static readonly Gen<SearchPage[]> Pages =
        Gen.Select(Text, Gen.Select(Text, Text).Array[0, 4], (title, sections) => (title, sections)).Array[0, 5]
            .Select(pages => pages.Select((p, i) => new SearchPage(p.title, i == 0 ? "" : $"p{i}/",
                p.sections.Select(s => new SearchSection(s.Item1, SearchIndex.SimpleAnchor(s.Item1), s.Item2)).ToList())).ToArray());

    [Fact]
    public void Every_page_and_section_reads_back_as_written()
    {
        Pages.Sample(pages =>
        {
            var sections = IndexDump.Sections(SearchIndex.Write(pages));
            var expected = pages.SelectMany(p => (p.Sections.Count > 0 ? p.Sections : [new SearchSection("", "", "")])
                .Select(s => new IndexDump.Section(p.Title, p.Url, s.Anchor, s.Heading, s.Text))).ToList();
            Assert.Equal(expected, sections);
        }, iter: 300);
    }

    [Fact]
    public void Each_term_lists_exactly_the_words_that_hold_it()
    {
        Pages.Sample(pages =>
        {
            var script = SearchIndex.Write(pages);
            var fromWords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var entry in IndexDump.WordTerms(script))
            {
                var word = entry[..entry.LastIndexOf(':')];
                foreach (var term in entry[(entry.LastIndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimStart('=')))
                    (fromWords.TryGetValue(term, out var list) ? list : fromWords[term] = []).Add(word);
            }
            var holders = IndexDump.Holders(script);
            Assert.Equal(fromWords.Keys.Order(StringComparer.Ordinal), holders.Keys.Order(StringComparer.Ordinal));
            foreach (var (term, words) in holders)
                Assert.Equal(fromWords[term].Distinct().Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
        }, iter: 300);
    }

    /// <summary>A page of more distinct words than there are code units, the rarest of them escaped.</summary>
    public static SearchPage ManyWords(int extra)
    {
        var count = WordCode.CountOfUnits + extra;
        var text = new StringBuilder("common common");
        for (var i = 0; i < count; i++) text.Append(" w").Append(i.ToString("D6"));
        return new SearchPage("Many words", "many/", [new SearchSection("Words", "words", text.ToString()), new SearchSection("After", "after", "w" + (count - 1).ToString("D6") + " common end")]);
    }

    [Fact]
    public void A_site_of_more_words_than_code_units_escapes_the_rarest_and_reads_back_whole()
    {
        var page = ManyWords(extra: 25);
        var script = SearchIndex.Write([page]);
        var json = IndexDump.Json(script);
        // The words beyond the code units are among those that occur once, so each is escaped once.
        var distinct = new[] { page.Title }.Concat(page.Sections.SelectMany(s => new[] { s.Heading, s.Text }))
            .SelectMany(t => t.Split(' ')).Distinct(StringComparer.Ordinal).Count();
        var escaped = distinct - WordCode.CountOfUnits;
        Assert.True(escaped > 25);
        Assert.Equal(escaped, IdCode.Decode(json.GetProperty("x").GetString()!).Count);
        Assert.Equal(escaped, json.GetProperty("s").GetString()!.Count(c => c == WordCode.Escape));
        var sections = IndexDump.Sections(script);
        Assert.Equal(page.Sections.Select(s => s.Text), sections.Select(s => s.Text));
        Assert.DoesNotContain("\\u", Encoding.UTF8.GetString(script));
    }
}
