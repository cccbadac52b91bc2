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

    /// <summary>A variable to differentiate with respect to.</summary>
    public Node Leaf(Tensor value)
    {
        var leaf = new Node(value, null) { IsLeaf = true };
        _recorded.Add(leaf);
        return leaf;
    }

    /// <summary>
    /// The result of an operation. <paramref name="backward"/> receives the result's gradient and
    /// adds each parent's share into it; it is kept only when a parent needs a gradient.
    /// </summary>
    public Node Record(Tensor value, IReadOnlyList<Node> parents, Action<double[]> backward)
    {
        if (!parents.Any(p => p.RequiresGrad)) return Node.Constant(value);
        var node = new Node(value, backward);
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
