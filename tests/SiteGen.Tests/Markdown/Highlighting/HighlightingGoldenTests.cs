using SiteGen.Markdown.Highlighting;

namespace SiteGen.Tests.Markdown.Highlighting;

/// <summary>
/// The HTML of a small snippet in each language, as the build writes it inside &lt;code&gt;: the
/// classes the theme colours, and text escaped (each snippet holds markup such as &lt;b&gt;).
/// </summary>
public sealed class HighlightingGoldenTests
{
    private static void AssertHtml(string tag, string code, string expected)
    {
        var language = CodeLanguages.Find(tag);
        Assert.NotNull(language);
        // Blocks end in a newline, as Markdig gives their text; the raw literals above do not.
        Assert.Equal(expected, CodeHtml.Render(code + "\n", language.Lexer).TrimEnd('\n'));
    }

    [Fact]
    public void CSharp_snippet_has_its_golden_html() => AssertHtml("csharp",
        """
        // Greets
        #if DEBUG
        public sealed class Greeter
        {
            string Greet(string name) => $"Hi {name}\n" + @"C:\x" + 0x1F + 2.5e-3f;
            /* <b> */ bool Ok() => null == "<script>";
        }
        """,
        """
        <span class="c">// Greets</span>
        <span class="cp">#if DEBUG</span>
        <span class="k">public</span> <span class="k">sealed</span> <span class="k">class</span> <span class="nc">Greeter</span>
        <span class="p">{</span>
            <span class="kt">string</span> <span class="nf">Greet</span><span class="p">(</span><span class="kt">string</span> name<span class="p">)</span> <span class="o">=&gt;</span> <span class="s">$&quot;Hi {name}</span><span class="se">\n</span><span class="s">&quot;</span> <span class="o">+</span> <span class="s">@&quot;C:\x&quot;</span> <span class="o">+</span> <span class="m">0x1F</span> <span class="o">+</span> <span class="m">2.5e-3f</span><span class="p">;</span>
            <span class="c">/* &lt;b&gt; */</span> <span class="kt">bool</span> <span class="nf">Ok</span><span class="p">()</span> <span class="o">=&gt;</span> <span class="kc">null</span> <span class="o">==</span> <span class="s">&quot;&lt;script&gt;&quot;</span><span class="p">;</span>
        <span class="p">}</span>
        """);

    [Fact]
    public void Python_snippet_has_its_golden_html() => AssertHtml("python",
        """
        @dataclass
        class Point:
            def norm(self, p=2):  # length
                return f"<{self.x}>" if True else b'\x00' + r'\d'
        """,
        """
        <span class="nc">@dataclass</span>
        <span class="k">class</span> <span class="nc">Point</span><span class="p">:</span>
            <span class="k">def</span> <span class="nf">norm</span><span class="p">(</span><span class="nb">self</span><span class="p">,</span> p<span class="o">=</span><span class="m">2</span><span class="p">):</span>  <span class="c"># length</span>
                <span class="k">return</span> <span class="s">f&quot;&lt;{self.x}&gt;&quot;</span> <span class="k">if</span> <span class="kc">True</span> <span class="k">else</span> <span class="s">b'</span><span class="se">\x</span><span class="s">00'</span> <span class="o">+</span> <span class="s">r'\d'</span>
        """);

    [Fact]
    public void JavaScript_snippet_has_its_golden_html() => AssertHtml("js",
        """
        // <b>step</b>
        export async function descend(f, x, rate = 0.1) {
          const grad = await f.grad(x), re = /[/]\d+/g;
          console.log(`x = ${x.map(v => v / 2)} {}`, 1_000n, 0xff, x / rate / 2);
          return new Descent(x).step(-rate * grad) ?? null;
        }
        """,
        """
        <span class="c">// &lt;b&gt;step&lt;/b&gt;</span>
        <span class="k">export</span> <span class="k">async</span> <span class="k">function</span> <span class="nf">descend</span><span class="p">(</span>f<span class="p">,</span> x<span class="p">,</span> rate <span class="o">=</span> <span class="m">0.1</span><span class="p">)</span> <span class="p">{</span>
          <span class="k">const</span> grad <span class="o">=</span> <span class="k">await</span> f<span class="p">.</span><span class="nf">grad</span><span class="p">(</span>x<span class="p">),</span> re <span class="o">=</span> <span class="s">/[/]\d+/g</span><span class="p">;</span>
          <span class="nb">console</span><span class="p">.</span><span class="nf">log</span><span class="p">(</span><span class="s">`x = </span><span class="se">${</span>x<span class="p">.</span><span class="nf">map</span><span class="p">(</span>v <span class="o">=&gt;</span> v <span class="o">/</span> <span class="m">2</span><span class="p">)</span><span class="se">}</span><span class="s"> {}`</span><span class="p">,</span> <span class="m">1_000n</span><span class="p">,</span> <span class="m">0xff</span><span class="p">,</span> x <span class="o">/</span> rate <span class="o">/</span> <span class="m">2</span><span class="p">);</span>
          <span class="k">return</span> <span class="k">new</span> <span class="nc">Descent</span><span class="p">(</span>x<span class="p">).</span><span class="nf">step</span><span class="p">(</span><span class="o">-</span>rate <span class="o">*</span> grad<span class="p">)</span> <span class="o">??</span> <span class="kc">null</span><span class="p">;</span>
        <span class="p">}</span>
        """);

