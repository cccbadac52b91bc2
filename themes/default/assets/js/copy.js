/* SiteGen default theme: a copy button on every code block.
   It copies the code alone: not the prompts of a terminal session ($ ), not what its
   commands printed, not the button's own label. navigator.clipboard needs a secure
   context, which a page opened from disk (file://) may not be; there the text is
   selected in a hidden field and copied with execCommand, as browsers still allow
   inside a click. */
(function () {
  "use strict";
  var blocks = document.querySelectorAll(".code-block");
  if (!blocks.length) return;

  var SVG = 'viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';
  var ICONS =
    '<svg class="icon icon-copy" ' + SVG + '><rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2"/></svg>' +
    '<svg class="icon icon-done" ' + SVG + '><path d="M5 12.5l4.5 4.5L19 7.5"/></svg>';

  // One live region for the page: screen readers announce what is written into it. It sits
  // in the main landmark, as all of a page's content should.
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  (document.getElementById("sg-main") || document.body).appendChild(status);

  function codeText(code) {
    var copy = code.cloneNode(true);
    copy.querySelectorAll(".gp, .go").forEach(function (n) { n.remove(); });
    return copy.textContent.replace(/\n+$/, "");
  }

  function copyWithSelection(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.setAttribute("aria-hidden", "true");
    field.style.cssText = "position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;";
    document.body.appendChild(field);
    var active = document.activeElement;
    field.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    field.remove();
    if (active && active.focus) active.focus();
    return ok;
  }

  function writeText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyWithSelection(text); });
    }
    return Promise.resolve(copyWithSelection(text));
  }

  function announce(message) {
    // Clear first, so the same message twice in a row is announced twice.
    status.textContent = "";
    setTimeout(function () { status.textContent = message; }, 50);
  }

  blocks.forEach(function (block) {
    var code = block.querySelector("pre > code");
    if (!code) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.innerHTML = ICONS + '<span class="copy-label">Copy</span>';
    var label = button.querySelector(".copy-label");
    var timer = 0;

    function show(state, text) {
      button.setAttribute("data-state", state);
      label.textContent = text;
      clearTimeout(timer);
      timer = setTimeout(function () {
        button.removeAttribute("data-state");
        label.textContent = "Copy";
      }, 2000);
    }

    button.addEventListener("click", function () {
      writeText(codeText(code)).then(function (ok) {
        if (ok) {
          show("copied", "Copied");
          announce("Copied to the clipboard");
        } else {
          // Leave the code selected so that the reader can copy it with the keyboard.
          var range = document.createRange();
          range.selectNodeContents(code);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          show("failed", "Press Ctrl+C");
          announce("Could not copy; the code is selected, press Control C to copy it");
        }
      });
    });
    // The language's name, for sighted readers; the block's own name already says it to the rest.
    var name = (block.querySelector("pre").getAttribute("aria-label") || "").replace(/ code$/, "");
    if (name && name !== "Code" && name !== "Text") {
      var tag = document.createElement("span");
      tag.className = "code-lang";
      tag.setAttribute("aria-hidden", "true");
      tag.textContent = name;
      block.appendChild(tag);
    }
    block.appendChild(button);
  });
})();
