// Module: a view's decorations (issue 10: mask, annotation bars, marginal charts). Wraps the view's
// draw, tooltip and CSV export instead of editing them: masked cells keep their values (the tooltip
// says "masked" with the value) but draw transparent; the bars beside the grid are redrawn from the
// page data on every draw, so they line up with the zoomed and panned bands; hovering a bar shows its text.

// Masked cells draw through the lookup table's transparent key; their values stay readable.
function applyMask(view) {
  var cells = view.cells, d = view.spec.cells;
  if (view.masked !== undefined) return;
  view.masked = null;
  if (!cells || !d || !d.masked || cells.mode !== "lut") return;
  var bytes = view.page.blobs[d.blob], m = new Uint8Array(bytes.buffer, bytes.byteOffset + d.masked.offset, d.masked.length);
  var keys = cells.valueType === "i16" ? new Int16Array(cells.keys) : new Uint16Array(cells.keys);
  var hidden = cells.valueType === "i16" ? I16_ABSENT : cells.lut.length;
  for (var i = 0; i < m.length; i++) if (m[i]) keys[i] = hidden;
  cells.keys = keys;
  view.masked = m;
}

function isMasked(view, i) { return !!(view.masked && view.masked[i]); }

// The drawn span [lo, hi] of band k along an axis, in scene coordinates, clipped to the plot; null when outside.
function bandSpan(view, axis, k) {
  var s = view.band(axis, k), inset = (axis === "x" ? view.xInset : view.yInset) * (s[1] - s[0]);
  var a = axis === "x" ? view.sx(s[0] + inset) : view.sy(s[0] + inset), b = axis === "x" ? view.sx(s[1] - inset) : view.sy(s[1] - inset);
  var lo = axis === "x" ? view.px : view.py, hi = lo + (axis === "x" ? view.pw : view.ph);
  a = Math.max(a, lo); b = Math.min(b, hi);
  return b - a > 1e-6 ? [a, b] : null;
}

// Position across a margin's box of value v: growing away from the grid (as MarginTrack.across).
function marginAt(band, v) {
  var d = band.domain, b = band.box, t = (v - d[0]) / (d[1] - d[0]);
  if (band.side === "right") return b[0] + t * b[2];
  if (band.side === "left") return b[0] + b[2] - t * b[2];
  if (band.side === "top") return b[1] + b[3] - t * b[3];
  return b[1] + t * b[3];
}

// Redraws each bar or chart over the visible bands; the compiled marks are hidden once.
function drawBands(view) {
  var bands = view.spec.bands;
  if (!bands) return;
  var v = view.visible();
  for (var n = 0; n < bands.length; n++) {
    var band = bands[n], g = band.el;
    if (!g) {
      var track = view.group.querySelector('[data-role="' + band.role + '"]');
      if (!track) continue;
      var old = track.querySelectorAll('[data-role="annotation-bar"], [data-role="margin-bar"]');
      for (var o = 0; o < old.length; o++) old[o].setAttribute("display", "none");
      g = band.el = svgEl("g", { "class": "hm-band-marks", "data-band": band.role }, track);
    }
    while (g.firstChild) g.removeChild(g.firstChild);
    var x = band.axis === "x", k0 = x ? v.c0 : v.r0, k1 = x ? v.c1 : v.r1, box = band.box;
    for (var k = k0; k <= k1; k++) {
      var s = bandSpan(view, band.axis, k);
      if (!s) continue;
      var a0, a1, fill;
      if (band.kind === "annotation") { a0 = x ? box[1] : box[0]; a1 = a0 + (x ? box[3] : box[2]); fill = band.colors[k]; }
      else {
        var value = band.values[k];
        if (value == null || value !== value) continue;
        var zero = marginAt(band, 0), end = marginAt(band, value);
        a0 = Math.min(zero, end); a1 = Math.max(zero, end); fill = band.fill;
      }
      svgEl("rect", x ? { x: s[0], y: a0, width: s[1] - s[0], height: a1 - a0, fill: fill, "data-k": k }
        : { x: a0, y: s[0], width: a1 - a0, height: s[1] - s[0], fill: fill, "data-k": k }, g);
    }
  }
}

