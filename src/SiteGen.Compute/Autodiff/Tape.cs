using SiteGen.Compute.Values;

namespace SiteGen.Compute.Autodiff;

/// <summary>
/// Records the operations that depend on the variables being differentiated, in the order
/// they happen, which is an order where every node comes after its parents. Backpropagation
/// walks the record backwards in a loop: no recursion, however long the computation.
/// </summary>
public sealed class Tape
{
    private readonly List<Node> _recorded = [];

    /// <param name="depth">How many tapes enclose this one: a derivative inside grad(...) runs on a tape of depth 1.</param>
    public Tape(int depth = 0) => Depth = depth;

    public int Depth { get; }

    /// <summary>Whether any variable is being differentiated on this tape, so that derivatives computed inside it must be differentiable too.</summary>
    public bool IsTracking { get; private set; }

    /// <summary>A variable to differentiate with respect to, its value taken from <paramref name="from"/> (which may belong to an enclosing tape).</summary>
    internal Node Leaf(Node from) => Leaf(from.Value, from.Hidden);

    /// <summary>A variable to differentiate with respect to.</summary>
    public Node Leaf(Tensor value) => Leaf(value, null);

    private Node Leaf(Tensor value, Hiding? hidden)
    {
        var leaf = new Node(value, null) { IsLeaf = true, Hidden = hidden };
        _recorded.Add(leaf);
        IsTracking = true;
        return leaf;
    }

    /// <summary>
    /// The result of an operation. <paramref name="backward"/> receives the result's gradient and
    /// adds each parent's share into it; it is kept only when a parent needs a gradient.
    /// </summary>
    public Node Record(Tensor value, IReadOnlyList<Node> parents, Action<double[]> backward)
    {
        Hiding? hidden = null;
        var requiresGrad = false;
        foreach (var parent in parents)
        {
            requiresGrad |= parent.RequiresGrad;
            hidden = Hiding.Innermost(hidden, parent.Hidden);
        }
        if (!requiresGrad) return Node.HiddenConstant(value, hidden);
        var node = new Node(value, backward) { Hidden = hidden };
        _recorded.Add(node);
        return node;
    }

    /// <summary>Fills every recorded node's gradient of the scalar <paramref name="output"/>.</summary>
    public void Backpropagate(Node output)
    {
        if (!output.RequiresGrad) return;
        output.GradBuffer()[0] = 1;
        for (var i = _recorded.Count - 1; i >= 0; i--)
        {
            var node = _recorded[i];
            if (node.Grad is not null && node.Backward is not null) node.Backward(node.Grad);
        }
    }

    /// <summary>The gradient of the last backpropagated output with respect to <paramref name="leaf"/>, shaped like it.</summary>
    public static Tensor GradientOf(Node leaf) => Tensor.Like(leaf.Value, leaf.Grad ?? new double[leaf.Value.Count]);
}
