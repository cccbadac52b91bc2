// Times the lesson language on the work a plot does: a definition and its derivative over
// 1,000 points. Run: dotnet run -c Release bench/ComputeBenchmark.cs
#:project ../src/SiteGen.Compute/SiteGen.Compute.csproj
#:property TreatWarningsAsErrors=false
using System.Diagnostics;
using SiteGen.Compute.Evaluation;

var points = string.Join(", ", Enumerable.Range(0, 1000).Select(i => (-6 + 12.0 * i / 999).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
var scope = new Scope();
Check(Calculator.Define("f(x) = x^2 * sigmoid(x) + softplus(x) - tanh(x / 2)", scope));
Check(Calculator.Define($"xs = [{points}]", scope));

foreach (var (label, expression) in new[] { ("value at 1,000 points", "f(xs)"), ("derivative at 1,000 points", "f'(xs)"), ("gradient of a sum over 1,000 points", "grad(sum(f(xs)), xs)") })
{
    for (var i = 0; i < 200; i++) Calculator.Evaluate(expression, scope);  // warm up the JIT
    const int runs = 2000;
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < runs; i++) Calculator.Evaluate(expression, scope);
    Console.WriteLine($"{label,-38} {clock.Elapsed.TotalMicroseconds / runs,8:F1} µs per evaluation (parse included)");
}

static void Check(object? error) { if (error is not null) throw new InvalidOperationException(error.ToString()); }
