using CsCheck;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

public class SearchTextTests
{
    private static string Show(string text) =>
        string.Join(" | ", SearchText.Words(text).Select(w => string.Join(",", w.Parts) + (w.Joined is null ? "" : " =" + w.Joined)));

    [Theory]
    [InlineData("Derivatives, DERIVATIVE!", "derivatives | derivative")]
    [InlineData("leaky-relu and Leaky‐ReLU", "leaky,relu =leaky-relu | and | leaky,relu =leaky-relu")]
    [InlineData("x^2 and x²", "x,2 =x^2 | and | x,2 =x^2")]
    [InlineData("x₀ and x¹⁰", "x,0 =x_0 | and | x,10 =x^10")]
    [InlineData("∇f · u − 2 × 3 → ∞", "∇ | f | u | 2 | 3 | ∞")]
    [InlineData("Café Straße Æsir Łódź", "cafe | strasse | aesir | lodz")]
    [InlineData("Ğ ı ø þ ů", "g | i | o | t | u")]
    [InlineData("ΣΑΣ ς", "σασ | σ")]
    [InlineData("don't rock’n’roll", "dont | rocknroll")]
    [InlineData("0.25 1,000 v1.2 end.", "0.25 | 1,000 | v1.2 | end")]
    [InlineData("-leading trailing- a--b", "leading | trailing | a | b")]
    [InlineData("e\u0301te", "ete")]
    public void Text_reads_as_the_documented_words(string text, string expected) => Assert.Equal(expected, Show(text));

    [Fact]
    public void Terms_are_the_parts_and_then_the_joined_form()
    {
        Assert.Equal(["leaky", "relu", "leaky-relu", "slope"], SearchText.Terms("Leaky-ReLU slope"));
    }

    [Fact]
    public void Every_sample_reads_without_failing_and_gives_no_empty_or_spaced_term()
    {
        foreach (var text in TokenSamples.Texts)
            Assert.All(SearchText.Terms(text), t => Assert.True(t.Length > 0 && !t.Any(char.IsWhiteSpace), $"'{t}' from '{text}'"));
    }

    [Fact]
    public void Any_text_gives_terms_that_read_back_as_themselves()
    {
        // A term is already normal: reading it again gives it back (so query and index meet).
        Gen.String[Gen.Char[' ', '\u2300']].Sample(text =>
        {
            foreach (var word in SearchText.Words(text))
                foreach (var part in word.Parts)
                    Assert.Equal(part, Assert.Single(SearchText.Words(part)).Parts.Single());
        }, iter: 2000);
    }

    [Fact]
    public void Lower_and_upper_case_and_accents_read_alike()
    {
        Gen.String[Gen.Char['a', 'z']].Where(s => s.Length > 0).Sample(word =>
            Assert.Equal(SearchText.Terms(word), SearchText.Terms(word.ToUpperInvariant())), iter: 500);
        Assert.Equal(SearchText.Terms("resume"), SearchText.Terms("Résumé"));
    }
}
