// Module 8: the legend and linked views. Pointing at the colorbar highlights the cells near
// that value; dragging along it keeps only a value range. Views that share a field name are
// linked: hovering or brushing one marks the matching columns or rows in the others.

// The value at a position t (0 = bottom, 1 = top) of the colorbar, read off the lookup table.
View.prototype.valueAtRamp = function (t) {
  var thr = this.cells.thresholds, d = this.spec.legend.domain, n = thr.length + 1;
  if (d[0] > d[1]) t = 1 - t;
  if (t <= 0) return Math.min(d[0], d[1]);
  if (t >= 1) return Math.max(d[0], d[1]);
  var p = t * n - 1, k = Math.floor(p);
  if (k < 0) return thr[0];
  if (k >= thr.length - 1) return thr[thr.length - 1];
  return thr[k] + (thr[k + 1] - thr[k]) * (p - k);
};

View.prototype.setFilter = function (range, cause) {
  this.filter = range;
  this.cells.setRange(range);
  this.draw();
  var r = this.spec.legend.ramp, d = this.spec.legend.domain, self = this;
  function tOf(v) { var lo = Math.min(d[0], d[1]), hi = Math.max(d[0], d[1]); return clamp((v - lo) / (hi - lo || 1), 0, 1); }
  var mark = range && cause !== "hover" ? [r[0] - 3, r[1] + r[3] * (1 - tOf(range[1])), r[2] + 6, r[3] * (tOf(range[1]) - tOf(range[0]))] : null;
  this.mark("filter", mark, "hm-filter");
  emit(this.canvas, "hm:filter", { view: self.id, range: range, cause: cause || "api" });
};

function attachLegend(view) {
  if (!view.spec.legend || !view.cells || view.cells.mode !== "lut") return;
  var bar = view.group.querySelector('[data-role="colorbar"]');
  if (!bar) return;
  var r = view.spec.legend.ramp, page = view.page, drag = null;
  bar.style.cursor = "ns-resize";
  function tAt(e) {
    var box = page.svg.getBoundingClientRect(), k = box.width / page.width;
    return clamp(1 - ((e.clientY - box.top) / k - r[1]) / r[3], 0, 1);
  }
  bar.addEventListener("pointerdown", function (e) { drag = { t0: tAt(e), moved: false }; bar.setPointerCapture(e.pointerId); });
  bar.addEventListener("pointermove", function (e) {
    var t = tAt(e);
    if (drag) {
      if (Math.abs(t - drag.t0) > 0.01) drag.moved = true;
      if (drag.moved) view.setFilter(sorted(view.valueAtRamp(drag.t0), view.valueAtRamp(t)), "drag");
      return;
    }
    if (view.filter && view.filterCause !== "hover") return;
    // Hovering highlights the cells within 5% of the bar around the pointer.
    view.filterCause = "hover";
    view.setFilter(sorted(view.valueAtRamp(t - 0.05), view.valueAtRamp(t + 0.05)), "hover");
  });
  bar.addEventListener("pointerup", function () {
    var d = drag;
    drag = null;
    if (d && d.moved) { view.filterCause = "drag"; return; }
    view.filterCause = null;
    view.setFilter(null, "click");
  });
  bar.addEventListener("pointerleave", function () {
    if (!drag && view.filterCause === "hover") { view.filterCause = null; view.setFilter(null, "hover"); }
  });
}

function sorted(a, b) { return a <= b ? [a, b] : [b, a]; }

// Marks, in every other view, the columns/rows whose key matches what this view points at.
function linkViews(page, source, keysByField) {
  for (var i = 0; i < page.views.length; i++) {
    var v = page.views[i];
    if (v === source) continue;
    var link = keysByField ? { col: matchRange(keysByField[v.spec.xField], v.spec.xKeys), row: matchRange(keysByField[v.spec.yField], v.spec.yKeys) } : null;
    if (link && link.col == null && link.row == null) link = null;
    v.linked = link;
    v.paintOverlay();
  }
}

// The smallest index range holding every key in the list, or null when none matches.
function matchRange(list, keys) {
  if (!list) return null;
  var want = new Set(list), lo = -1, hi = -1;
  for (var j = 0; j < keys.length; j++) if (want.has(keys[j])) { if (lo < 0) lo = j; hi = j; }
  return lo < 0 ? null : [lo, hi];
}
