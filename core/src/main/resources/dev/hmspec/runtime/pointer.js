// Module 6: the pointer. Hover finds the cell arithmetically (no hit-testing of a million
// shapes; none over a padding gap); drag pans, shift+drag brushes, alt+drag (or the toolbar's box mode) zooms to a box;
// the wheel and a two-finger pinch zoom around the pointer; double-click resets.

View.prototype.tipText = function (col, row) {
  if (this.cells && this.cells.tiled) return this.cells.tipText(this, col, row); // tiles.js: block or exact value
  var s = this.spec, i = row * this.cols + col, v = this.cells ? this.cells.value(i) : undefined;
  if (s.tooltips) return s.tooltips[i];
  var fields = s.tooltip || [{ name: s.xField, channel: "x" }, { name: s.yField, channel: "y" }, { name: s.colorField, channel: "color" }];
  var lines = [];
  for (var k = 0; k < fields.length; k++) {
    var f = fields[k], text;
    if (f.channel === "x") text = s.xKeys[col];
    else if (f.channel === "y") text = s.yKeys[row];
    else if (f.channel === "color") text = v === undefined || v !== v ? WORDS.nodata : (this.fmt[k] || exactNumber)(v);
    else text = "\u2013";
    lines.push(f.name + ": " + text);
  }
  return lines.join("\n");
};

// Shows the tooltip next to (cx, cy) in client pixels, flipped and clamped to stay in the viewport.
function showTip(tip, text, cx, cy) {
  tip.textContent = text;
  tip.hidden = false;
  var w = tip.offsetWidth, h = tip.offsetHeight, vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  var x = cx + 14, y = cy + 14;
  if (x + w > vw - 4) x = cx - 14 - w;
  if (y + h > vh - 4) y = cy - 14 - h;
  tip.style.left = clamp(x, 4, Math.max(4, vw - w - 4)) + "px";
  tip.style.top = clamp(y, 4, Math.max(4, vh - h - 4)) + "px";
}

View.prototype.setHover = function (cell, cx, cy) {
  var same = cell && this.hover && cell.col === this.hover.col && cell.row === this.hover.row;
  this.hover = cell;
  var tip = this.page.tip;
  if (!cell) { tip.hidden = true; this.paintOverlay(); this.page.linkHover(this, null); return; }
  if (hasInteraction(this.spec, "tooltip")) showTip(tip, same ? tip.textContent : this.tipText(cell.col, cell.row), cx, cy);
  if (same) return;
  if (hasInteraction(this.spec, "crosshair")) this.paintOverlay();
  this.page.linkHover(this, cell);
};

// Overlay marks live in a transparent SVG above the canvas; each is one reused <rect>.
View.prototype.mark = function (name, rect, cls) {
  var m = this.marks[name];
  if (!rect) { if (m) m.setAttribute("display", "none"); return; }
  if (!m) m = this.marks[name] = svgEl("rect", { "class": cls || "hm-" + name }, this.overlay);
  setAttrs(m, { x: rect[0], y: rect[1], width: rect[2], height: rect[3], display: "inline" });
};

View.prototype.paintOverlay = function () {
  var h = this.hover, cross = h && hasInteraction(this.spec, "crosshair");
  this.mark("cross-col", cross ? this.rectOf(h.col, h.col, 0, this.rows - 1) : null, "hm-crosshair");
  this.mark("cross-row", cross ? this.rectOf(0, this.cols - 1, h.row, h.row) : null, "hm-crosshair");
  var s = this.selection;
  this.mark("selection", s ? this.rectOf(s.cols[0], s.cols[1], s.rows[0], s.rows[1]) : null);
  var f = this.focus;
  this.mark("focus", f ? this.rectOf(f.col, f.col, f.row, f.row) : null);
  var l = this.linked;
  this.mark("link-col", l && l.col != null ? this.rectOf(l.col[0], l.col[1], 0, this.rows - 1) : null, "hm-link");
  this.mark("link-row", l && l.row != null ? this.rectOf(0, this.cols - 1, l.row[0], l.row[1]) : null, "hm-link");
};

View.prototype.select = function (c0, c1, r0, r1) {
  var a = this.brushAxis || "xy";
  if (a === "x") { r0 = 0; r1 = this.rows - 1; }
  if (a === "y") { c0 = 0; c1 = this.cols - 1; }
  var sum = this.cells.summary(c0, c1, r0, r1);
  this.selection = { cols: [c0, c1], rows: [r0, r1], xKeys: this.spec.xKeys.slice(c0, c1 + 1),
    yKeys: this.spec.yKeys.slice(r0, r1 + 1), cells: sum.cells, count: sum.count, sum: sum.sum, mean: sum.mean };
  this.paintOverlay();
  this.showSummary();
  this.page.linkSelection(this);
  emit(this.canvas, "hm:select", { view: this.id, selection: this.selection });
};

// The brushed cells' count, sum and mean, in a line under the chart (a polite live region,
// so a screen reader hears it too); hidden while nothing is selected.
View.prototype.showSummary = function () {
  var s = this.selection, out = this.summary;
  if (!out) {
    if (!s) return;
    out = this.summary = htmlEl("output", "hm-summary", this.page.figure);
    out.setAttribute("data-view", this.id);
    out.setAttribute("aria-live", "polite");
  }
  out.hidden = !s;
  out.textContent = s ? WORDS.selection(s.cells, s.count, s.sum, s.mean) : "";
};

