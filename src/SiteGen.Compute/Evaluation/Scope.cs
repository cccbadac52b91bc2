using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;

namespace SiteGen.Compute.Evaluation;

/// <summary>
/// The names a lesson has defined, in order. Later definitions may use earlier ones;
/// defining a name twice is an error. One scope per lesson, so nothing leaks between lessons.
/// </summary>
public sealed class Scope
{
    private readonly Dictionary<string, Tensor> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FunctionDefinition> _functions = new(StringComparer.Ordinal);

    public Scope() => Derived = new Symbolic.DerivedFormulas(this);

    public IReadOnlyDictionary<string, Tensor> Variables => _variables;

    /// <summary>The derivative formulas this scope's expressions have needed, each derived once.</summary>
    internal Symbolic.DerivedFormulas Derived { get; }
    public IReadOnlyDictionary<string, FunctionDefinition> Functions => _functions;

    /// <summary>
    /// How many operations one expression may take before it is stopped with SG1211
    /// (<see cref="ComputeBudget"/>); a site raises it with max_operations in site.yml.
    /// </summary>
    public long OperationLimit { get; set; } = ComputeBudget.DefaultLimit;

    public bool IsDefined(string name) => _variables.ContainsKey(name) || _functions.ContainsKey(name);

    internal void Define(string name, Tensor value) => _variables.Add(name, value);
    internal void Define(FunctionDefinition function) => _functions.Add(function.Name, function);
}
