using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// How search reads text, on both sides: this class for the index the build writes, and
/// `tokens()` in themes/default/assets/js/search.js for the reader's query. The two must agree,
/// and a browser test feeds both the same samples. The rules:
/// <list type="number">
/// <item>Lower-case; final sigma ς reads as σ.</item>
/// <item>Fold accents (é → e, ß → ss, æ → ae; combining marks are dropped). The build runs with
/// invariant globalization, where Unicode normalization cannot decompose letters, so both sides
/// use the same table instead of NFKD.</item>
/// <item>A superscript digit reads as ^ and the digit (x² → x^2), a subscript digit as _ and the
/// digit (x₀ → x_0), so what a formula shows and what a reader types meet.</item>
/// <item>A word is a run of letters (any script, Greek included) and digits. Apostrophes inside a
/// word are dropped (don't → dont). A '.' or ',' between digits belongs to the number (0.25).</item>
/// <item>Words joined by '-', '^' or '_' (leaky-relu, x^2, x_0) give their parts, which phrases
/// match one by one, and the joined form, which matches the whole as typed.</item>
/// <item>A mathematical symbol outside ASCII (∇, ∂, ∑, ∞, ≤) is a word of its own, except the
/// arithmetic that every formula has (− × ÷ ± ⋅ ∕) and arrows.</item>
/// </list>
/// </summary>
public static class SearchText
{
    /// <summary>One word as search reads it: its parts, and the joined form when it has more than one part.</summary>
    public sealed record Word(IReadOnlyList<string> Parts, string? Joined);

    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżžþ";
    private const string Plain = "aaaaaaaaacccddeeeeeeeegiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzt";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";
    private const string IgnoredSymbols = "−×÷±⋅∕∗∘";

    static SearchText()
    {
        if (Accented.Length != Plain.Length) throw new InvalidOperationException("every accented letter needs its plain letter");
    }

    /// <summary>Lower-cases and folds one character, as rules 1 to 3 say; a combining mark folds to nothing.</summary>
    public static string Fold(Rune rune)
    {
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return "";
        var lower = Rune.ToLowerInvariant(rune);
        if (!lower.IsBmp) return lower.ToString();
        var c = (char)lower.Value;
        if (c == 'ς') return "σ";
        if (c == 'ß') return "ss";
        if (c == 'æ') return "ae";
        if (c == 'œ') return "oe";
        var at = Accented.IndexOf(c);
        if (at >= 0) return Plain[at].ToString();
        if ((at = Superscripts.IndexOf(c)) >= 0) return "^" + (char)('0' + at);
        if ((at = Subscripts.IndexOf(c)) >= 0) return "_" + (char)('0' + at);
        return c.ToString();
    }

    /// <summary>The text folded character by character, runs of super- or subscripts under one mark (x¹⁰ → x^10).</summary>
    public static string Normalize(string text)
    {
        var folded = new StringBuilder(text.Length);
        var previousMark = '\0';
        foreach (var rune in text.EnumerateRunes())
        {
            var piece = Fold(rune);
            var mark = piece.Length == 2 && piece[0] is '^' or '_' && char.IsAsciiDigit(piece[1]) ? piece[0] : '\0';
            folded.Append(mark != '\0' && mark == previousMark ? piece[1..] : piece);
            previousMark = mark;
        }
        return folded.ToString();
    }

    /// <summary>The words of <paramref name="text"/> in order (rules 4 to 6).</summary>
    public static IReadOnlyList<Word> Words(string text)
    {
        var s = Normalize(text);
        var words = new List<Word>();
        var parts = new List<string>();
        var part = new StringBuilder();
        var joined = new StringBuilder();

        void EndPart()
        {
            if (part.Length == 0) return;
            parts.Add(part.ToString());
            part.Clear();
        }
        void EndWord()
        {
            EndPart();
            if (parts.Count > 0) words.Add(new Word(parts.ToArray(), parts.Count > 1 ? joined.ToString() : null));
            parts.Clear();
            joined.Clear();
        }

        for (var i = 0; i < s.Length; i++)
        {
            var rune = Rune.GetRuneAt(s, i);
            var width = rune.Utf16SequenceLength;
            var c = s[i];
            if (IsWordRune(rune))
            {
                part.Append(s, i, width);
                joined.Append(s, i, width);
            }
            else if (c is '\'' or '’' && part.Length > 0 && i + 1 < s.Length && IsWordAt(s, i + 1))
            {
                // An apostrophe inside a word joins it: don't → dont.
            }
            else if (c is '.' or ',' && part.Length > 0 && char.IsAsciiDigit(s[i - 1]) && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                part.Append(c);
                joined.Append(c);
            }
            else if (c is '-' or '‐' or '^' or '_' && part.Length > 0 && i + 1 < s.Length && IsWordAt(s, i + 1))
            {
                EndPart();
                joined.Append(c == '‐' ? '-' : c);
            }
            else
            {
                EndWord();
                if (IsSymbol(rune)) words.Add(new Word([rune.ToString()], null));
            }
            i += width - 1;
        }
        EndWord();
        return words;
    }

    /// <summary>Every term the text gives: the parts of each word and its joined form, in order, with repeats.</summary>
    public static IEnumerable<string> Terms(string text) =>
        Words(text).SelectMany(w => w.Joined is null ? w.Parts : [.. w.Parts, w.Joined]);

    private static bool IsWordAt(string s, int i) => IsWordRune(Rune.GetRuneAt(s, i));

    private static bool IsWordRune(Rune rune) => Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber;

    private static bool IsSymbol(Rune rune) =>
        rune.Value > 0x7F && Rune.GetUnicodeCategory(rune) == UnicodeCategory.MathSymbol
        && !(rune.Value is >= 0x2190 and <= 0x21FF) && !(rune.IsBmp && IgnoredSymbols.Contains((char)rune.Value));
}
