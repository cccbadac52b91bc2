using System.Text;

namespace SiteGen.Search;

/// <summary>
/// A word's id in search-index.js is the UTF-16 code unit that stands for it in the sections'
/// text, so search.js reads a section's words with charCodeAt and decodes nothing. Ids are
/// handed out by frequency over the code units a JSON string and a script can hold as they are:
/// from '#' up, without '\' (which JSON escapes), U+2028 and U+2029 (line breaks to older
/// script parsers), surrogates (no UTF-8 form alone), <see cref="Escape"/> and U+FFFE/U+FFFF.
/// That is 63,000-odd words; any rarer ones (a very large site) get ids from <see cref="FirstEscaped"/>
/// up and are written as <see cref="Escape"/>, their ids listed apart in the order they occur.
/// </summary>
public static class WordCode
{
    public const char Escape = '\uE000';
    public const int FirstEscaped = 0x10000;
    private const int First = '#';
    private const int Last = 0xFFFD;

    /// <summary>Whether a code unit stands for a word, not for an escaped one or nothing.</summary>
    public static bool IsWordUnit(int unit) =>
        unit is >= First and <= Last && unit != '\\' && unit != 0x2028 && unit != 0x2029 && unit is not (>= 0xD800 and <= 0xDFFF) && unit != Escape;

    /// <summary>The ids of the words ranked 0 to count - 1: the word code units in order, then FirstEscaped, FirstEscaped + 1, ….</summary>
    public static int[] Ids(int count)
    {
        var ids = new int[count];
        var unit = First;
        for (var rank = 0; rank < count; rank++)
        {
            while (unit <= Last && !IsWordUnit(unit)) unit++;
            ids[rank] = unit <= Last ? unit++ : FirstEscaped + rank - CountOfUnits;
        }
        return ids;
    }

    /// <summary>How many words take a code unit of their own.</summary>
    public static readonly int CountOfUnits = Enumerable.Range(First, Last - First + 1).Count(IsWordUnit);

    /// <summary>Appends a word's id to the text: its code unit, or Escape with the id added to escaped.</summary>
    public static void Append(StringBuilder text, List<int> escaped, int id)
    {
        if (id < FirstEscaped) text.Append((char)id);
        else
        {
            text.Append(Escape);
            escaped.Add(id - FirstEscaped);
        }
    }
}
