using SiteGen.Compute;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Templates;

/// <summary>
/// The `asset "css/site.css"` template function: the relative href of a theme asset under
/// its hashed name. An unknown asset is a template error rather than a broken link.
/// </summary>
public sealed class AssetFunction(IReadOnlyDictionary<string, string> outputPaths, string root) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1 || arguments[0] is not string logical)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, "asset takes one argument, the asset's path, such as \"css/site.css\"");
        if (!outputPaths.TryGetValue(logical, out var path))
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"the theme has no asset '{logical}'{Suggestions.DidYouMean(logical, outputPaths.Keys)}");
        return root + path;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) => new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "path");
}
