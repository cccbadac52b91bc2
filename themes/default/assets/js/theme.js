/* SiteGen default theme: light/dark toggle and small progressive enhancements.
   The page works without this script; the inline script in <head> applies a
   stored choice before first paint. */
(function () {
  "use strict";
  var KEY = "sitegen-theme";
  var root = document.documentElement;
  var systemDark = window.matchMedia("(prefers-color-scheme: dark)");

  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : systemDark.matches;
  }

  var button = document.getElementById("sg-theme-toggle");
  if (button) {
    var sync = function () {
      button.setAttribute("aria-pressed", isDark() ? "true" : "false");
    };
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode */ }
      sync();
    });
    if (systemDark.addEventListener) systemDark.addEventListener("change", sync);
    sync();
    button.hidden = false;
  }

  // Disclosures that are always open on wide screens (menu, table of contents):
  // browsers that cannot show a closed <details> through CSS get them opened here.
  var cssOpens = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
  if (!cssOpens) {
    document.querySelectorAll("details[data-open-at]").forEach(function (d) {
      if (window.matchMedia(d.getAttribute("data-open-at")).matches) d.open = true;
    });
  }

  // Keep the current page visible in a long sidebar or menu.
  var nav = document.getElementById("sg-nav");
  var current = nav && nav.querySelector('[aria-current="page"]');
  function reveal() {
    if (!current || nav.scrollHeight <= nav.clientHeight) return;
    var top = current.getBoundingClientRect().top - nav.getBoundingClientRect().top;
    if (top < 0 || top > nav.clientHeight - 48) nav.scrollTop += top - nav.clientHeight / 3;
  }
  if (current) {
    reveal();
    var menu = nav.closest("details");
    if (menu) menu.addEventListener("toggle", function () { if (menu.open) reveal(); });
  }

  // A page with <base> (the 404 page) would send "#id" links to the home page.
  if (document.querySelector("base[href]")) {
    var here = location.href.split("#")[0];
    document.querySelectorAll('a[href^="#"]').forEach(function (a) {
      a.href = here + a.getAttribute("href");
    });
  }
})();
