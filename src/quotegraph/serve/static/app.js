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
})();
