namespace SiteGen.Markdown.MathML;

/// <summary>The TeX commands that stand for a single symbol, and what each becomes in MathML.</summary>
internal static class MathSymbols
{
    /// <summary>Greek letters: lowercase ones are italic identifiers, uppercase ones upright.</summary>
    public static readonly IReadOnlyDictionary<string, string> Greek = new Dictionary<string, string>
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    };

    /// <summary>Letter-like symbols written as identifiers; all upright.</summary>
    public static readonly IReadOnlyDictionary<string, string> Identifiers = new Dictionary<string, string>
    {
        ["nabla"] = "∇", ["partial"] = "∂", ["infty"] = "∞", ["ell"] = "ℓ", ["hbar"] = "ℏ", ["emptyset"] = "∅",
        ["varnothing"] = "∅", ["top"] = "⊤", ["bot"] = "⊥", ["intercal"] = "⊺", ["Re"] = "ℜ", ["Im"] = "ℑ",
        ["aleph"] = "ℵ", ["imath"] = "ı", ["jmath"] = "ȷ",
    };

    /// <summary>Operators, relations, arrows, dots and fences.</summary>
    public static readonly IReadOnlyDictionary<string, string> Operators = new Dictionary<string, string>
    {
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["ne"] = "≠", ["neq"] = "≠", ["approx"] = "≈",
        ["equiv"] = "≡", ["sim"] = "∼", ["simeq"] = "≃", ["cong"] = "≅", ["propto"] = "∝", ["ll"] = "≪", ["gg"] = "≫",
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["gets"] = "←", ["Rightarrow"] = "⇒",
        ["Leftarrow"] = "⇐", ["Leftrightarrow"] = "⇔", ["iff"] = "⟺", ["implies"] = "⟹", ["mapsto"] = "↦",
        ["leftrightarrow"] = "↔", ["uparrow"] = "↑", ["downarrow"] = "↓", ["longrightarrow"] = "⟶",
        ["cdot"] = "⋅", ["times"] = "×", ["odot"] = "⊙", ["otimes"] = "⊗", ["oplus"] = "⊕", ["pm"] = "±",
        ["mp"] = "∓", ["div"] = "÷", ["ast"] = "∗", ["star"] = "⋆", ["circ"] = "∘", ["bullet"] = "∙",
        ["in"] = "∈", ["notin"] = "∉", ["ni"] = "∋", ["subset"] = "⊂", ["subseteq"] = "⊆", ["supset"] = "⊃",
        ["supseteq"] = "⊇", ["cup"] = "∪", ["cap"] = "∩", ["setminus"] = "∖", ["forall"] = "∀", ["exists"] = "∃",
        ["neg"] = "¬", ["lnot"] = "¬", ["land"] = "∧", ["wedge"] = "∧", ["lor"] = "∨", ["vee"] = "∨",
        ["mid"] = "∣", ["parallel"] = "∥", ["perp"] = "⊥", ["prime"] = "′",
        ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["vdots"] = "⋮", ["ddots"] = "⋱",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["lvert"] = "|", ["rvert"] = "|", ["vert"] = "|", ["lVert"] = "‖",
        ["rVert"] = "‖", ["Vert"] = "‖", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["lceil"] = "⌈", ["rceil"] = "⌉",
        ["colon"] = ":", ["backslash"] = "∖",
    };

    /// <summary>Large operators; the value says whether limits go above and below in display style.</summary>
    public static readonly IReadOnlyDictionary<string, (string Symbol, bool LimitsInDisplay)> LargeOperators =
        new Dictionary<string, (string, bool)>
        {
            ["sum"] = ("∑", true), ["prod"] = ("∏", true), ["coprod"] = ("∐", true), ["bigcup"] = ("⋃", true),
            ["bigcap"] = ("⋂", true), ["bigoplus"] = ("⨁", true), ["bigotimes"] = ("⨂", true),
            ["int"] = ("∫", false), ["iint"] = ("∬", false), ["iiint"] = ("∭", false), ["oint"] = ("∮", false),
        };

    /// <summary>Function names written upright; the value says whether subscripts go below in display style (\max_x).</summary>
    public static readonly IReadOnlyDictionary<string, bool> Functions = new Dictionary<string, bool>
    {
        ["sin"] = false, ["cos"] = false, ["tan"] = false, ["cot"] = false, ["sec"] = false, ["csc"] = false,
        ["arcsin"] = false, ["arccos"] = false, ["arctan"] = false, ["sinh"] = false, ["cosh"] = false,
        ["tanh"] = false, ["coth"] = false, ["log"] = false, ["ln"] = false, ["lg"] = false, ["exp"] = false,
        ["arg"] = false, ["deg"] = false, ["dim"] = false, ["ker"] = false, ["hom"] = false, ["gcd"] = true,
        ["det"] = true, ["max"] = true, ["min"] = true, ["sup"] = true, ["inf"] = true, ["lim"] = true,
        ["liminf"] = true, ["limsup"] = true, ["Pr"] = true, ["argmax"] = true, ["argmin"] = true,
    };

    /// <summary>Accents: the mark and whether it stretches over its base.</summary>
    public static readonly IReadOnlyDictionary<string, (string Mark, bool Stretchy)> Accents =
        new Dictionary<string, (string, bool)>
        {
            ["hat"] = ("^", false), ["widehat"] = ("^", true), ["bar"] = ("¯", false), ["overline"] = ("¯", true),
            ["vec"] = ("→", false), ["overrightarrow"] = ("→", true), ["tilde"] = ("~", false),
            ["widetilde"] = ("~", true), ["dot"] = ("˙", false), ["ddot"] = ("¨", false), ["check"] = ("ˇ", false),
            ["breve"] = ("˘", false), ["acute"] = ("´", false), ["grave"] = ("`", false),
        };

    /// <summary>Font commands and the mathvariant they select.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fonts = new Dictionary<string, string>
    {
        ["mathbf"] = "bold", ["mathrm"] = "normal", ["mathit"] = "italic", ["mathbb"] = "double-struck",
        ["mathcal"] = "script", ["mathscr"] = "script", ["mathsf"] = "sans-serif", ["mathtt"] = "monospace",
        ["boldsymbol"] = "bold-italic", ["bm"] = "bold-italic", ["operatorname"] = "normal",
    };

    /// <summary>Spacing commands and their widths.</summary>
    public static readonly IReadOnlyDictionary<string, string> Spaces = new Dictionary<string, string>
    {
        [","] = "0.1667em", [":"] = "0.2222em", [">"] = "0.2222em", [";"] = "0.2778em", ["!"] = "-0.1667em",
        [" "] = "0.3333em", ["quad"] = "1em", ["qquad"] = "2em", ["thinspace"] = "0.1667em",
        ["medspace"] = "0.2222em", ["thickspace"] = "0.2778em", ["enspace"] = "0.5em",
    };

    /// <summary>Text commands whose argument is plain text.</summary>
    public static readonly IReadOnlySet<string> Text = new HashSet<string> { "text", "textrm", "textnormal", "mbox", "textit", "textbf", "texttt" };

    /// <summary>Commands that change the style only and are dropped.</summary>
    public static readonly IReadOnlySet<string> Ignored = new HashSet<string>
    {
        "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits", "nonumber", "notag",
    };

    /// <summary>Sizing commands before a delimiter (\big( and friends) and the size they give.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sizes = new Dictionary<string, string>
    {
        ["big"] = "1.2em", ["bigl"] = "1.2em", ["bigr"] = "1.2em", ["bigm"] = "1.2em",
        ["Big"] = "1.623em", ["Bigl"] = "1.623em", ["Bigr"] = "1.623em", ["Bigm"] = "1.623em",
        ["bigg"] = "2.047em", ["biggl"] = "2.047em", ["biggr"] = "2.047em",
        ["Bigg"] = "2.470em", ["Biggl"] = "2.470em", ["Biggr"] = "2.470em",
    };

    /// <summary>Characters that are operators when typed directly.</summary>
    public static string? CharacterOperator(char ch) => ch switch
    {
        '+' => "+", '-' => "−", '=' => "=", '<' => "<", '>' => ">", '(' => "(", ')' => ")", '[' => "[", ']' => "]",
        '|' => "|", ',' => ",", ';' => ";", ':' => ":", '!' => "!", '/' => "/", '*' => "∗", '.' => ".", '?' => "?",
        '@' => "@", '"' => "\"", '`' => "‘",
        _ => null,
    };
}
