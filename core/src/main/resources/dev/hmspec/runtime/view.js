// Module 4: one view. The visible part of the grid is a window [x0, x1] x [y0, y1] in fractions
// of the full plot (0..1): zoom and pan are plain arithmetic, and uneven bands only change the
// fraction -> band lookup. Cells are drawn one device pixel at a time from the cell under the
// pixel's centre, so zoomed cells stay crisp and a redraw costs O(pixels), not O(cells).

function View(page, spec, group) {
  var p = spec.plot;
  this.page = page; this.spec = spec; this.id = spec.id; this.group = group;
  this.px = p[0]; this.py = p[1]; this.pw = p[2]; this.ph = p[3];
  this.cols = spec.columns || 1; this.rows = spec.rows || 1;
  this.xEdges = normalized(spec.xEdges); this.yEdges = normalized(spec.yEdges);
  // Padding: the fraction of each band's slot left empty on either side (CellGrid's insets).
  this.xInset = spec.xInset || 0; this.yInset = spec.yInset || 0;
  this.cells = spec.tiles ? new TiledCells(page, spec, this) : spec.cells ? new Cells(spec, page.blobs[spec.cells.blob]) : null;
  this.zoomAxis = hasInteraction(spec, "zoom"); this.panAxis = hasInteraction(spec, "pan");
  this.brushAxis = hasInteraction(spec, "brush");
  this.win = { x0: 0, x1: 1, y0: 0, y1: 1 };
  this.hover = null; this.focus = null; this.selection = null; this.filter = null; this.linked = null;
  this.fmt = spec.tooltip ? spec.tooltip.map(function (t) { return makeFormat(t.format); }) : [];
  this.canvas = htmlEl("canvas", "hm-canvas", page.figure);
  this.canvas.setAttribute("data-view", spec.id);
  this.ctx = this.canvas.getContext("2d");
  this.overlay = svgEl("g", { "class": "hm-overlay", "data-view": spec.id }, page.top);
  this.marks = {};
}

function normalized(edges) {
  if (!edges) return null;
  var n = edges.length - 1, lo = edges[0], w = edges[n] - lo, out = new Float64Array(n + 1);
  for (var i = 0; i <= n; i++) out[i] = (edges[i] - lo) / w;
  return out;
}

// Fraction span [start, end) of band i on an axis.
View.prototype.band = function (axis, i) {
  var e = axis === "x" ? this.xEdges : this.yEdges, n = axis === "x" ? this.cols : this.rows;
  return e ? [e[i], e[i + 1]] : [i / n, (i + 1) / n];
};

View.prototype.bandAt = function (axis, f) {
  var e = axis === "x" ? this.xEdges : this.yEdges, n = axis === "x" ? this.cols : this.rows;
  return clamp(e ? bisectRight(e, f) - 1 : Math.floor(f * n), 0, n - 1);
};

// Whether fraction f, inside band i's slot, falls in the gap at either side of the drawn cell.
View.prototype.inGap = function (axis, i, f) {
  var inset = axis === "x" ? this.xInset : this.yInset;
  if (!inset) return false;
  var s = this.band(axis, i), d = (s[1] - s[0]) * inset;
  return f < s[0] + d || f >= s[1] - d;
};

// Scene coordinate of a fraction, and back.
View.prototype.sx = function (f) { return this.px + (f - this.win.x0) / (this.win.x1 - this.win.x0) * this.pw; };
View.prototype.sy = function (f) { return this.py + (f - this.win.y0) / (this.win.y1 - this.win.y0) * this.ph; };
View.prototype.fx = function (sx) { return this.win.x0 + (sx - this.px) / this.pw * (this.win.x1 - this.win.x0); };
View.prototype.fy = function (sy) { return this.win.y0 + (sy - this.py) / this.ph * (this.win.y1 - this.win.y0); };

View.prototype.inside = function (sx, sy) {
  return sx >= this.px && sx < this.px + this.pw && sy >= this.py && sy < this.py + this.ph;
};

View.prototype.cellAt = function (sx, sy) {
  if (!this.inside(sx, sy)) return null;
  return { col: this.bandAt("x", this.fx(sx)), row: this.bandAt("y", this.fy(sy)) };
};

// The cell drawn under a point: like cellAt, but null over a gap, where the reader sees the
// background (hover shows nothing there; brushing and zooming keep cellAt's whole slots).
View.prototype.cellUnder = function (sx, sy) {
  var c = this.cellAt(sx, sy);
  return c && !this.inGap("x", c.col, this.fx(sx)) && !this.inGap("y", c.row, this.fy(sy)) ? c : null;
};

// Integer cell ranges that intersect the window.
View.prototype.visible = function () {
  var w = this.win;
  return { c0: this.bandAt("x", w.x0), c1: this.bandAt("x", w.x1 - 1e-12),
    r0: this.bandAt("y", w.y0), r1: this.bandAt("y", w.y1 - 1e-12) };
};

