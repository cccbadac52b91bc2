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

  // Disclosures that are always open on wide screens (menu, table of contents): CSS shows
  // them there where the browser supports ::details-content; they are opened here too, so
  // that what they hold is open to assistive technology and to the keyboard as well as to
  // the eye, and closed again when the window narrows past the width.
  document.querySelectorAll("details[data-open-at]").forEach(function (d) {
    var wide = window.matchMedia(d.getAttribute("data-open-at"));
    if (wide.matches) d.open = true;
    if (wide.addEventListener) wide.addEventListener("change", function () { d.open = wide.matches; });
  });

  // Keep the current page visible in a long sidebar or menu.
  var nav = document.getElementById("sg-nav");
  var current = nav && nav.querySelector('[aria-current="page"]');
  function reveal() {
    if (!current || nav.scrollHeight <= nav.clientHeight) return;
    var top = current.getBoundingClientRect().top - nav.getBoundingClientRect().top;
    if (top < 0 || top > nav.clientHeight - 48) nav.scrollTop += top - nav.clientHeight / 3;
  }
  if (current) {
    // Measured in the next frame, when the layout the page needs anyway is done once for this
    // script's and the others' changes, rather than forced now and redone after theirs.
    requestAnimationFrame(reveal);
    var menu = nav.closest("details");
    if (menu) menu.addEventListener("toggle", function () { if (menu.open) reveal(); });
  }

  // What scrolls sideways on a narrow screen (a table's box, a long displayed formula) is a
  // keyboard stop, so it can be scrolled without a mouse; a box with nothing to scroll gives
  // its stop up, and takes it back when the window narrows. A ResizeObserver reports after
  // layout, so measuring forces none.
  var boxes = document.querySelectorAll('.table-wrap, div.math, math[display="block"], .eval-line, .define');
  if (boxes.length && "ResizeObserver" in window) {
    var sized = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) {
        var box = entry.target;
        if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
        else if (document.activeElement !== box) box.removeAttribute("tabindex");
      });
    });
    boxes.forEach(function (box) { sized.observe(box); });
  }

  // The table of contents marks the section being read (aria-current="location"): the last
  // heading that has passed the line a third of the way down the window, or the last one
  // when the page is scrolled to its end.
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.toc-nav a[href^="#"]'));
  var sections = tocLinks.map(function (a) {
    return document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
  });
  if (tocLinks.length && "IntersectionObserver" in window) {
    var marked = null;
    var pending = 0;
    var mark = function () {
      pending = 0;
      var line = window.innerHeight / 3;
      var index = -1;
      for (var i = 0; i < sections.length; i++) {
        if (sections[i] && sections[i].getBoundingClientRect().top <= line) index = i;
      }
      var atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atEnd && window.scrollY > 0) index = sections.length - 1;
      var link = index >= 0 ? tocLinks[index] : null;
      if (link === marked) return;
      if (marked) marked.removeAttribute("aria-current");
      marked = link;
      if (!link) return;
      link.setAttribute("aria-current", "location");
      // Keep the marked entry in sight in a table of contents that scrolls on its own.
      var box = link.closest(".toc");
      if (box && box.scrollHeight > box.clientHeight) {
        var top = link.getBoundingClientRect().top - box.getBoundingClientRect().top;
        if (top < 0 || top > box.clientHeight - 32) box.scrollTop += top - box.clientHeight / 3;
      }
    };
    var schedule = function () { if (!pending) pending = requestAnimationFrame(mark); };
    // The observer reports after layout (first for every heading as the page is laid out), so
    // it marks at once; passing the end of the page moves no heading across the line, so
    // scrolling is watched too.
    var observer = new IntersectionObserver(function () { cancelAnimationFrame(pending); mark(); },
      { rootMargin: "0px 0px -66% 0px" });
    sections.forEach(function (s) { if (s) observer.observe(s); });
    window.addEventListener("scroll", schedule, { passive: true });
  }

  // A page with <base> (the 404 page) would send "#id" links to the home page.
  if (document.querySelector("base[href]")) {
    var here = location.href.split("#")[0];
    document.querySelectorAll('a[href^="#"]').forEach(function (a) {
      a.href = here + a.getAttribute("href");
    });
  }
})();
