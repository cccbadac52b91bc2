using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Autodiff;

/// <summary>
/// A value on its way through an evaluation. A node that depends on a variable being
/// differentiated knows how to pass its gradient back to the nodes it was made from;
/// every other node is a plain constant and costs nothing extra.
/// </summary>
public sealed class Node
{
    internal Node(Tensor value, Action<double[]>? backward)
    {
        Value = value;
        Backward = backward;
    }

    public Tensor Value { get; }
    public bool RequiresGrad => Backward is not null || IsLeaf;
    internal bool IsLeaf { get; init; }

    /// <summary>
    /// Set when this value depends on a variable of an enclosing tape by way of a derivative
    /// that was computed on a tape of its own, which the enclosing tape cannot follow. A
    /// gradient through such a value would be silently wrong, so backpropagating it on that
    /// tape is an error at the derivative's place instead.
    /// </summary>
    internal Hiding? Hidden { get; init; }

    /// <summary>Passes this node's gradient on to its parents' <see cref="Grad"/>; null for constants.</summary>
    internal Action<double[]>? Backward { get; }

    /// <summary>d(output)/d(this node), element by element; allocated when first needed.</summary>
    internal double[]? Grad { get; private set; }

    internal double[] GradBuffer() => Grad ??= new double[Value.Count];

    public static Node Constant(Tensor value) => new(value, null);

    internal static Node HiddenConstant(Tensor value, Hiding? hidden) => new(value, null) { Hidden = hidden };

    /// <summary>
    /// This node's value as a constant for a derivative computed at <paramref name="at"/> on a tape
    /// nested in <paramref name="tape"/>: marked hidden from <paramref name="tape"/> when it depends on its variables.
    /// </summary>
    internal Node DetachedFrom(Tape tape, TextSpan at) =>
        RequiresGrad ? HiddenConstant(Value, Hiding.Innermost(Hidden, new Hiding(tape, at))) : this;
}

/// <summary>Which tape a value's dependence is hidden from, and the derivative that hid it.</summary>
internal sealed record Hiding(Tape From, TextSpan At)
{
    /// <summary>Of two hidings, the one from the innermost tape: that tape is the first to backpropagate.</summary>
    public static Hiding? Innermost(Hiding? a, Hiding? b) => a is null ? b : b is null ? a : b.From.Depth > a.From.Depth ? b : a;
}
