namespace SiteGen.Templates;

/// <summary>
/// A file the theme ships (CSS, JS, fonts, images), published under a name that carries a
/// hash of its content so browsers may cache it forever: css/site.css → assets/css/site.3f2a9c1b0d.css.
/// </summary>
public sealed record ThemeAsset(string LogicalPath, string OutputPath, byte[] Content);
