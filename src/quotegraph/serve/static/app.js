// Hovering or focusing a highlight outlines the whole statement and its entry in the list.
"use strict";
(function () {
  function parts(id) {
    return document.querySelectorAll('[data-statement="' + CSS.escape(id) + '"]');
  }
  function toggle(event, on) {
    var target = event.target.closest("[data-statement]");
    if (!target) return;
    parts(target.dataset.statement).forEach(function (el) { el.classList.toggle("active", on); });
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (e) { toggle(e, true); });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (e) { toggle(e, false); });
  });
  // Arriving from a search hit or a quote page (#s-<id>): outline that statement and show it.
  function linked() {
    var match = /^#s-([A-Za-z0-9_-]+)$/.exec(window.location.hash);
    if (!match) return;
    document.querySelectorAll(".linked").forEach(function (el) { el.classList.remove("linked"); });
    var found = parts(match[1]);
    found.forEach(function (el) { el.classList.add("linked"); });
    var first = document.querySelector('mark[data-statement="' + CSS.escape(match[1]) + '"]');
    if (first) first.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", linked);
  document.addEventListener("DOMContentLoaded", linked);
})();
