using System.Text;
using SiteGen.Compute.Optimisation;
using SiteGen.Diagnostics;
using SiteGen.Directives.Compute;
using SiteGen.Figures.Drawing;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Directives.Figures;

/// <summary>
/// One optimiser of a {descent}: what <see cref="Optimisers.Create"/> makes, the name the figure
/// shows it by, and in a race its series colour (<see cref="OptimiserColours"/>).
/// </summary>
public sealed record DescentOptimiser(OptimiserSpec Spec, string Label, int? Colour);

/// <summary>
/// The optimisers of a {descent}: one (sgd unless `optimiser` names another), or a race, a list of
/// them run from the same starts on one map. Reads `optimiser` with the shared `rate` and
/// `momentum`, and reports every bad value where it is written, once.
/// </summary>
public static class DescentRaces
{
    /// <summary>The keys an item of a race may have; which of them an optimiser uses is <see cref="Settings"/>.</summary>
    private static readonly string[] Keys = ["optimiser", "rate", "momentum", "beta1", "beta2", "alpha", "eps", "label"];

    /// <summary>The settings of each optimiser besides its rate and label, as torch.optim names them.</summary>
    private static string[] Settings(OptimiserKind kind) => kind switch
    {
        OptimiserKind.Sgd or OptimiserKind.Momentum or OptimiserKind.Nesterov => ["momentum"],
        OptimiserKind.RmsProp => ["alpha", "eps"],
        OptimiserKind.AdaGrad => ["eps"],
        _ => ["beta1", "beta2", "eps"],
    };

    /// <summary>How the label of a run shows each setting the author gave.</summary>
    private static string Symbol(string setting) => setting switch
    {
        "momentum" => "β", "beta1" => "β₁", "beta2" => "β₂", "alpha" => "α", _ => "ε",
    };

    /// <summary>The optimisers, with <paramref name="IsRace"/> when `optimiser` was a list (each path then labelled and coloured by its optimiser).</summary>
    public sealed record Race(IReadOnlyList<DescentOptimiser> Optimisers, bool IsRace);

