// Signpost's only script. Every page works without it; with it, "Leave this site" also
// replaces this page in the history (so Back does not return) and three presses of Shift
// leave at once. It reads nothing and sends nothing.
(function () {
  "use strict";
  var exit = document.getElementById("quick-exit");
  if (exit) {
    var leave = function (event) {
      if (event) { event.preventDefault(); }
      document.title = exit.getAttribute("data-title") || "";
      document.body.textContent = "";
      window.location.replace(exit.href);
    };
    exit.addEventListener("click", leave);
    var presses = 0;
    var reset = null;
    // Shift held down with another key (Shift+Tab to go back, a capital letter) is not a
    // press: any other key starts the count again, so keyboard users can move backwards.
    var combined = false;
    document.addEventListener("keydown", function (event) {
      if (event.key === "Shift") { return; }
      presses = 0;
      combined = event.shiftKey;
    });
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") { return; }
      if (combined) { combined = false; return; }
      presses += 1;
      window.clearTimeout(reset);
      reset = window.setTimeout(function () { presses = 0; }, 2000);
      if (presses >= 3) { leave(); }
    });
  }
  var summary = document.querySelector("[data-error-summary]");
  // The summary is the first thing in <main>, so it is already in view: focusing it without
  // scrolling keeps the language list above it from sliding under the sticky header.
  if (summary) { summary.focus({ preventScroll: true }); }
})();
// The live character count of the message box (the server checks the limit too).
(function () {
  "use strict";
  var groups = document.querySelectorAll("[data-character-count]");
  Array.prototype.forEach.call(groups, function (group) {
    var box = group.querySelector("textarea");
    var count = group.querySelector(".character-count");
    var max = parseInt(group.getAttribute("data-max"), 10);
    // The words come from the page, in its language, with "{count}" where the number goes.
    var remaining = group.getAttribute("data-remaining") || "{count}";
    var over = group.getAttribute("data-over") || "-{count}";
    if (!box || !count || !max) { return; }
    var update = function () {
      var left = max - Array.from(box.value).length;
      count.textContent = left >= 0
        ? remaining.replace("{count}", String(left))
        : over.replace("{count}", String(-left));
      group.classList.toggle("form-group--error", left < 0);
    };
    box.addEventListener("input", update);
    update();
  });
})();
