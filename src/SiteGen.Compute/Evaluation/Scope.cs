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
    private readonly Dictionary<string, IReadOnlySet<string>> _dependencies = new(StringComparer.Ordinal);

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

    /// <summary>A variable computed from others: its value, and the variables it was computed from.</summary>
    internal void Define(string name, Tensor value, IReadOnlySet<string> dependencies)
    {
        _variables.Add(name, value);
        _dependencies.Add(name, dependencies);
    }

    /// <summary>The variables a variable's value was computed from, however indirectly; none for a literal.</summary>
    internal IReadOnlySet<string> DependenciesOf(string name) =>
        _dependencies.TryGetValue(name, out var dependencies) ? dependencies : new HashSet<string>();
    internal void Define(FunctionDefinition function) => _functions.Add(function.Name, function);
}