    /// <summary>
    /// The optimisers `optimiser` names; null after reporting a problem. A missing rate is
    /// reported only when <paramref name="reportMissingRate"/>: after an unreadable options block
    /// the rate is hidden, not missing, and the YAML error is the one cause.
    /// </summary>
    public static Race? Read(OptionReader reader, Option<YamlNode> optimiser, Option<YamlNode?> rate, Option<YamlNode> momentum,
        bool reportMissingRate)
    {
        var sharedRate = reader.Options.Get(rate) is { } rateNode ? reader.Number(rate, rateNode) : null;
        if (sharedRate is <= 0)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, "'rate' must be above 0", reader.At(rate));
            sharedRate = null;
        }
        // Its range is checked where it is used: a shared momentum no optimiser takes is wrong for that reason alone.
        var sharedMomentum = reader.Number(momentum, reader.Options.Get(momentum));
        var shared = new Shared(reader.Options.IsSet(rate), sharedRate, reader.Options.IsSet(momentum), sharedMomentum, reportMissingRate);
        var node = reader.Options.Get(optimiser);
        if (node is not YamlSequenceNode list)
            return One(reader, optimiser, rate, momentum, node, shared) is { } single ? new Race([single], false) : null;

        if (list.Children.Count == 0)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, "'optimiser' lists no optimisers; name one, or a list of those to race", reader.At(optimiser));
            return null;
        }
        // More runs than colours could not be told apart on the map or in its legend.
        if (!reader.WithinLimit(optimiser, list.Children.Count, Palette.Series.Count, reader.At(optimiser))) return null;
        if (shared.MomentumSet)
            reader.Report(DiagnosticCodes.BadOptionValue, "a race of optimisers takes no shared 'momentum'; give it to the items that use it, " +
                "as in {optimiser: momentum, momentum: 0.5}", reader.At(momentum));
        if (!sharedRate.HasValue && !shared.RateSet && reportMissingRate && list.Children.All(item => !HasKey(item, "rate")))
        {
            MissingRate(reader, rate, "or a 'rate' for each optimiser of the race");
            return null;
        }
        var items = list.Children.Select(item => Item(reader, optimiser, item, shared)).ToList();
        if (items.Any(i => i is null) || reader.Failed) return null;
        var colours = OptimiserColours.For([.. items.Select(i => i!.Spec.Kind)]);
        return new Race([.. items.Select((item, k) => item! with { Colour = colours[k] })], true);
    }

    /// <summary>The shared `rate` and `momentum`: whether each was written, and its value when it was a good one.</summary>
    private sealed record Shared(bool RateSet, double? Rate, bool MomentumSet, double? Momentum, bool ReportMissingRate);

    /// <summary>The single optimiser: a name, or one mapping of settings; the shared `momentum` serves sgd, momentum and Nesterov.</summary>
    private static DescentOptimiser? One(OptionReader reader, Option<YamlNode> optimiser, Option<YamlNode?> rate, Option<YamlNode> momentum,
        YamlNode node, Shared shared)
    {
        if (node is YamlMappingNode)
        {
            if (shared.MomentumSet)
                reader.Report(DiagnosticCodes.BadOptionValue, "give 'momentum' inside the optimiser's settings, with the rest of them", reader.At(momentum));
            if (!shared.Rate.HasValue && !shared.RateSet && shared.ReportMissingRate && !HasKey(node, "rate"))
            {
                MissingRate(reader, rate, "or a 'rate' in the optimiser's settings");
                return null;
            }
            return Item(reader, optimiser, node, shared);
        }
        if (Kind(reader, optimiser, node) is not { } kind) return null;
        if (shared.MomentumSet && !Settings(kind).Contains("momentum"))
        {
            reader.Report(DiagnosticCodes.BadOptionValue, $"{OptimiserNames.Word(kind)} takes no 'momentum'; it has " +
                Describe(Settings(kind)), reader.At(momentum));
            return null;
        }
        if (!shared.Rate.HasValue)
        {
            if (!shared.RateSet && shared.ReportMissingRate) MissingRate(reader, rate, null);
            return null;
        }
        // sgd with the shared momentum is the heavy ball (β = 0: plain descent), as before optimisers could be named.
        var beta = kind == OptimiserKind.Sgd || shared.MomentumSet ? shared.Momentum : null;
        if (beta is { } b && Problem(kind, "momentum", b) is { } problem)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, problem, reader.At(momentum));
            return null;
        }
        if (shared.MomentumSet && shared.Momentum is null) return null;  // its expression's error was reported
        var spec = new OptimiserSpec(kind, shared.Rate.Value) { Momentum = beta };
        var given = shared.MomentumSet && kind != OptimiserKind.Sgd ? new[] { ("momentum", beta!.Value) } : [];
        return new DescentOptimiser(spec, Label(kind, shared.Rate.Value, given), null);
    }

    /// <summary>An item of a race (or the single optimiser written as a mapping): a name, or {optimiser: NAME, settings…}.</summary>
    private static DescentOptimiser? Item(OptionReader reader, Option<YamlNode> optimiser, YamlNode item, Shared shared)
    {
        if (item is YamlScalarNode)
        {
            if (Kind(reader, optimiser, item) is not { } named) return null;
            if (!shared.Rate.HasValue)
            {
                if (!shared.RateSet && shared.ReportMissingRate)
                    reader.Report(DiagnosticCodes.MissingOption, $"{OptimiserNames.Word(named)} has no rate: write {{optimiser: {OptimiserNames.Word(named)}, rate: …}}, " +
                        "or give the descent a shared 'rate'", reader.Locate(optimiser, item));
                return null;
            }
            return new DescentOptimiser(new OptimiserSpec(named, shared.Rate.Value) { Momentum = named == OptimiserKind.Sgd ? 0 : null },
                Label(named, shared.Rate.Value, []), null);
        }
        if (reader.Fields(optimiser, item, "name or a mapping", Keys) is not { } fields) return null;
        if (!fields.TryGetValue("optimiser", out var nameNode))
        {
            reader.Report(DiagnosticCodes.BadOptionValue, $"an optimiser written as a mapping needs 'optimiser: NAME' ({Names})", reader.Locate(optimiser, item));
            return null;
        }
        if (Kind(reader, optimiser, nameNode) is not { } kind) return null;
        var word = OptimiserNames.Word(kind);
        var failed = false;
        foreach (var key in ((YamlMappingNode)item).Children.Keys.OfType<YamlScalarNode>())
            if (key.Value is { } name && fields.ContainsKey(name) && name is not ("optimiser" or "rate" or "label") && !Settings(kind).Contains(name))
            {
                reader.Report(DiagnosticCodes.UnknownOption, $"{word} takes no '{name}'; it has {Describe(Settings(kind))}", reader.Locate(optimiser, key));
                failed = true;
            }

        var itemRate = fields.TryGetValue("rate", out var rateNode) ? reader.Number(optimiser, rateNode) : shared.Rate;
        if (rateNode is not null && itemRate is <= 0)
        {
            reader.Report(DiagnosticCodes.BadOptionValue, "'rate' must be above 0", reader.Locate(optimiser, rateNode));
            return null;
        }
        if (rateNode is null && !shared.Rate.HasValue)
        {
            if (!shared.RateSet && shared.ReportMissingRate)
                reader.Report(DiagnosticCodes.MissingOption, $"{word} has no 'rate', and the descent no shared 'rate' to take", reader.Locate(optimiser, item));
            return null;
        }
        var given = new List<(string Setting, double Value)>();
        foreach (var setting in Settings(kind))
        {
            if (!fields.TryGetValue(setting, out var valueNode)) continue;
            if (reader.Number(optimiser, valueNode) is not { } value) { failed = true; continue; }
            if (Problem(kind, setting, value) is { } problem)
            {
                reader.Report(DiagnosticCodes.BadOptionValue, problem, reader.Locate(optimiser, valueNode));
                failed = true;
                continue;
            }
            given.Add((setting, value));
        }
        var label = fields.TryGetValue("label", out var labelNode) ? reader.Label(optimiser, labelNode) : null;
        if (failed || itemRate is null || (labelNode is not null && label is null)) return null;
        return new DescentOptimiser(Spec(kind, itemRate.Value, given), label ?? Label(kind, itemRate.Value, given), null);
    }

    /// <summary>Why <paramref name="value"/> cannot be the <paramref name="setting"/> of <paramref name="kind"/>, or null.</summary>
    private static string? Problem(OptimiserKind kind, string setting, double value) => setting switch
    {
        "eps" when !(value > 0) => "'eps' must be above 0: it keeps a step finite where a gradient is 0",
        "eps" => null,
        "momentum" when kind == OptimiserKind.Nesterov && value == 0 => "nesterov needs a 'momentum' above 0",
        _ when !DecayRate(value) => $"'{setting}' must be from 0 up to (not including) 1",
        _ => null,
    };

    private static bool DecayRate(double value) => value is >= 0 and < 1;

    private static OptimiserSpec Spec(OptimiserKind kind, double rate, IReadOnlyList<(string Setting, double Value)> given)
    {
        var spec = new OptimiserSpec(kind, rate) { Momentum = kind == OptimiserKind.Sgd ? 0 : null };
        foreach (var (setting, value) in given)
            spec = setting switch
            {
                "momentum" => spec with { Momentum = value },
                "beta1" => spec with { Beta1 = value },
                "beta2" => spec with { Beta2 = value },
                "alpha" => spec with { Alpha = value },
                _ => spec with { Eps = value },
            };
        return spec;
    }

    /// <summary>`Adam (rate 0.1)`, with each setting the author gave: `Momentum (rate 0.05, β 0.5)`.</summary>
    private static string Label(OptimiserKind kind, double rate, IReadOnlyList<(string Setting, double Value)> given)
    {
        var text = new StringBuilder(OptimiserNames.Display(kind)).Append(" (rate ").Append(Number(rate));
        foreach (var (setting, value) in given) text.Append(", ").Append(Symbol(setting)).Append(' ').Append(Number(value));
        return text.Append(')').ToString();
    }

    private static OptimiserKind? Kind(OptionReader reader, Option<YamlNode> optimiser, YamlNode node)
    {
        if (reader.Text(optimiser, node, "the name of an optimiser") is not { } text) return null;
        if (OptimiserNames.Parse(text) is { } kind) return kind;
        var near = SiteGen.Compute.Suggestions.Closest(text.Trim(), OptimiserNames.Words);
        reader.Report(DiagnosticCodes.BadOptionValue, $"unknown optimiser '{text.Trim()}'; " + (near is not null ? $"did you mean '{near}'?" : $"the optimisers are {Names}"),
            reader.Locate(optimiser, node));
        return null;
    }

    private static void MissingRate(OptionReader reader, Option<YamlNode?> rate, string? alternative) =>
        reader.Report(DiagnosticCodes.MissingOption, "directive 'descent' needs the option ':rate:', the learning rate" +
            (alternative is null ? "" : ", " + alternative), reader.At(rate));

    private static bool HasKey(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.Keys.Any(k => k is YamlScalarNode { Value: var v } && v == key);

    private static string Names => string.Join(", ", OptimiserNames.Words);

    private static string Describe(IEnumerable<string> settings) =>
        string.Join(", ", settings.Append("rate").Append("label").Select(s => $"'{s}'"));

    private static string Number(double value) => NumberFormat.Number(value, 4);
}
