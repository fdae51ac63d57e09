/* Policy Tracker: small touches that the pages work without.
   - The filter panel starts closed on a narrow screen unless filters are in use, so results
     come first; without this script it stays open.
   - A table too wide for its box says it scrolls sideways (the box's shadows say so too). */
(function () {
  "use strict";

  var narrow = window.matchMedia("(max-width: 59.99rem)");
  document.querySelectorAll("details.filter-panel[data-close-on-narrow]").forEach(function (panel) {
    if (narrow.matches) {
      panel.removeAttribute("open");
    }
  });

  function markOverflow(box) {
    box.classList.toggle("is-overflowing", box.scrollWidth > box.clientWidth + 1);
  }
  var boxes = document.querySelectorAll(".table-scroll");
  if ("ResizeObserver" in window) {
    var observer = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) { markOverflow(entry.target); });
    });
    boxes.forEach(function (box) { observer.observe(box); });
  } else {
    boxes.forEach(markOverflow);
  }
})();