// The band under a scene point, as {band, k}, or null.
function bandAtPoint(view, p) {
  var bands = view.spec.bands || [];
  for (var n = 0; n < bands.length; n++) {
    var b = bands[n], box = b.box, x = b.axis === "x";
    if (p[0] < box[0] || p[0] >= box[0] + box[2] || p[1] < box[1] || p[1] >= box[1] + box[3]) continue;
    var along = x ? p[0] : p[1];
    if (x ? along < view.px || along >= view.px + view.pw : along < view.py || along >= view.py + view.ph) return null;
    return { band: b, k: view.bandAt(b.axis, x ? view.fx(along) : view.fy(along)) };
  }
  return null;
}

// Hover over the bars: their own tooltips (when the spec asks for tooltips), from the page's SVG below the canvas.
function attachBandHover(page) {
  if (page.bandHover) return;
  page.bandHover = true;
  var shown = false;
  page.svg.addEventListener("pointermove", function (e) {
    var r = page.svg.getBoundingClientRect(), k = r.width / page.width, p = [(e.clientX - r.left) / k, (e.clientY - r.top) / k];
    for (var i = 0; i < page.views.length; i++) {
      var view = page.views[i], hit = hasInteraction(view.spec, "tooltip") && bandAtPoint(view, p);
      if (hit) { showTip(page.tip, hit.band.tips[hit.k], e.clientX, e.clientY); shown = true; return; }
    }
    if (shown) { page.tip.hidden = true; shown = false; }
  });
  page.svg.addEventListener("pointerleave", function () { if (shown) { page.tip.hidden = true; shown = false; } });
}

var drawCells = View.prototype.draw;
View.prototype.draw = function () {
  applyMask(this);
  drawCells.call(this);
  drawBands(this);
  if (this.spec.bands) attachBandHover(this.page);
};

// Tooltips built in the page (large grids): "masked" first, the annotations last, as the compiler writes them.
var cellTipText = View.prototype.tipText;
View.prototype.tipText = function (col, row) {
  var text = cellTipText.call(this, col, row), s = this.spec;
  if (s.tooltips) return text;
  if (isMasked(this, row * this.cols + col)) text = s.maskedWord + "\n" + text;
  var bands = s.bands || [];
  for (var n = 0; n < bands.length; n++) if (bands[n].cellLines) text += "\n" + bands[n].cellLines[bands[n].axis === "x" ? col : row];
  return text;
};

// The CSV export gains a column saying which cells are masked (their values are still exported).
var exportCellsCsv = exportCsv;
exportCsv = function (view) {
  if (!view.masked) return exportCellsCsv(view);
  var v = view.visible(), s = view.spec;
  var out = [csvField(s.xField) + "," + csvField(s.yField) + "," + csvField(s.colorField) + "," + csvField(s.maskedWord)];
  for (var r = v.r0; r <= v.r1; r++) {
    for (var c = v.c0; c <= v.c1; c++) {
      var i = r * view.cols + c, val = view.cells.value(i);
      if (val === undefined) continue;
      out.push(csvField(s.xKeys[c]) + "," + csvField(s.yKeys[r]) + "," + (val === val ? String(val) : "") + ","
        + (isMasked(view, i) ? csvField(s.maskedWord) : ""));
    }
  }
  return out.join("\n") + "\n";
};

// The toolbar sits on the plot's top edge; bars or charts above the grid would be under it, so it
// moves above them (main.js places it at toolbarTop() on every layout).
View.prototype.toolbarTop = function () {
  var bands = this.spec.bands || [], top = this.py;
  for (var n = 0; n < bands.length; n++) if (bands[n].side === "top") top = Math.min(top, bands[n].box[1]);
  return top;
};

var attachCellToolbar = attachToolbar;
attachToolbar = function (view) {
  attachCellToolbar(view);
  if (view.toolbar) view.toolbar.style.top = view.toolbarTop() * view.page.k + "px";
};
