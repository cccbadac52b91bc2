using SiteGen.Compute.Autodiff;
using SiteGen.Compute.Syntax;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// The calls of defined functions one evaluation has made, by function and arguments. The
/// language is pure, so a call with the same arguments gives the same value: `g2(x) = g1(x) + g1(x)`
/// computes g1(x) once, and twenty such lines cost twenty calls, not a million. A shared result is
/// one node of the tape, whose gradient reverse mode accumulates from both uses.
/// </summary>
internal sealed class CallMemo
{
    private readonly Dictionary<Key, Node> _results = [];

    public bool TryGet(FunctionDefinition function, Node[] arguments, out Node result) =>
        _results.TryGetValue(new Key(function, arguments), out result!);

    public void Add(FunctionDefinition function, Node[] arguments, Node result) => _results[new Key(function, arguments)] = result;

    /// <summary>
    /// Arguments match when they are the same node, or constants holding the same value (the same
    /// tensor, or scalars that are equal): `g(1)` twice, or a lesson variable read twice.
    /// </summary>
    private readonly struct Key(FunctionDefinition function, Node[] arguments) : IEquatable<Key>
    {
        private readonly FunctionDefinition _function = function;
        private readonly Node[] _arguments = arguments;

        public bool Equals(Key other)
        {
            if (!ReferenceEquals(_function, other._function) || _arguments.Length != other._arguments.Length) return false;
            for (var i = 0; i < _arguments.Length; i++)
                if (!Same(_arguments[i], other._arguments[i])) return false;
            return true;
        }

        private static bool Same(Node a, Node b) =>
            ReferenceEquals(a, b) || IsPlainConstant(a) && IsPlainConstant(b)
                && (ReferenceEquals(a.Value, b.Value) || a.Value.IsScalar && b.Value.IsScalar && a.Value[0].Equals(b.Value[0]));

        private static bool IsPlainConstant(Node node) => !node.RequiresGrad && node.Hidden is null;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_function.Name);
            foreach (var argument in _arguments)
                hash.Add(IsPlainConstant(argument) && argument.Value.IsScalar ? argument.Value[0].GetHashCode() : 0);
            return hash.ToHashCode();
        }
    }
}
