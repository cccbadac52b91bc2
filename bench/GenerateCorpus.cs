// Writes a synthetic SiteGen site for the build-speed benchmark.
//
//   dotnet run bench/GenerateCorpus.cs -- <outdir> [count]
//
// Produces <outdir>/content/site.yml, <outdir>/content/index.md and
// <outdir>/content/lessons/NNNN-<slug>.md for NNNN = 0001..count (default 1000).
// The output is a pure function of the count: every random choice comes from a
// fixed-seed SplitMix64 generator (not System.Random, whose sequence is not
// promised to stay the same across .NET versions), so two runs give identical
// files and figures from different machines describe the same input.
//
// Each lesson body is 60-120 lines and uses everything a real lesson does:
// ## and ### headings, emphasis, inline code, inline math, bullet and numbered
// lists, a fenced code block, a pipe table, a display math block, a :::note
// callout, and 2-3 links to headings of other lessons. Headings are made of
// lowercase-able words and digits only, so their anchor ids are obvious
// ("Section 2 cache tensor" -> "section-2-cache-tensor") and every link target
// exists.

using System.Globalization;
using System.Text;

if (args.Length is < 1 or > 2 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: dotnet run bench/GenerateCorpus.cs -- <outdir> [count]");
    return 2;
}
var count = 1000;
if (args.Length == 2 && (!int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > 9999))
{
    Console.Error.WriteLine($"count must be a whole number from 1 to 9999, not '{args[1]}'");
    return 2;
}

var contentDir = Path.Combine(Path.GetFullPath(args[0]), "content");
var lessonsDir = Path.Combine(contentDir, "lessons");
Directory.CreateDirectory(lessonsDir);
// A smaller count than last time must not leave stale lessons behind.
foreach (var stale in Directory.EnumerateFiles(lessonsDir, "*.md")) File.Delete(stale);

var plans = Enumerable.Range(1, count).Select(LessonPlan.Create).ToArray();

Write(Path.Combine(contentDir, "site.yml"), $"""
    title: SiteGen benchmark corpus
    description: {count} synthetic lessons for measuring build speed
    base_url: https://example.org/bench/
    repo_url: https://example.org/bench/source/
    language: en
    author: Benchmark Corpus Generator

    """);
Write(Path.Combine(contentDir, "index.md"), HomePage.Render(plans));
foreach (var plan in plans)
    Write(Path.Combine(lessonsDir, plan.FileName), LessonWriter.Render(plan, plans));

Console.WriteLine($"wrote {count} lessons to {contentDir}");
return 0;

