// Module 7: keyboard and screen readers, with `interact keyboard`. The canvas is focusable (role "application", so
// arrow keys reach us); arrows move a focused cell and show its tooltip, shift+arrows pan,
// + and - zoom, Escape resets. A polite live region announces the focused cell.

View.prototype.describe = function (col, row) {
  var s = this.spec, v = this.cells ? this.cells.value(row * this.cols + col) : undefined, fmt = exactNumber;
  if (s.tooltip) for (var k = 0; k < s.tooltip.length; k++) if (s.tooltip[k].channel === "color") fmt = this.fmt[k];
  var value = v === undefined || v !== v ? "no data" : fmt(v);
  return s.yField + " " + s.yKeys[row] + ", " + s.xField + " " + s.xKeys[col] + ", " + s.colorField + " " + value;
};

View.prototype.setFocus = function (col, row) {
  col = clamp(col, 0, this.cols - 1); row = clamp(row, 0, this.rows - 1);
  this.focus = { col: col, row: row };
  // Keep the focused cell in view: pan just enough when it leaves the window.
  var bx = this.band("x", col), by = this.band("y", row), w = this.win, dx = 0, dy = 0;
  if (bx[0] < w.x0) dx = bx[0] - w.x0; else if (bx[1] > w.x1) dx = bx[1] - w.x1;
  if (by[0] < w.y0) dy = by[0] - w.y0; else if (by[1] > w.y1) dy = by[1] - w.y1;
  if (dx || dy) {
    var x0 = clamp(w.x0 + dx, 0, 1 - (w.x1 - w.x0)), y0 = clamp(w.y0 + dy, 0, 1 - (w.y1 - w.y0));
    this.setWindow({ x0: x0, x1: x0 + w.x1 - w.x0, y0: y0, y1: y0 + w.y1 - w.y0 }, "focus");
  } else {
    this.paintOverlay();
  }
  var text = this.describe(col, row);
  this.canvas.setAttribute("aria-label", text);
  this.page.live.textContent = text;
  var r = this.rectOf(col, col, row, row), box = this.page.svg.getBoundingClientRect(), k = box.width / this.page.width;
  if (hasInteraction(this.spec, "tooltip")) showTip(this.page.tip, this.tipText(col, row), box.left + (r[0] + r[2] / 2) * k, box.top + (r[1] + r[3] / 2) * k);
  this.page.linkHover(this, this.focus);
  emit(this.canvas, "hm:focus", { view: this.id, focus: this.focus, label: text });
};

// Escape leaves the cells: no focus box, no tooltip, and the canvas reads its summary again.
View.prototype.clearFocus = function () {
  if (!this.focus) return;
  this.focus = null;
  this.page.tip.hidden = true;
  this.canvas.setAttribute("aria-label", this.summaryLabel);
  this.paintOverlay();
  this.page.linkHover(this, null);
  emit(this.canvas, "hm:focus", { view: this.id, focus: null, label: null });
};

function attachKeys(view) {
  var c = view.canvas, s = view.spec;
  c.tabIndex = 0;
  c.setAttribute("role", "application");
  c.setAttribute("aria-roledescription", "heatmap");
  view.summaryLabel = (s.title ? s.title + ": " : "") + s.rows + " rows by " + s.columns +
    " columns. Arrow keys move between cells, plus and minus zoom, shift and arrows pan, Escape resets.";
  c.setAttribute("aria-label", view.summaryLabel);
  // Only keyboard focus starts at a cell; a click focuses the canvas without moving anything.
  c.addEventListener("focus", function () { if (!view.focus && view.cells && c.matches(":focus-visible")) view.setFocus(0, 0); });
  c.addEventListener("blur", function () { view.page.tip.hidden = true; });
  c.addEventListener("keydown", function (e) {
    var f = view.focus || { col: 0, row: 0 }, w = view.win, handled = true;
    var dirs = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }, d = dirs[e.key];
    if (d && e.shiftKey && view.panAxis) view.panBy(d[0] * (w.x1 - w.x0) * 0.2, d[1] * (w.y1 - w.y0) * 0.2, "keyboard");
    else if (d) view.setFocus(f.col + d[0], f.row + d[1]);
    else if ((e.key === "+" || e.key === "=") && view.zoomAxis) zoomKey(view, 1.5);
    else if (e.key === "-" && view.zoomAxis) zoomKey(view, 1 / 1.5);
    else if (e.key === "Escape") { view.clearFocus(); view.clearSelection(); view.reset(); }
    else handled = false;
    if (handled) e.preventDefault();
  });
}

// Keyboard zoom centres on the focused cell, so the reader's place stays on screen.
function zoomKey(view, factor) {
  var f = view.focus, w = view.win, cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
  if (f) { var bx = view.band("x", f.col), by = view.band("y", f.row); cx = (bx[0] + bx[1]) / 2; cy = (by[0] + by[1]) / 2; }
  var a = view.zoomAxis, zx = a.indexOf("x") >= 0 ? factor : 1, zy = a.indexOf("y") >= 0 ? factor : 1;
  var sx = (w.x1 - w.x0) / zx, sy = (w.y1 - w.y0) / zy;
  view.animateTo({ x0: cx - sx / 2, x1: cx + sx / 2, y0: cy - sy / 2, y1: cy + sy / 2 }, "keyboard");
}
