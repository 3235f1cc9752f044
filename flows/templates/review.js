// Keyboard shortcuts for the review page (served by the page itself; no external script).
(function () {
  "use strict";
  var rows = function () { return Array.prototype.slice.call(document.querySelectorAll("tr.item")); };
  var selected = 0;
  function select(i) {
    var r = rows();
    if (!r.length) { return false; }
    selected = Math.max(0, Math.min(r.length - 1, i));
    r.forEach(function (row, k) { row.classList.toggle("selected", k === selected); });
    r[selected].scrollIntoView({ block: "nearest" });
    return true;
  }
  function follow(id) {
    var a = document.getElementById(id);
    if (a && a.href) { window.location.href = a.href; return true; }
    return false;
  }
  function focus(id) {
    var el = document.getElementById(id);
    if (el) { el.focus(); return true; }
    return false;
  }
  document.addEventListener("DOMContentLoaded", function () { select(0); });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) {
      if (e.key === "Escape") { t.blur(); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var list = rows().length > 0, done = false;
    switch (e.key) {
      case "j": done = list ? select(selected + 1) : follow("next-item"); break;
      case "k": done = list ? select(selected - 1) : follow("prev-item"); break;
      case "Enter": case "o":
        if (list) { window.location.href = rows()[selected].dataset.href; done = true; }
        else { done = follow("next-open"); }
        break;
      case "n": done = follow("next-open"); break;
      case "]": done = follow("next-page"); break;
      case "[": done = follow("prev-page"); break;
      case "u": done = follow("back"); break;
      case "r": done = focus("resolve-note") || focus("reopen"); break;
      case "d": done = focus("dismiss-note"); break;
      case "/": done = focus("q"); break;
      case "?":
        var h = document.getElementById("help");
        if (h) { h.classList.toggle("shown"); done = true; }
        break;
      default:
        if (/^[1-9]$/.test(e.key)) {
          var sel = document.getElementById("value");
          var n = parseInt(e.key, 10) - 1;
          if (sel && n < sel.options.length) { sel.selectedIndex = n; done = true; }
        }
    }
    if (done) { e.preventDefault(); }
  });
})();
