namespace SiteGen.Preview;

/// <summary>
/// The script every page the preview server serves runs: it listens for the server's events,
/// reloads the page after a successful rebuild, and while the last rebuild failed shows its
/// errors over the page in an alert dialog (file:line:column, code, message, and the source
/// line with a caret under the column). The dialog is drawn in a shadow root, so the page's
/// styles cannot reach it, but in the theme's colours, which its custom properties carry in;
/// Escape or its button dismisses it until the next failed rebuild. Built sites never carry it.
/// </summary>
public static class ErrorOverlay
{
    /// <summary>The element the dialog is drawn in; tests find the overlay by it.</summary>
    public const string HostElement = "sitegen-error-overlay";

    /// <summary>The script, with the server's event names and path filled in.</summary>
    public static readonly string Script = Source
        .Replace("EVENTS_PATH", LiveReload.EventsPath, StringComparison.Ordinal)
        .Replace("RELOAD_EVENT", LiveReload.ReloadEvent, StringComparison.Ordinal)
        .Replace("ERRORS_EVENT", LiveReload.ErrorsEvent, StringComparison.Ordinal)
        .Replace("HOST_ELEMENT", HostElement, StringComparison.Ordinal);

    private const string Source = """
(function () {
  "use strict";
  var CSS = ":host{all:initial}"
    + ".backdrop{position:fixed;inset:0;z-index:2147483647;box-sizing:border-box;overflow-y:auto;padding:max(1rem,6vh) 1rem 1rem;background:rgb(0 0 0/.5);font:400 1rem/1.5 var(--font-sans,system-ui,sans-serif);color:var(--fg,#1b1f24)}"
    + ".dialog{box-sizing:border-box;max-width:56rem;margin:0 auto;padding:1rem 1.25rem 1.25rem;background:var(--bg-raised,#fff);border:1px solid var(--border,#d6dae0);border-top:.3rem solid var(--c-danger,#c21a1a);border-radius:var(--radius,.5rem);box-shadow:var(--shadow,0 4px 14px rgb(0 0 0/.2))}"
    + ".dialog:focus{outline:none}"
    + ".head{display:flex;align-items:flex-start;justify-content:space-between;gap:1rem}"
    + ".title{margin:0;font-size:1.25rem;line-height:1.3;font-weight:650;color:var(--c-danger,#c21a1a)}"
    + ".close{flex:none;font:inherit;font-size:.9375rem;padding:.25rem .75rem;border:1px solid var(--border-strong,#aeb5bf);border-radius:var(--radius,.5rem);background:var(--bg-soft,#f5f6f8);color:var(--fg,#1b1f24);cursor:pointer}"
    + ".close:hover{border-color:var(--fg-muted,#57606a)}"
    + ".close:focus-visible{outline:2px solid var(--focus,#0b57d0);outline-offset:2px}"
    + ".summary{margin:.5rem 0 0;color:var(--fg-muted,#57606a)}"
    + ".errors{list-style:none;margin:1rem 0 0;padding:0}"
    + ".error+.error{margin-top:1rem;padding-top:1rem;border-top:1px solid var(--border,#d6dae0)}"
    + ".where{margin:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:baseline;font:.875rem/1.5 var(--font-mono,monospace)}"
    + ".place{font-weight:600;overflow-wrap:anywhere}"
    + ".code{padding:0 .4rem;border:1px solid currentColor;border-radius:.25rem;color:var(--c-danger,#c21a1a);font-size:.8125rem}"
    + ".message{margin:.25rem 0 0;overflow-wrap:anywhere}"
    + ".source{margin:.5rem 0 0;padding:.5rem .75rem;overflow-x:auto;background:var(--code-bg,#f3f4f6);color:var(--fg,#1b1f24);border-radius:calc(var(--radius,.5rem)*.75);font:.875rem/1.5 var(--font-mono,monospace);tab-size:4}"
    + ".gutter{color:var(--fg-muted,#57606a);user-select:none}"
    + ".caret{color:var(--c-danger,#c21a1a);font-weight:700}"
    + ".more{margin:1rem 0 0;color:var(--fg-muted,#57606a)}";
  var host = null, opener = null;

  function make(parent, tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }

  function count(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function hide(restoreFocus) {
    if (!host) return;
    host.remove();
    host = null;
    document.removeEventListener("keydown", onKey, true);
    if (restoreFocus && opener && opener.focus) opener.focus();
  }

  function onKey(event) {
    if (event.key === "Escape") {
      event.preventDefault();
      hide(true);
    } else if (event.key === "Tab") {
      // The dismiss button is the dialog's one control: keep focus in the dialog.
      event.preventDefault();
      host.shadowRoot.querySelector(".close").focus();
    }
  }

  function show(report) {
    hide(false);
    opener = document.activeElement;
    host = document.createElement("HOST_ELEMENT");
    var root = host.attachShadow({ mode: "open" });
    make(root, "style", null, CSS);
    var backdrop = make(root, "div", "backdrop");
    var dialog = make(backdrop, "div", "dialog");
    dialog.setAttribute("role", "alertdialog");
    dialog.setAttribute("aria-modal", "true");
    dialog.setAttribute("aria-labelledby", "sitegen-title");
    dialog.setAttribute("aria-describedby", "sitegen-summary");
    dialog.tabIndex = -1;
    var head = make(dialog, "div", "head");
    make(head, "h2", "title", "Build failed: " + count(report.errorCount, "error")).id = "sitegen-title";
    var close = make(head, "button", "close", "Dismiss");
    close.type = "button";
    close.title = "Dismiss (Esc); it comes back if the next rebuild fails too";
    close.setAttribute("aria-keyshortcuts", "Escape");
    close.addEventListener("click", function () { hide(true); });
    make(dialog, "p", "summary", "The page below is the last good build. Fix the source and save: the page reloads when the build succeeds.").id = "sitegen-summary";
    var list = make(dialog, "ol", "errors");
    report.errors.forEach(function (error) {
      var item = make(list, "li", "error");
      var where = make(item, "p", "where");
      if (error.file) make(where, "span", "place", error.file + ":" + error.line + ":" + error.column);
      make(where, "span", "code", error.code);
      make(item, "p", "message", error.message);
      if (error.source != null) {
        var pre = make(item, "pre", "source");
        var number = String(error.line);
        make(pre, "span", "gutter", number + " | ");
        make(pre, "span", "line", error.source + "\n");
        // The caret repeats the column the place already names: screen readers skip it.
        var mark = make(pre, "span", "mark");
        mark.setAttribute("aria-hidden", "true");
        make(mark, "span", "gutter", " ".repeat(number.length) + " | ");
        make(mark, "span", "caret", error.caret);
      }
    });
    var hidden = report.errorCount - report.errors.length;
    if (hidden > 0) make(dialog, "p", "more", "… and " + count(hidden, "more error") + ", listed in the terminal.");
    (document.body || document.documentElement).appendChild(host);
    dialog.focus();
    document.addEventListener("keydown", onKey, true);
  }

  var events = new EventSource("EVENTS_PATH");
  events.addEventListener("RELOAD_EVENT", function () { location.reload(); });
  events.addEventListener("ERRORS_EVENT", function (event) { show(JSON.parse(event.data)); });
})();
""";
}
