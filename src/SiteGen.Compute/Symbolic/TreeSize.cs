using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Symbolic;

/// <summary>
/// How many nodes an expression has when every shared subtree is counted each time it appears:
/// the work of walking it. Derivatives share subtrees (the product rule uses u twice), so a few
/// nested derivatives can stand for a tree of billions of nodes in little memory; every walk of
/// that tree would take as long.
/// </summary>
internal static class TreeSize
{
    /// <summary>Whether the tree has more than <paramref name="limit"/> nodes; stops counting there.</summary>
    public static bool Exceeds(Expr root, int limit)
    {
        var pending = new Stack<Expr>();
        pending.Push(root);
        var count = 0;
        while (pending.Count > 0)
        {
            if (++count > limit) return true;
            switch (pending.Pop())
            {
                case UnaryExpr u: pending.Push(u.Operand); break;
                case BinaryExpr b: pending.Push(b.Left); pending.Push(b.Right); break;
                case ArrayExpr a: foreach (var item in a.Items) pending.Push(item); break;
                case CallExpr c:
                    foreach (var argument in c.Arguments) pending.Push(argument);
                    foreach (var named in c.Named) pending.Push(named.Value);
                    break;
            }
        }
        return false;
    }
}