    [Fact]
    public void TypeScript_snippet_has_its_golden_html() => AssertHtml("ts",
        """
        interface Point { x: number; label?: string }
        type Loss = (p: Point) => number;
        class Model implements Fit { private readonly w: number[] = []; }
        """,
        """
        <span class="k">interface</span> <span class="nc">Point</span> <span class="p">{</span> x<span class="p">:</span> <span class="kt">number</span><span class="p">;</span> label<span class="o">?</span><span class="p">:</span> <span class="kt">string</span> <span class="p">}</span>
        <span class="k">type</span> <span class="nc">Loss</span> <span class="o">=</span> <span class="p">(</span>p<span class="p">:</span> Point<span class="p">)</span> <span class="o">=&gt;</span> <span class="kt">number</span><span class="p">;</span>
        <span class="k">class</span> <span class="nc">Model</span> <span class="k">implements</span> <span class="nc">Fit</span> <span class="p">{</span> <span class="k">private</span> <span class="k">readonly</span> w<span class="p">:</span> <span class="kt">number</span><span class="p">[]</span> <span class="o">=</span> <span class="p">[];</span> <span class="p">}</span>
        """);

    [Fact]
    public void Shell_snippet_has_its_golden_html() => AssertHtml("sh",
        """
        # build
        export OUT="$HOME/site"
        dotnet run --project src/SiteGen.Cli -- build 2>&1 | tee log.txt
        if [ -f log.txt ]; then echo '<done>'; fi
        """,
        """
        <span class="c"># build</span>
        <span class="nb">export</span> OUT=<span class="s">&quot;</span><span class="nv">$HOME</span><span class="s">/site&quot;</span>
        <span class="nf">dotnet</span> run <span class="na">--project</span> src/SiteGen.Cli <span class="na">--</span> build <span class="m">2</span><span class="o">&gt;&amp;</span><span class="m">1</span> <span class="o">|</span> <span class="nf">tee</span> log.txt
        <span class="k">if</span> <span class="nf">[</span> <span class="na">-f</span> log.txt ]<span class="o">;</span> <span class="k">then</span> <span class="nb">echo</span> <span class="s">'&lt;done&gt;'</span><span class="o">;</span> <span class="k">fi</span>
        """);

    [Fact]
    public void A_terminal_session_snippet_has_its_golden_html() => AssertHtml("console",
        """
        $ sitegen build --strict
        Built 6 pages <ok>
        user@host:~/site$ ls \
        > output
        index.html
        """,
        """
        <span class="gp">$ </span><span class="nf">sitegen</span> build <span class="na">--strict</span>
        <span class="go">Built 6 pages &lt;ok&gt;
        </span><span class="gp">user@host:~/site$ </span><span class="nf">ls</span> \
        <span class="gp">&gt; </span><span class="nf">output</span>
        <span class="go">index.html
        </span>
        """);

    [Fact]
    public void Yaml_snippet_has_its_golden_html() => AssertHtml("yaml",
        """
        # settings
        title: "Gradients <b>"
        weight: 2
        draft: false
        series:
          - label: f
            points: {x: 1, y: null}  # one
        description: |
          Long text: here.
        """,
        """
        <span class="c"># settings</span>
        <span class="na">title</span><span class="p">:</span> <span class="s">&quot;Gradients &lt;b&gt;&quot;</span>
        <span class="na">weight</span><span class="p">:</span> <span class="m">2</span>
        <span class="na">draft</span><span class="p">:</span> <span class="kc">false</span>
        <span class="na">series</span><span class="p">:</span>
          <span class="p">-</span> <span class="na">label</span><span class="p">:</span> f
            <span class="na">points</span><span class="p">:</span> <span class="p">{</span><span class="na">x</span><span class="p">:</span> <span class="m">1</span><span class="p">,</span> <span class="na">y</span><span class="p">:</span> <span class="kc">null</span><span class="p">}</span>  <span class="c"># one</span>
        <span class="na">description</span><span class="p">:</span> <span class="o">|</span>
          <span class="s">Long text: here.</span>
        """);

