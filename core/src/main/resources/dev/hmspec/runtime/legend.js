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
  var bar = view.group.querySelector('[data-role="colorbar"]') || sharedColorbar(view); // link.js: a facet's legend
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
    var keys = linkKeys(source, v, keysByField); // link.js: facet panels link along shared axes only
    var link = keys ? { col: matchRange(keys[v.spec.xField], v.spec.xKeys), row: matchRange(keys[v.spec.yField], v.spec.yKeys) } : null;
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

// A swatch legend (categories, bins): clicking a swatch, or Enter/Space on it, keeps only the
// cells of its color, as dragging along a colorbar keeps a range; again shows all. Each swatch
// is a toggle button (aria-pressed), so the chart's SVG becomes a group rather than one image.
function attachSwatches(view) {
  var swatches = view.group.querySelectorAll('[data-role="legend"] [data-role="swatch"]');
  if (!swatches.length || !view.cells) return;
  view.page.svg.setAttribute("role", "group");
  Array.prototype.forEach.call(swatches, function (sw) {
    var label = sw.nextElementSibling ? sw.nextElementSibling.textContent : "";
    setAttrs(sw, { tabindex: "0", role: "button", "aria-pressed": "false", "aria-label": WORDS.swatch(label) });
    function toggle() { view.setCategory(view.category === label ? null : label, sw); }
    sw.addEventListener("click", toggle);
    sw.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); }
    });
  });
}

View.prototype.setCategory = function (label, swatch) {
  this.category = label;
  this.cells.setColor(label == null ? null : rgbaOf(getComputedStyle(swatch).fill));
  this.draw();
  var all = this.group.querySelectorAll('[data-role="swatch"][aria-pressed]');
  for (var i = 0; i < all.length; i++) all[i].setAttribute("aria-pressed", String(label != null && all[i] === swatch));
  emit(this.canvas, "hm:filter", { view: this.id, category: label, cause: "swatch" });
};

// "rgb(r, g, b)" as the little-endian opaque RGBA pixel the cell tables hold.
function rgbaOf(css) {
  var m = /(\d+)\D+(\d+)\D+(\d+)/.exec(css);
  return m ? (0xff000000 | (+m[3] << 16) | (+m[2] << 8) | +m[1]) >>> 0 : 0;
}
