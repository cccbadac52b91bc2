namespace SiteGen.Tests.Search;

/// <summary>
/// Texts that exercise every rule of SearchText, read by the C# tests here and, in the
/// browser, by search.js's tokens(), which must give the same words.
/// </summary>
public static class TokenSamples
{
    public static readonly string[] Texts =
    [
        "Derivatives and the Directional Derivative",
        "leaky-relu, Leaky‐ReLU and leaky relu",
        "x^2 + y^2 = r² and x₀, x¹⁰",
        "∇f · u = |∇f| cos θ − ∂f/∂x × 2 → ∞ ≤ 1",
        "Café, naïve façade, Straße, Æsir, œuvre, Łódź",
        "ΣΑΣ σίγμα ς",
        "don't stop: rock’n’roll",
        "0.25, 1,000 and 3.14159; v1.2.3 and 2.",
        "snake_case_name and -leading and trailing- and a--b",
        "e\u0301 combining and 𝑥 math italic",
        "",
        "   ",
        "softplus(x) = log(1 + e^x)",
    ];
}
