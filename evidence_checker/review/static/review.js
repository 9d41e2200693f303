// Keeps the score panel current while the page is open (other reviewers may save meanwhile).
// The panel is server-rendered and escaped; this only swaps in the same fragment, refreshed.
(function () {
  "use strict";
  var panel = document.getElementById("score-panel");
  if (!panel || !window.fetch) { return; }
  function refresh() {
    fetch(panel.getAttribute("data-refresh"), { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) { panel.innerHTML = html; } })
      .catch(function () { /* offline or stopped: keep the last panel */ });
  }
  setInterval(function () { if (!document.hidden) { refresh(); } }, 15000);
})();

// Keyboard: j / k move to the next / previous sub-item (or list row), c confirms the tool's
// proposal of the current sub-item (the same form and button as a click; the server checks it),
// Enter on a list row opens its item. Keys typed into a field are left alone.
(function () {
  "use strict";
  var targets = Array.prototype.slice.call(document.querySelectorAll("section.unit, table.items tbody tr"));
  if (!targets.length) { return; }
  var current = -1;
  var hash = window.location.hash.slice(1);
  targets.forEach(function (el, i) { if (el.id && el.id === hash) { current = i; } });
  function select(i) {
    if (i < 0 || i >= targets.length) { return; }
    if (current >= 0) { targets[current].classList.remove("current"); }
    current = i;
    var el = targets[i];
    el.classList.add("current");
    el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "start" });
  }
  if (current >= 0) { targets[current].classList.add("current"); }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (e.target && e.target.isContentEditable)) { return; }
    if (e.key === "j") { e.preventDefault(); select(current + 1); }
    else if (e.key === "k") { e.preventDefault(); select(Math.max(current - 1, 0)); }
    else if (e.key === "c" && current >= 0) {
      var button = targets[current].querySelector("button.confirm");
      if (button && !button.disabled && button.form) {
        e.preventDefault();
        if (button.form.requestSubmit) { button.form.requestSubmit(button); } else { button.click(); }
      }
    } else if (e.key === "Enter" && current >= 0 && targets[current].tagName === "TR") {
      var link = targets[current].querySelector("a");
      if (link) { window.location.href = link.href; }
    }
  });
})();
