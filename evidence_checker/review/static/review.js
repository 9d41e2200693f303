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
