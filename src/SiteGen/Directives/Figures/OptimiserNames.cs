using SiteGen.Compute.Optimisation;

namespace SiteGen.Directives.Figures;

/// <summary>The words authors write for the optimisers (`adam`) and the names figures show them by (`Adam`).</summary>
public static class OptimiserNames
{
    /// <summary>The words, in the order of <see cref="OptimiserKind"/>.</summary>
    public static IReadOnlyList<string> Words => WordList;

    private static readonly string[] WordList = ["sgd", "momentum", "nesterov", "rmsprop", "adagrad", "adam"];

    private static readonly string[] Shown = ["SGD", "Momentum", "Nesterov", "RMSprop", "Adagrad", "Adam"];

    public static string Word(OptimiserKind kind) => WordList[(int)kind];

    /// <summary>The name in a legend, a caption or a description: `RMSprop`, as torch.optim and papers write it.</summary>
    public static string Display(OptimiserKind kind) => Shown[(int)kind];

    public static OptimiserKind? Parse(string word) =>
        Array.IndexOf(WordList, word.Trim()) is var k and >= 0 ? (OptimiserKind)k : null;
}