    [Fact]
    public void Json_snippet_has_its_golden_html() => AssertHtml("json",
        """
        {
          "name": "<sitegen>",
          "tags": ["a\"b", 1.5e3, true, null],
          "bad": nope
        }
        """,
        """
        <span class="p">{</span>
          <span class="na">&quot;name&quot;</span><span class="p">:</span> <span class="s">&quot;&lt;sitegen&gt;&quot;</span><span class="p">,</span>
          <span class="na">&quot;tags&quot;</span><span class="p">:</span> <span class="p">[</span><span class="s">&quot;a</span><span class="se">\&quot;</span><span class="s">b&quot;</span><span class="p">,</span> <span class="m">1.5e3</span><span class="p">,</span> <span class="kc">true</span><span class="p">,</span> <span class="kc">null</span><span class="p">],</span>
          <span class="na">&quot;bad&quot;</span><span class="p">:</span> <span class="err">nope</span>
        <span class="p">}</span>
        """);

    [Fact]
    public void Markdown_snippet_has_its_golden_html() => AssertHtml("markdown",
        """
        # Heading
        
        Some *emphasis*, **strong**, `<code>` and {eval}`f'(3)`, a [link](../a.md).
        
        - item
        > [!NOTE]
        
        ```{define}
        :label: defs
        f(x) = x^2  # square
        ```
        
        ```{plot}
        x: [-2, 2]
        ```
        """,
        """
        <span class="gh"># Heading</span>
        
        Some <span class="ge">*emphasis*</span>, <span class="gs">**strong**</span>, <span class="s">`&lt;code&gt;`</span> and <span class="cp">{eval}</span><span class="s">`f'(3)`</span>, a <span class="p">[</span>link<span class="p">](</span><span class="s">../a.md</span><span class="p">)</span>.
        
        <span class="p">-</span> item
        <span class="p">&gt; </span><span class="cp">[!NOTE]</span>
        
        <span class="p">```</span><span class="cp">{define}</span>
        <span class="na">:label:</span> defs
        <span class="nf">f</span><span class="p">(</span><span class="nv">x</span><span class="p">)</span> <span class="o">=</span> <span class="nv">x</span><span class="o">^</span><span class="m">2</span>  <span class="c"># square</span>
        <span class="p">```</span>
        
        <span class="p">```</span><span class="cp">{plot}</span>
        <span class="na">x</span><span class="p">:</span> <span class="p">[</span><span class="m">-2</span><span class="p">,</span> <span class="m">2</span><span class="p">]</span>
        <span class="p">```</span>
        """);

    [Fact]
    public void The_lesson_language_snippet_has_its_golden_html() => AssertHtml("lesson",
        """
        # a comment
        f(x, y) = x^2 + y^2 * pi
        w = [0.5, -3e-2] @ [[1, 2], [3, 4]]
        grad(sum(sigmoid(w)), w) + f'(3) + leaky_relu(x, slope=0.2)
        bad = 2 × 3 < 4
        """,
        """
        <span class="c"># a comment</span>
        <span class="nf">f</span><span class="p">(</span><span class="nv">x</span><span class="p">,</span> <span class="nv">y</span><span class="p">)</span> <span class="o">=</span> <span class="nv">x</span><span class="o">^</span><span class="m">2</span> <span class="o">+</span> <span class="nv">y</span><span class="o">^</span><span class="m">2</span> <span class="o">*</span> <span class="kc">pi</span>
        <span class="nv">w</span> <span class="o">=</span> <span class="p">[</span><span class="m">0.5</span><span class="p">,</span> <span class="o">-</span><span class="m">3e-2</span><span class="p">]</span> <span class="o">@</span> <span class="p">[[</span><span class="m">1</span><span class="p">,</span> <span class="m">2</span><span class="p">],</span> <span class="p">[</span><span class="m">3</span><span class="p">,</span> <span class="m">4</span><span class="p">]]</span>
        <span class="nb">grad</span><span class="p">(</span><span class="nb">sum</span><span class="p">(</span><span class="nb">sigmoid</span><span class="p">(</span><span class="nv">w</span><span class="p">)),</span> <span class="nv">w</span><span class="p">)</span> <span class="o">+</span> <span class="nf">f</span><span class="o">'</span><span class="p">(</span><span class="m">3</span><span class="p">)</span> <span class="o">+</span> <span class="nb">leaky_relu</span><span class="p">(</span><span class="nv">x</span><span class="p">,</span> <span class="nv">slope</span><span class="o">=</span><span class="m">0.2</span><span class="p">)</span>
        <span class="nv">bad</span> <span class="o">=</span> <span class="m">2</span> <span class="err">×</span> <span class="m">3</span> <span class="err">&lt;</span> <span class="m">4</span>
        """);
}
