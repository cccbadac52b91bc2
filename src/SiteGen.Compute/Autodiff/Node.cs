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

    /// <summary>Passes this node's gradient on to its parents' <see cref="Grad"/>; null for constants.</summary>
    internal Action<double[]>? Backward { get; }

    /// <summary>d(output)/d(this node), element by element; allocated when first needed.</summary>
    internal double[]? Grad { get; private set; }

    internal double[] GradBuffer() => Grad ??= new double[Value.Count];

    public static Node Constant(Tensor value) => new(value, null);
}