View.prototype.clearSelection = function () {
  if (!this.selection) return;
  this.selection = null;
  this.paintOverlay();
  this.showSummary();
  this.page.linkSelection(this);
  emit(this.canvas, "hm:select", { view: this.id, selection: null });
};

function attachPointer(view) {
  var c = view.canvas, page = view.page, drag = null, touches = {};
  function scenePoint(e) { var r = page.svg.getBoundingClientRect(), k = r.width / page.width; return [(e.clientX - r.left) / k, (e.clientY - r.top) / k]; }
  function boxOf(a, b) {
    var x0 = clamp(Math.min(a[0], b[0]), view.px, view.px + view.pw - 1e-6), x1 = clamp(Math.max(a[0], b[0]), view.px, view.px + view.pw - 1e-6);
    var y0 = clamp(Math.min(a[1], b[1]), view.py, view.py + view.ph - 1e-6), y1 = clamp(Math.max(a[1], b[1]), view.py, view.py + view.ph - 1e-6);
    return [x0, y0, x1 - x0, y1 - y0];
  }
  c.addEventListener("pointerdown", function (e) {
    if (e.pointerType === "touch") touches[e.pointerId] = scenePoint(e);
    // A second finger starts a pinch: no drag, and no tooltip left behind at the first finger.
    if (Object.keys(touches).length > 1) { drag = null; view.setHover(null); return; }
    if (e.button !== 0) { drag = null; return; }
    var mode = e.shiftKey && view.brushAxis ? "brush" : e.altKey && view.zoomAxis ? "box" : page.modeFor(view);
    drag = { mode: mode, start: scenePoint(e), win: view.win, moved: false };
    c.setPointerCapture(e.pointerId);
    if (e.pointerType === "touch") view.setHover(view.cellUnder(drag.start[0], drag.start[1]), e.clientX, e.clientY);
  });
  c.addEventListener("pointermove", function (e) {
    var p = scenePoint(e);
    if (e.pointerType === "touch" && touches[e.pointerId] && Object.keys(touches).length === 2) { pinch(e.pointerId, p); return; }
    if (!drag) { view.setHover(view.cellUnder(p[0], p[1]), e.clientX, e.clientY); return; }
    if (Math.abs(p[0] - drag.start[0]) + Math.abs(p[1] - drag.start[1]) > 3) drag.moved = true;
    if (!drag.moved) return;
    page.tip.hidden = true;
    if (view.hover) { view.hover = null; view.paintOverlay(); }
    if (drag.mode === "pan") {
      var w = drag.win;
      view.win = w;
      view.panBy(-(p[0] - drag.start[0]) / view.pw * (w.x1 - w.x0), -(p[1] - drag.start[1]) / view.ph * (w.y1 - w.y0));
    } else if (drag.mode) {
      view.mark("drag", boxOf(drag.start, p), drag.mode === "box" ? "hm-zoombox" : "hm-brush");
    }
  });
  c.addEventListener("pointerup", function (e) {
    delete touches[e.pointerId];
    var d = drag;
    drag = null;
    if (!d) return;
    view.mark("drag", null);
    var p = scenePoint(e), b = boxOf(d.start, p);
    if (d.mode === "brush") {
      if (!d.moved) { view.clearSelection(); return; }
      var a = view.cellAt(b[0], b[1]), z = view.cellAt(b[0] + b[2], b[1] + b[3]);
      if (a && z) view.select(a.col, z.col, a.row, z.row);
    } else if (d.mode === "box" && d.moved && b[2] > 2 && b[3] > 2) {
      var ax = view.zoomAxis;
      view.setWindow({ x0: ax.indexOf("x") >= 0 ? view.fx(b[0]) : view.win.x0, x1: ax.indexOf("x") >= 0 ? view.fx(b[0] + b[2]) : view.win.x1,
        y0: ax.indexOf("y") >= 0 ? view.fy(b[1]) : view.win.y0, y1: ax.indexOf("y") >= 0 ? view.fy(b[1] + b[3]) : view.win.y1 }, "box");
    } else if (!d.moved && view.selection && d.mode !== "brush") {
      view.clearSelection();
    }
  });
  c.addEventListener("pointercancel", function (e) { delete touches[e.pointerId]; drag = null; view.mark("drag", null); });
  c.addEventListener("pointerleave", function (e) { if (!drag && e.pointerType !== "touch") view.setHover(null); });
  function pinch(id, p) {
    var ids = Object.keys(touches), other = touches[ids[0] == id ? ids[1] : ids[0]], before = touches[id];
    var d0 = Math.hypot(before[0] - other[0], before[1] - other[1]), d1 = Math.hypot(p[0] - other[0], p[1] - other[1]);
    touches[id] = p;
    if (view.zoomAxis && d0 > 0) view.zoomAt(view.fx((p[0] + other[0]) / 2), view.fy((p[1] + other[1]) / 2), d1 / d0);
  }
  c.addEventListener("wheel", function (e) {
    if (!view.zoomAxis) return;
    e.preventDefault();
    var p = scenePoint(e), dy = e.deltaMode === 1 ? e.deltaY * 40 : e.deltaY;
    emit(window, "hm:zooming", { view: view.id });
    view.zoomAt(view.fx(p[0]), view.fy(p[1]), Math.pow(1.25, -dy / 100));
    view.setHover(view.cellUnder(p[0], p[1]), e.clientX, e.clientY);
    emit(window, "hm:zoomed", { view: view.id });
  }, { passive: false });
  c.addEventListener("dblclick", function () { if (view.zoomAxis || view.panAxis) view.reset(); });
}