// Scene rectangle [x, y, w, h] of a block of cells, clipped to the plot.
View.prototype.rectOf = function (c0, c1, r0, r1) {
  var x0 = Math.max(this.px, this.sx(this.band("x", c0)[0])), x1 = Math.min(this.px + this.pw, this.sx(this.band("x", c1)[1]));
  var y0 = Math.max(this.py, this.sy(this.band("y", r0)[0])), y1 = Math.min(this.py + this.ph, this.sy(this.band("y", r1)[1]));
  return [x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)];
};

// Places the canvas over the plot at the figure's current scale, backing store at device pixels.
View.prototype.layout = function (k) {
  var dpr = window.devicePixelRatio || 1, s = this.canvas.style;
  s.left = this.px * k + "px"; s.top = this.py * k + "px";
  s.width = this.pw * k + "px"; s.height = this.ph * k + "px";
  this.canvas.width = Math.max(1, Math.round(this.pw * k * dpr));
  this.canvas.height = Math.max(1, Math.round(this.ph * k * dpr));
  this.scale = k; this.dpr = dpr;
};

// What size auto keeps from the compiled view: plot origin and width, the right margin (legend
// and padding), and where the x axis and legend end, to tell how much taller rotated labels make it.
// The compiler's placed boxes say where the axis and legend are; hand-built scenes are measured.
View.prototype.measureFit = function () {
  var g = this.group, rule = this.spec.axes && this.spec.axes.x;
  var lb = placedBox(this, "legend", g.querySelector('[data-role="legend"]'));
  var ab = placedBox(this, "axis-x", g.querySelector('[data-role="axis-x"]'));
  return { px: this.px, py: this.py, pw: this.pw, right: Math.max(0, lb ? lb.x + lb.width - this.px - this.pw : 0) + 12,
    axisBottom: ab ? ab.y + ab.height : this.py + this.ph, legendBottom: lb ? lb.y + lb.height : 0,
    extent: rule && rule.shown ? labelExtent(rule, this.pw / this.cols) : 0, ramp: this.spec.legend && this.spec.legend.ramp.slice() };
};

// The box the layout placed for a role ({x, y, width, height}), else the element's drawn extent.
function placedBox(view, role, el) {
  var b = view.spec.boxes && view.spec.boxes[role];
  if (b) return { x: b[0], y: b[1], width: b[2], height: b[3] };
  return el ? el.getBBox() : null;
}

// Re-lays out the view for plot width pw, moved down by off; returns how much taller it got.
View.prototype.refit = function (pw, off) {
  var f = this.fit, g = this.group, rule = this.spec.axes && this.spec.axes.x, dx = pw - f.pw;
  var grow = rule && rule.shown ? labelExtent(rule, pw / this.cols) - f.extent : 0;
  grow = Math.max(f.axisBottom + grow, f.legendBottom) - Math.max(f.axisBottom, f.legendBottom);
  this.pw = pw; this.py = f.py + off;
  for (var n = g.firstElementChild; n; n = n.nextElementSibling) {
    var role = n.getAttribute("data-role");
    if (role === "cells") {
      n.setAttribute("transform", "translate(" + this.px + "," + this.py + ")");
      var area = n.querySelector(".hm-plot-area");
      if (area) area.setAttribute("width", pw);
    } else if (role !== "axis-x" && role !== "axis-y") shift(n, role === "legend" ? dx : 0, off);
  }
  var titles = g.querySelectorAll('[data-role="axis-title"], [data-role="axis-note"]');
  for (var i = 0; i < titles.length; i++) {
    var x = titles[i].parentNode.getAttribute("data-role") === "axis-x";
    shift(titles[i], x ? dx / 2 : 0, off + (x ? grow : 0));
  }
  if (f.ramp) { this.spec.legend.ramp[0] = f.ramp[0] + dx; this.spec.legend.ramp[1] = f.ramp[1] + off; }
  relayoutAxes(this);
  this.paintOverlay();
  return grow;
};

// Moves a compiled element by (dx, dy) on top of its own transform.
function shift(el, dx, dy) {
  if (el.hmTransform === undefined) el.hmTransform = el.getAttribute("transform") || "";
  el.setAttribute("transform", "translate(" + dx + "," + dy + ") " + el.hmTransform);
}

// Band under each device pixel's centre, or -1 in a gap.
function bandIndex(view, axis, f0, f1, pixels) {
  var out = new Int32Array(pixels);
  for (var p = 0; p < pixels; p++) {
    var f = f0 + (p + 0.5) / pixels * (f1 - f0), b = view.bandAt(axis, f);
    out[p] = view.inGap(axis, b, f) ? -1 : b;
  }
  return out;
}

