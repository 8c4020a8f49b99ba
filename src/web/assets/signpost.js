// Signpost's only script. Every page works without it; with it, "Leave this site" also
// replaces this page in the history (so Back does not return) and three presses of Shift
// leave at once. It reads nothing and sends nothing.
(function () {
  "use strict";
  var exit = document.getElementById("quick-exit");
  if (exit) {
    var leave = function (event) {
      if (event) { event.preventDefault(); }
      document.title = "Weather";
      document.body.textContent = "";
      window.location.replace(exit.href);
    };
    exit.addEventListener("click", leave);
    var presses = 0;
    var reset = null;
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") { return; }
      presses += 1;
      window.clearTimeout(reset);
      reset = window.setTimeout(function () { presses = 0; }, 2000);
      if (presses >= 3) { leave(); }
    });
  }
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
})();
