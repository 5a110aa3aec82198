// hmspec placeholder runtime: a styled tooltip for cell rects. The full runtime (zoom, pan,
// brush, raster hover) replaces this file. Text is only ever set through textContent.
(function () {
  "use strict";
  var tip = document.querySelector("[data-hm-tooltip]");
  var payload = document.getElementById("hmspec-data");
  window.__hmData = payload ? JSON.parse(payload.textContent) : null;
  if (!tip) { window.__hmReady = true; return; }

  function cellOf(target) {
    return target && target.closest ? target.closest("rect[data-col]") : null;
  }
  // The native <title> tooltip would show on top of ours: move its text to an attribute on first hover.
  function tooltipText(cell) {
    var title = cell.querySelector("title");
    if (title) {
      cell.setAttribute("data-hm-title", title.textContent);
      title.parentNode.removeChild(title);
    }
    return cell.getAttribute("data-hm-title");
  }
  function hide() { tip.hidden = true; }

  document.addEventListener("pointermove", function (event) {
    var cell = cellOf(event.target);
    var text = cell ? tooltipText(cell) : null;
    if (!text) { hide(); return; }
    tip.textContent = text;
    tip.hidden = false;
    var x = event.clientX + 12, y = event.clientY + 12;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth) x = Math.max(0, event.clientX - 12 - w);
    if (y + h > window.innerHeight) y = Math.max(0, event.clientY - 12 - h);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  });
  document.addEventListener("pointerleave", hide);
  window.__hmReady = true;
})();
