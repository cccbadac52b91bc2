using System.Globalization;
using CsCheck;

namespace SiteGen.Tests.Compute.Properties;

/// <summary>A generated lesson: definitions in order, and an expression that uses them.</summary>
public sealed record GeneratedProgram(IReadOnlyList<string> Definitions, string Expression)
{
    public override string ToString() => string.Join("\n", Definitions) + "\n>>> " + Expression;
}

/// <summary>
/// Random well-formed programs of the lesson language. Variables a and b are always defined;
/// functions f0, f1, f2 follow, each using the earlier names, and their parameters are drawn
/// from the same names (a, b, c, x), so a body's parameter often has a global's name: the
/// capture that expansion must avoid. Bodies call earlier functions, builtins with options that
/// are themselves expressions, derivatives (f'(u), relu'(u), diff(E, x)) and array functions
/// over small vectors that broadcast. Expressions are parenthesised as generated, so the text
/// is the tree; values stay in domains where every builtin is defined.
/// </summary>
public static class ProgramGenerator
{
    public static readonly string[] Names = ["a", "b", "c", "x"];

    private static readonly string[] Smooth = ["sin", "cos", "tanh", "sigmoid", "softplus", "gelu", "silu", "erf", "exp"];
    private static readonly string[] Kinked = ["relu", "abs", "step", "round"];

    private sealed record Context(IReadOnlyList<string> Names, IReadOnlyList<(string Name, int Arity)> Functions);

    private static Gen<string> Number =>
        Gen.Int[-20, 20].Select(n => (n / 10.0).ToString("R", CultureInfo.InvariantCulture));

    /// <summary>
    /// Programs whose final expression is written in <paramref name="free"/> besides the lesson's
    /// names: the variables of a figure, or a parameter of a function the test defines around it.
    /// </summary>
    public static Gen<GeneratedProgram> Programs(params string[] free) =>
        from a in Number
        from b in Number
        from functionCount in Gen.Int[0, 3]
        from functions in Functions(functionCount)
        from expression in Scalar(new Context([.. free, "a", "b"], functions.Signatures), 3)
        select new GeneratedProgram([$"a = {a}", $"b = {b}", .. functions.Lines], expression);

    private sealed record FunctionList(List<string> Lines, List<(string Name, int Arity)> Signatures);

    private static Gen<FunctionList> Functions(int count)
    {
        var gen = Gen.Const(new FunctionList([], []));
        for (var i = 0; i < count; i++)
        {
            var index = i;
            gen = from list in gen
                  from arity in Gen.Int[1, 2]
                  from first in Gen.Int[0, Names.Length - 1]
                  from gap in Gen.Int[1, Names.Length - 1]
                  let parameters = arity == 1 ? new[] { Names[first] } : [Names[first], Names[(first + gap) % Names.Length]]
                  from body in Scalar(new Context([.. parameters, "a", "b"], list.Signatures), 2)
                  select new FunctionList(
                      [.. list.Lines, $"f{index}({string.Join(", ", parameters)}) = {body}"],
                      [.. list.Signatures, ($"f{index}", arity)]);
        }
        return gen;
    }

    private static Gen<string> Scalar(Context context, int depth)
    {
        var leaf = Gen.Frequency((2, Number), (5, Gen.OneOf([.. context.Names])));
        if (depth == 0) return leaf;
        var inner = Scalar(context, depth - 1);
        var options = new List<(int, IGen<string>)>
        {
            (3, leaf),
            (6, Gen.Select(inner, Gen.OneOf("+", "-", "*"), inner, (l, op, r) => $"({l} {op} {r})")),
            (1, Gen.Select(inner, inner, (l, r) => $"({l} / (1.5 + sin({r})))")),
            (2, Gen.Select(inner, Gen.Int[2, 3], (l, k) => $"({l})^{k}")),
            (1, inner.Select(e => $"-({e})")),
            (5, Gen.Select(Gen.OneOf(Smooth), inner, (f, e) => f == "exp" ? $"exp(sin({e}))" : $"{f}({e})")),
            (1, Gen.Select(Gen.OneOf(Kinked), inner, (f, e) => $"{f}({e})")),
            (1, inner.Select(e => $"log(1 + ({e})^2)")),
            (1, inner.Select(e => $"sqrt(1 + ({e})^2)")),
            (1, Gen.Select(inner, inner, (e, s) => $"leaky_relu({e}, slope={s})")),
            (1, Gen.Select(inner, inner, (e, s) => $"elu({e}, alpha={s})")),
            (1, Gen.Select(Gen.OneOf("max", "min"), inner, inner, (f, l, r) => $"{f}({l}, {r})")),
            (2, Gen.Select(Gen.OneOf(Smooth), inner, (f, e) => f == "exp" ? $"exp'(sin({e}))" : $"{f}'({e})")),
            (1, Gen.Select(Gen.OneOf("sigmoid", "tanh", "sin"), inner, (f, e) => $"{f}''({e})")),
            (1, Gen.Select(inner, Gen.OneOf([.. context.Names]), (e, x) => $"diff({e}, {x})")),
            (2, Gen.Select(inner, inner, inner, (p, q, s) => $"sum([{p}, {q}] * {s})")),
            (1, Gen.Select(inner, inner, Gen.OneOf(Smooth), (p, q, f) => f == "exp" ? $"mean(exp(sin([{p}, {q}])))" : $"mean({f}([{p}, {q}]))")),
            (1, Gen.Select(inner, inner, inner, (p, q, s) => $"dot([{p}, {q}], [{s}, 0.5])")),
            (1, Gen.Select(inner, inner, (p, q) => $"sum([[1, 0.5], [-0.5, 2]] @ [{p}, {q}])")),
        };
        foreach (var (name, arity) in context.Functions)
        {
            var call = arity == 1
                ? inner.Select(e => $"{name}({e})")
                : Gen.Select(inner, inner, (l, r) => $"{name}({l}, {r})");
            options.Add((3, call));
            if (arity == 1) options.Add((1, inner.Select(e => $"{name}'({e})")));
        }
        return Gen.Frequency([.. options]);
    }
}