static void Write(string path, string text) =>
    File.WriteAllText(path, text.ReplaceLineEndings("\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

/// <summary>SplitMix64: tiny, fast, and fully specified, so the corpus never changes under us.</summary>
sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one purpose of one lesson, independent of every other lesson's.</summary>
    public static Rng For(int lesson, int purpose) => new(0x5EED_2025_0000_0000UL ^ ((ulong)lesson << 8) ^ (ulong)purpose);

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [min, max] (both inclusive).</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));
    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(Next() % (ulong)items.Count)];
    public bool Chance(int percent) => Between(1, 100) <= percent;

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Between(0, i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

static class Words
{
    public static readonly string[] Nouns =
    [
        "gradient", "matrix", "vector", "tensor", "cache", "hash", "tree", "graph", "queue", "parser",
        "lexer", "kernel", "thread", "lock", "buffer", "index", "query", "join", "sort", "search",
        "entropy", "regression", "activation", "convolution", "attention", "embedding", "compiler",
        "register", "pointer", "stack", "heap", "socket", "packet", "checksum", "signal", "filter",
        "integral", "derivative", "series", "eigenvalue", "projection", "norm", "sampler", "optimizer",
        "scheduler", "allocator", "iterator", "closure", "monad", "automaton", "grammar", "interpreter",
        "transaction", "replica", "partition", "shard", "bloom", "trie", "heuristic", "estimator",
    ];

    public static readonly string[] Adjectives =
    [
        "basic", "advanced", "practical", "fast", "stable", "parallel", "incremental", "lazy",
        "streaming", "numerical", "linear", "sparse", "dense", "robust", "approximate", "exact",
        "recursive", "iterative", "balanced", "concurrent", "probabilistic", "persistent", "adaptive",
    ];

    public static readonly string[] Verbs =
    [
        "computes", "stores", "updates", "reads", "splits", "merges", "caches", "normalizes",
        "rewrites", "validates", "schedules", "approximates", "bounds", "tracks", "reduces",
    ];

    public static readonly string[] Identifiers =
    [
        "step()", "update(x)", "grad", "state.next", "alpha", "batch_size", "fit(data)", "len(xs)",
        "Span<T>", "Vec::new()", "--verbose", "O_APPEND", "yield", "async", "Task.WhenAll", "dict.get",
        "np.dot", "max_depth", "epsilon", "read_line()", "HashMap", "ref mut", "lock()", "seed=42",
    ];

    // Inline math spans. None contains '|', because some of them go into table cells.
    public static readonly string[] InlineMath =
    [
        "$x^2$", "$O(n \\log n)$", "$\\alpha = 0.01$", "$f'(x)$", "$\\sum_{i=1}^{n} x_i$",
        "$e^{-\\lambda t}$", "$\\lVert v \\rVert_2$", "$p(y \\mid x)$", "$\\nabla_\\theta L$",
        "$n \\to \\infty$", "$\\sigma(z) = 1 / (1 + e^{-z})$", "$A^\\top A$", "$\\mathbb{E}[X]$",
        "$2^{k}$", "$\\frac{a}{b}$", "$\\sqrt{d}$",
    ];

    public static readonly string[] DisplayMath =
    [
        "\\nabla f(x) = \\sum_{i=1}^{n} w_i \\, x_i",
        "\\theta_{t+1} = \\theta_t - \\eta \\, \\nabla_\\theta L(\\theta_t)",
        "H(X) = -\\sum_{x} p(x) \\log_2 p(x)",
        "\\operatorname{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}",
        "T(n) = 2\\,T\\left(\\frac{n}{2}\\right) + O(n)",
        "\\int_0^1 x^2 \\, dx = \\frac{1}{3}",
        "A = U \\Sigma V^\\top",
        "P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}",
    ];

    public static readonly string[] Openers =
    [
        "In this part we look at how the", "A common mistake is to assume that the",
        "It helps to picture the", "Before going further, note that the", "In practice the",
        "The key observation is that the", "Compared with the naive approach, the",
        "When the input grows, the", "To keep things concrete, the",
    ];

    public static readonly string[] Closers =
    [
        "which keeps the cost predictable.", "so the result stays the same on every run.",
        "and that is usually enough.", "at the price of some extra memory.",
        "which matters once the data no longer fits in memory.", "as the example below shows.",
        "and we will come back to this later.", "without changing the public interface.",
    ];
}

/// <summary>What other lessons need to know about a lesson: its name and the anchors it has.</summary>
sealed record LessonPlan(int Number, string Title, string Slug, string Description, string[] SectionHeadings, string[][] SubHeadings)
{
    public string FileName => $"{Number:D4}-{Slug}.md";

    /// <summary>Every heading of the page; anchors of these are valid link targets.</summary>
    public IEnumerable<string> Headings =>
        SectionHeadings.SelectMany((h, i) => SubHeadings[i].Prepend(h)).Append("Summary");

    public static LessonPlan Create(int number)
    {
        var rng = Rng.For(number, 1);
        var adjective = rng.Pick(Words.Adjectives);
        var noun1 = rng.Pick(Words.Nouns);
        var noun2 = rng.Pick(Words.Nouns);
        var title = rng.Between(0, 2) switch
        {
            0 => $"{Capital(adjective)} {noun1} {noun2}",
            1 => $"{Capital(noun1)} and {noun2} in practice",
            _ => $"Understanding {adjective} {Plural(noun1)}",
        };
        // The number keeps titles unique however the words fall.
        title += $" {number}";
        var slug = title.ToLowerInvariant().Replace(' ', '-');
        var description = $"How the {adjective} {noun1} {rng.Pick(Words.Verbs)} the {noun2}, with worked examples";

        var sections = rng.Between(3, 4);
        var sectionHeadings = new string[sections];
        var subHeadings = new string[sections][];
        for (var s = 0; s < sections; s++)
        {
            // "Section N ..." and "Example Nx ..." prefixes make each heading unique in its page,
            // so no anchor gets a "-1" suffix.
            sectionHeadings[s] = $"Section {s + 1} {rng.Pick(Words.Nouns)} {rng.Pick(Words.Nouns)}";
            subHeadings[s] = Enumerable.Range(0, rng.Between(s == 0 ? 1 : 0, 1))
                .Select(j => $"Example {s + 1}{(char)('a' + j)} {rng.Pick(Words.Adjectives)} {rng.Pick(Words.Nouns)}")
                .ToArray();
        }
        return new LessonPlan(number, title, slug, description, sectionHeadings, subHeadings);
    }

    /// <summary>GitHub's anchor rule, for headings of words and digits: lowercase, spaces to '-'.</summary>
    public static string Anchor(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Plural(string noun) =>
        noun.EndsWith('s') ? noun : noun.EndsWith("sh") || noun.EndsWith("ch") || noun.EndsWith('x') ? noun + "es" : noun + "s";
}

static class HomePage
{
    public static string Render(IReadOnlyList<LessonPlan> plans)
    {
        var text = new StringBuilder();
        text.Append("""
            ---
            title: SiteGen benchmark corpus
            ---

            A synthetic course of generated lessons. Every lesson has headings, lists,
            code, a table, math and a callout, and links to a few other lessons.

            ## Where to start

            """);
        text.Append('\n');
        foreach (var plan in plans.Take(5)) text.Append($"- [{plan.Title}](lessons/{plan.FileName})\n");
        text.Append($"\nThere are {plans.Count} lessons in all; the navigation lists every one of them.\n");
        return text.ToString();
    }
}

/// <summary>Writes one lesson: front matter and a body of about 60-120 lines.</summary>
static class LessonWriter
{
    private const int WrapColumn = 80;

    // A block is a list of lines; a paragraph stays a list of unbreakable tokens until it is wrapped,
    // so links can still be added to it.
    private abstract record Block;
    private sealed record Lines(List<string> Text) : Block;
    private sealed record Paragraph(List<string> Tokens) : Block;

    public static string Render(LessonPlan plan, IReadOnlyList<LessonPlan> all)
    {
        var rng = Rng.For(plan.Number, 2);
        var blocks = new List<Block> { NewParagraph(rng, rng.Between(1, 2)) };

        // Every lesson has each kind of block once; they are dealt to random sections.
        var features = new List<Func<Rng, Block>> { CodeBlock, Table, DisplayMath, Note, BulletList, NumberedList };
        rng.Shuffle(features);
        var sections = plan.SectionHeadings.Length;
        var paragraphs = new List<Paragraph>();
        for (var s = 0; s < sections; s++)
        {
            blocks.Add(Heading(2, plan.SectionHeadings[s]));
            blocks.Add(Track(NewParagraph(rng, rng.Between(1, 2)), paragraphs));
            for (var f = s; f < features.Count; f += sections)
            {
                blocks.Add(features[f](rng));
                if (rng.Chance(30)) blocks.Add(Track(NewParagraph(rng, 1), paragraphs));
            }
            foreach (var sub in plan.SubHeadings[s])
            {
                blocks.Add(Heading(3, sub));
                blocks.Add(Track(NewParagraph(rng, rng.Between(1, 2)), paragraphs));
            }
        }
        blocks.Add(Heading(2, "Summary"));
        blocks.Add(Track(NewParagraph(rng, rng.Between(1, 2)), paragraphs));

        // 2-3 links to real headings of other lessons, in distinct paragraphs.
        var linkCount = Math.Min(rng.Between(2, 3), paragraphs.Count);
        var chosen = new List<Paragraph>(paragraphs);
        rng.Shuffle(chosen);
        foreach (var paragraph in chosen.Take(linkCount))
            paragraph.Tokens.AddRange(CrossLink(rng, plan, all));

        // Pad with plain paragraphs (inserted before the summary) until the body reaches its target length.
        var target = rng.Between(60, 110);
        while (CountLines(blocks) < target)
            blocks.Insert(blocks.Count - 2, NewParagraph(rng, rng.Between(1, 2)));

        var text = new StringBuilder();
        text.Append($"---\ntitle: {plan.Title}\ndescription: {plan.Description}\nweight: {plan.Number}\n---\n\n");
        text.Append(string.Join("\n\n", blocks.Select(b => string.Join('\n', Render(b)))));
        text.Append('\n');
        return text.ToString();
    }

    private static Paragraph Track(Paragraph paragraph, List<Paragraph> list)
    {
        list.Add(paragraph);
        return paragraph;
    }

    private static int CountLines(List<Block> blocks) => blocks.Sum(b => Render(b).Count + 1) - 1;

    private static List<string> Render(Block block) => block switch
    {
        Lines lines => lines.Text,
        Paragraph paragraph => Wrap(paragraph.Tokens),
        _ => throw new InvalidOperationException(),
    };

    private static List<string> Wrap(List<string> tokens)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var token in tokens)
        {
            if (line.Length > 0 && line.Length + 1 + token.Length > WrapColumn)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(token);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static Lines Heading(int level, string text) => new([$"{new string('#', level)} {text}"]);

    private static Paragraph NewParagraph(Rng rng, int sentences)
    {
        var tokens = new List<string>();
        for (var i = 0; i < sentences; i++) tokens.AddRange(Sentence(rng));
        return new Paragraph(tokens);
    }

    /// <summary>One sentence as tokens; a code or math span is one token, so wrapping never splits it.</summary>
    private static IEnumerable<string> Sentence(Rng rng)
    {
        var tokens = new List<string>();
        tokens.AddRange(rng.Pick(Words.Openers).Split(' '));
        tokens.Add(rng.Chance(30) ? $"*{rng.Pick(Words.Adjectives)}*" : rng.Pick(Words.Adjectives));
        tokens.Add(rng.Pick(Words.Nouns));
        tokens.Add(rng.Pick(Words.Verbs));
        tokens.Add("the");
        tokens.Add(rng.Chance(20) ? $"**{rng.Pick(Words.Nouns)}**" : rng.Pick(Words.Nouns));
        switch (rng.Between(0, 3))
        {
            case 0:
                tokens.AddRange(["through", $"`{rng.Pick(Words.Identifiers)}`,"]);
                break;
            case 1:
                tokens.AddRange(["in", rng.Pick(Words.InlineMath), "time,"]);
                break;
            case 2:
                tokens.AddRange(["for", rng.Pick(Words.InlineMath), "and", $"`{rng.Pick(Words.Identifiers)}`,"]);
                break;
            default:
                tokens[^1] += ",";
                break;
        }
        tokens.AddRange(rng.Pick(Words.Closers).Split(' '));
        return tokens;
    }

    private static IEnumerable<string> CrossLink(Rng rng, LessonPlan self, IReadOnlyList<LessonPlan> all)
    {
        LessonPlan target;
        if (all.Count == 1) target = self;
        else
            do target = rng.Pick(all);
            while (target.Number == self.Number);
        var heading = rng.Pick(target.Headings.ToArray());
        var href = $"{target.FileName}#{LessonPlan.Anchor(heading)}";
        // Link text is one token: a line break inside it would be legal, but keeps the source less readable.
        return rng.Between(0, 2) switch
        {
            0 => ["For", "more", "detail,", $"[see lesson {target.Number}]({href})."],
            1 => ["The", "same", "idea", "appears", "in", $"[{target.Title}]({href})."],
            _ => ["Compare", "with", $"[the part on {heading.ToLowerInvariant()}]({href})", "in", "another", "lesson."],
        };
    }

    private static Block CodeBlock(Rng rng)
    {
        var name = rng.Pick(Words.Nouns);
        var n = rng.Between(2, 64);
        List<string> lines = rng.Between(0, 3) switch
        {
            0 =>
            [
                "```python",
                string.Create(CultureInfo.InvariantCulture, $"def {name}_step(xs, alpha={n / 100.0:0.00}):"),
                "    total = 0.0",
                "    for i, x in enumerate(xs):",
                $"        total += alpha * x ** 2  # weight {n}",
                "    return total / max(len(xs), 1)",
                "",
                $"print({name}_step([1.0, 2.0, 3.0]))",
                "```",
            ],
            1 =>
            [
                "```csharp",
                $"static double {char.ToUpperInvariant(name[0])}{name[1..]}Step(ReadOnlySpan<double> xs)",
                "{",
                "    var total = 0.0;",
                $"    foreach (var x in xs) total += x * x / {n};",
                "    return xs.IsEmpty ? 0 : total / xs.Length;",
                "}",
                "```",
            ],
            2 =>
            [
                "```bash",
                "set -euo pipefail",
                $"for i in $(seq 1 {n}); do",
                $"  echo \"{name} $i\" >> {name}.log",
                "done",
                $"wc -l {name}.log",
                "```",
            ],
            _ =>
            [
                "```javascript",
                $"export function {name}Step(xs, alpha = {n}) {{",
                "  let total = 0;",
                "  for (const x of xs) total += alpha * x * x;",
                "  return xs.length ? total / xs.length : 0;",
                "}",
                "",
                $"console.log({name}Step([1, 2, 3]));",
                "```",
            ],
        };
        return new Lines(lines);
    }

    private static Block Table(Rng rng)
    {
        var lines = new List<string> { "| Parameter | Value | Notes |", "| --- | ---: | --- |" };
        var rows = rng.Between(3, 6);
        for (var i = 0; i < rows; i++)
        {
            var note = rng.Chance(40) ? $"see {rng.Pick(Words.InlineMath)}" : $"`{rng.Pick(Words.Identifiers)}`";
            lines.Add($"| {rng.Pick(Words.Nouns)} {i + 1} | {rng.Between(1, 9999)} | {note} |");
        }
        return new Lines(lines);
    }

    private static Block DisplayMath(Rng rng) => new Lines(["$$", rng.Pick(Words.DisplayMath), "$$"]);

    private static Block Note(Rng rng)
    {
        var lines = new List<string> { ":::note" };
        lines.AddRange(Wrap(NewParagraph(rng, rng.Between(1, 2)).Tokens));
        lines.Add(":::");
        return new Lines(lines);
    }

    private static Block BulletList(Rng rng)
    {
        var lines = new List<string>();
        var items = rng.Between(3, 6);
        for (var i = 0; i < items; i++)
        {
            lines.Add($"- The {rng.Pick(Words.Nouns)} {rng.Pick(Words.Verbs)} `{rng.Pick(Words.Identifiers)}` in {rng.Pick(Words.InlineMath)} steps");
            if (rng.Chance(20)) lines.Add($"  - *{rng.Pick(Words.Adjectives)}* when the {rng.Pick(Words.Nouns)} is small");
        }
        return new Lines(lines);
    }

    private static Block NumberedList(Rng rng)
    {
        var lines = new List<string>();
        var items = rng.Between(3, 5);
        for (var i = 0; i < items; i++)
            lines.Add($"{i + 1}. {Capital(rng.Pick(Words.Verbs))} the **{rng.Pick(Words.Nouns)}** with `{rng.Pick(Words.Identifiers)}`.");
        return new Lines(lines);
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
