using System.CommandLine;
using SiteGen.Compute.Evaluation;
using SiteGen.Compute.Syntax;
using SiteGen.Compute.Values;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen calc [--define "DEF"]... [--json] "EXPR"`: evaluates an expression of the lesson
/// language after the definitions. An expression that starts with '-' is still the expression.
/// </summary>
public static class CalcCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var defines = new Option<string[]>("--define") { Description = "A definition to make first, such as \"f(x) = x^2\"; repeatable.", AllowMultipleArgumentsPerToken = false };
        var json = new Option<bool>("--json") { Description = "Print the value as JSON." };
        var expression = new Argument<string?>("expression") { Description = "The expression to evaluate.", Arity = ArgumentArity.ZeroOrOne };
        // "-x^2" is not an option: unmatched tokens are read as the expression below.
        var command = new Command("calc", "Evaluate an expression of the lesson language.") { defines, json, expression };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var texts = new[] { parse.GetValue(expression) }.OfType<string>().Concat(parse.UnmatchedTokens).ToList();
            if (texts.Count != 1)
            {
                error.WriteLine(texts.Count == 0 ? "sitegen: calc needs an expression, such as: sitegen calc \"sigmoid'(0)\""
                    : $"sitegen: calc takes one expression, but got {texts.Count}: quote it as one argument");
                return CliApp.UsageError;
            }
            var scope = new Scope();
            var definitions = parse.GetValue(defines) ?? [];
            for (var k = 0; k < definitions.Length; k++)
                if (Calculator.Define(definitions[k], scope) is { } problem)
                    return Report(problem, definitions[k], $"--define[{k + 1}]", error);
            var result = Calculator.Evaluate(texts[0], scope);
            if (result.Error is { } failure) return Report(failure, texts[0], "<expr>", error);
            if (result.Formula is { } formula)
                output.WriteLine(parse.GetValue(json) ? System.Text.Json.JsonSerializer.Serialize(formula, CalcJson.Default.String) : formula);
            else output.WriteLine(parse.GetValue(json) ? Json(result.Value!) : result.Value!.ToString());
            return CliApp.Success;
        });
        return command;
    }

    private static int Report(ExpressionError problem, string text, string source, TextWriter error)
    {
        var at = new SourceText(text).PositionOf(problem.Span.Start);
        CliApp.Print([Diagnostic.Of(problem.Code, problem.Message, new SourceLocation(source, at.Line, at.Column))], error);
        return CliApp.InputErrors;
    }

    /// <summary>A number, or nested arrays of numbers, with round-trip precision.</summary>
    private static string Json(Tensor value) => value.ToString();
}

/// <summary>Source-generated JSON for the one type calc serializes, so Native AOT needs no reflection.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class CalcJson : System.Text.Json.Serialization.JsonSerializerContext;