View.prototype.draw = function () {
  var c = this.canvas, W = c.width, H = c.height, cells = this.cells;
  if (!cells) return;
  if (cells.tiled) { cells.draw(this); return; } // tiles.js: levels and tiles of a huge grid
  if (!this.img || this.img.width !== W || this.img.height !== H) {
    this.img = this.ctx.createImageData(W, H);
    this.pixels = new Uint32Array(this.img.data.buffer);
  }
  var colOf = bandIndex(this, "x", this.win.x0, this.win.x1, W), rowOf = bandIndex(this, "y", this.win.y0, this.win.y1, H);
  var keys = cells.keys, table = cells.table, base = cells.keyBase, out = this.pixels, cols = this.cols, o = 0;
  for (var y = 0; y < H; y++) {
    var rb = rowOf[y] * cols, x;
    // Gap pixels stay transparent (0), so the page background shows between cells.
    if (rb < 0) { for (x = 0; x < W; x++) out[o++] = 0; continue; }
    for (x = 0; x < W; x++) { var c = colOf[x]; out[o++] = c < 0 ? 0 : table[keys[rb + c] + base]; }
  }
  this.ctx.putImageData(this.img, 0, 0);
  if (this.spec.labels) this.drawLabels();
};

// Cell labels (the text channel) for small grids, at the compiler's font size.
View.prototype.drawLabels = function () {
  var v = this.visible(), ctx = this.ctx, f = this.scale * this.dpr, labels = this.spec.labels;
  if ((v.c1 - v.c0 + 1) * (v.r1 - v.r0 + 1) > 5000) return;
  ctx.font = this.spec.labelSize * f + "px DejaVu Sans, Verdana, Arial, sans-serif";
  ctx.textAlign = "center"; ctx.textBaseline = "middle";
  for (var r = v.r0; r <= v.r1; r++) {
    for (var c = v.c0; c <= v.c1; c++) {
      var i = r * this.cols + c, text = labels[i];
      if (!text || this.cells.value(i) === undefined) continue;
      var bx = this.band("x", c), by = this.band("y", r);
      ctx.fillStyle = this.spec.labelColors[i];
      ctx.fillText(text, (this.sx((bx[0] + bx[1]) / 2) - this.px) * f, (this.sy((by[0] + by[1]) / 2) - this.py) * f);
    }
  }
};

// Sets the visible window: at least one band per axis, never beyond the data; then redraws.
View.prototype.setWindow = function (w, cause) {
  var minX = Math.min(1, 1 / this.cols), minY = Math.min(1, 1 / this.rows);
  var sx = clamp(w.x1 - w.x0, minX, 1), sy = clamp(w.y1 - w.y0, minY, 1);
  var x0 = clamp((w.x0 + w.x1) / 2 - sx / 2, 0, 1 - sx), y0 = clamp((w.y0 + w.y1) / 2 - sy / 2, 0, 1 - sy);
  this.win = { x0: x0, x1: x0 + sx, y0: y0, y1: y0 + sy };
  this.draw();
  relayoutAxes(this);
  this.paintOverlay();
  emit(this.canvas, "hm:view", { view: this.id, cause: cause || "api", state: this.state() });
};

View.prototype.zoomAt = function (fx, fy, factor, axis) {
  var w = this.win, a = axis || this.zoomAxis || "xy", n = {};
  var zx = a.indexOf("x") >= 0 ? factor : 1, zy = a.indexOf("y") >= 0 ? factor : 1;
  n.x0 = fx - (fx - w.x0) / zx; n.x1 = fx + (w.x1 - fx) / zx;
  n.y0 = fy - (fy - w.y0) / zy; n.y1 = fy + (w.y1 - fy) / zy;
  this.setWindow(n, "zoom");
};

View.prototype.panBy = function (dfx, dfy, cause) {
  var w = this.win, a = this.panAxis || "xy";
  if (a.indexOf("x") < 0) dfx = 0;
  if (a.indexOf("y") < 0) dfy = 0;
  var x0 = clamp(w.x0 + dfx, 0, 1 - (w.x1 - w.x0)), y0 = clamp(w.y0 + dfy, 0, 1 - (w.y1 - w.y0));
  this.setWindow({ x0: x0, x1: x0 + w.x1 - w.x0, y0: y0, y1: y0 + w.y1 - w.y0 }, cause || "pan");
};

// Moves to a window over a few frames, or at once when the reader prefers reduced motion.
View.prototype.animateTo = function (target, cause) {
  var self = this, from = this.win, start = performance.now(), ms = 160;
  if (reduceMotion) { this.setWindow(target, cause); return; }
  function step(now) {
    var t = Math.min(1, (now - start) / ms), e = 1 - (1 - t) * (1 - t), w = {};
    for (var k in target) w[k] = from[k] + (target[k] - from[k]) * e;
    self.setWindow(w, cause);
    if (t < 1) requestAnimationFrame(step);
  }
  requestAnimationFrame(step);
};

View.prototype.reset = function () {
  this.clearSelection();
  this.animateTo({ x0: 0, x1: 1, y0: 0, y1: 1 }, "reset");
};
