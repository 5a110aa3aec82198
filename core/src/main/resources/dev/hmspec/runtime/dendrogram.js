// Module 10: dendrograms (issue 10). The compiler draws each clustered axis's tree into the page's
// SVG; here it is redrawn in the view's overlay so it follows zoom and pan of its axis, and it
// becomes interactive: hovering a branch highlights its rows (or columns) and tells their count
// and merge height, a click zooms the grid to them, Escape (or the toolbar's Reset) goes back.
// Keyboard: D on the grid (or Tab) focuses the dendrogram at its root; arrows walk to the parent,
// a child or a sibling; Enter zooms; Escape resets. The tree arrives as compact arrays
// (DendrogramPayload.java): left, right and height per merge, the band of each leaf.

var DENDRO_GAP = 4; // DendrogramTrack.GAP: leaves end this far from the grid

function Dendrogram(view, d, index) {
  var n = d.leaves, N = Math.max(1, 2 * n - 1), k, i;
  this.view = view; this.d = d; this.n = n; this.rows = d.axis === "y";
  this.box = view.spec.boxes && view.spec.boxes["dendrogram-" + d.axis];
  this.bar = view.spec.boxes && view.spec.boxes["clusters-" + d.axis];
  this.lo = new Int32Array(N); this.hi = new Int32Array(N); this.parent = new Int32Array(N).fill(-1);
  this.h = new Float64Array(N); this.label = new Int32Array(N);
  for (i = 0; i < n; i++) { this.lo[i] = this.hi[i] = d.leafBand[i]; this.label[i] = d.cluster[d.leafBand[i]]; }
  this.maxH = 0;
  for (k = 0; k < n - 1; k++) {
    var id = n + k, a = d.left[k], b = d.right[k];
    this.lo[id] = Math.min(this.lo[a], this.lo[b]); this.hi[id] = Math.max(this.hi[a], this.hi[b]);
    this.h[id] = d.height[k]; this.parent[a] = this.parent[b] = id;
    this.label[id] = this.label[a] === this.label[b] ? this.label[a] : 0;
    this.maxH = Math.max(this.maxH, d.height[k]);
  }
  this.root = n > 1 ? 2 * n - 2 : n - 1;
  this.active = null; this.focus = null;
  this.g = svgEl("g", { "class": "hm-dendrogram", "data-axis": d.axis }, view.overlay);
  // Ids are per document: a fragment's element id keeps two fragments' clip paths apart.
  var clipId = (view.page.root.id ? view.page.root.id + "-" : "") + view.id + "-dendrogram-" + index, clip = svgEl("clipPath", { id: clipId }, this.g);
  this.paths = svgEl("g", { "clip-path": "url(#" + clipId + ")" }, this.g);
  if (this.box && d.drawn) svgEl("rect", { x: this.box[0], y: this.box[1], width: this.box[2], height: this.box[3] }, clip);
  if (this.bar) svgEl("rect", { x: this.bar[0], y: this.bar[1], width: this.bar[2], height: this.bar[3] }, clip);
  this.hl = svgEl("path", { fill: "none", stroke: "#111", "stroke-width": 2.5, "stroke-linejoin": "round" }, this.paths);
  this.hideStatic();
}

// The compiled drawing stays in the SVG (and in exports of the page without a runtime); the
// page shows this module's copy instead, which moves with the zoom.
Dendrogram.prototype.hideStatic = function () {
  var roles = ["dendrogram-", "clusters-"];
  for (var i = 0; i < roles.length; i++) {
    var el = this.view.group.querySelector('[data-role="' + roles[i] + this.d.axis + '"]');
    if (el) el.setAttribute("display", "none");
  }
};

// Scene coordinate along the axis of a band's centre, at the current zoom.
Dendrogram.prototype.along = function (band) {
  var s = this.view.band(this.d.axis, band), f = (s[0] + s[1]) / 2;
  return this.rows ? this.view.sy(f) : this.view.sx(f);
};

// Per node: its foot along the axis and its depth from the leaves (px), for the current window.
Dendrogram.prototype.geometry = function () {
  var n = this.n, d = this.d, pos = new Float64Array(Math.max(1, 2 * n - 1)), dep = new Float64Array(pos.length);
  var depth = (this.box ? (this.rows ? this.box[2] : this.box[3]) : 0) - DENDRO_GAP;
  for (var i = 0; i < n; i++) pos[i] = this.along(d.leafBand[i]);
  for (var k = 0; k < n - 1; k++) {
    var id = n + k;
    pos[id] = (pos[d.left[k]] + pos[d.right[k]]) / 2;
    dep[id] = this.maxH > 0 ? d.height[k] / this.maxH * depth : 0;
  }
  this.pos = pos; this.dep = dep;
  this.base = this.box ? (this.rows ? this.box[0] + this.box[2] : this.box[1] + this.box[3]) - DENDRO_GAP : 0;
};

Dendrogram.prototype.pt = function (depth, along) {
  return this.rows ? (this.base - depth) + "," + along : along + "," + (this.base - depth);
};

// The bracket of merge k as path data: child a's foot, up to the merge's depth, across, down to b.
Dendrogram.prototype.bracket = function (k) {
  var n = this.n, a = this.d.left[k], b = this.d.right[k], id = n + k;
  return "M" + this.pt(this.dep[a], this.pos[a]) + "L" + this.pt(this.dep[id], this.pos[a]) +
    "L" + this.pt(this.dep[id], this.pos[b]) + "L" + this.pt(this.dep[b], this.pos[b]);
};

Dendrogram.prototype.draw = function () {
  var d = this.d, n = this.n, byColor = {}, k, c;
  this.geometry();
  if (d.drawn && this.box) {
    for (k = 0; k < n - 1; k++) {
      var l = this.label[n + k];
      c = l > 0 ? d.colors[(l - 1) % d.colors.length] : "#888888";
      (byColor[c] = byColor[c] || []).push(this.bracket(k));
    }
  }
  if (this.bar) this.barRects(byColor);
  var old = this.paths.querySelectorAll("[data-branches]");
  for (k = 0; k < old.length; k++) old[k].parentNode.removeChild(old[k]);
  var colors = Object.keys(byColor).sort();
  for (k = 0; k < colors.length; k++) {
    c = colors[k];
    var bar = c.charAt(0) === "b";
    svgEl("path", { "data-branches": c, d: byColor[c].join(""), fill: bar ? c.slice(4) : "none",
      stroke: bar ? "none" : c, "stroke-width": 1 }, this.paths).setAttribute("pointer-events", "none");
  }
  this.paths.appendChild(this.hl);
  this.paintActive();
};

// The cluster bar as rectangles per run of one cluster, keyed "bar:<color>" beside the branches.
Dendrogram.prototype.barRects = function (byColor) {
  var d = this.d, b = this.bar, v = this.view, i = 0, n = d.bands;
  while (i < n) {
    var j = i;
    while (j < n && d.cluster[j] === d.cluster[i]) j++;
    if (d.cluster[i] > 0) {
      var s0 = v.band(d.axis, i)[0], s1 = v.band(d.axis, j - 1)[1], key = "bar:" + d.colors[(d.cluster[i] - 1) % d.colors.length];
      var a0 = this.rows ? v.sy(s0) : v.sx(s0), a1 = this.rows ? v.sy(s1) : v.sx(s1);
      var r = this.rows ? [b[0], a0, b[2], a1 - a0] : [a0, b[1], a1 - a0, b[3]];
      (byColor[key] = byColor[key] || []).push("M" + r[0] + "," + r[1] + "h" + r[2] + "v" + r[3] + "h" + (-r[2]) + "z");
    }
    i = j;
  }
};

// The branch under a scene point: the lowest merge whose bracket spans the point along the axis
// and reaches at least its depth. Null outside the tree.
Dendrogram.prototype.pick = function (sx, sy) {
  if (!this.box) return null;
  var depth = this.base - (this.rows ? sx : sy), along = this.rows ? sy : sx, best = null, n = this.n;
  if (depth < -DENDRO_GAP) return null;
  for (var k = 0; k < n - 1; k++) {
    var id = n + k, a = this.pos[this.d.left[k]], b = this.pos[this.d.right[k]];
    if (along < Math.min(a, b) || along > Math.max(a, b) || this.dep[id] < depth - 2) continue;
    if (best === null || this.dep[id] < this.dep[best]) best = id;
  }
  return best;
};

// Bands [lo, hi], leaf count and merge height of a node, as the page and its tests read them.
Dendrogram.prototype.info = function (id) {
  if (id == null) return null;
  return { node: id, lo: this.lo[id], hi: this.hi[id], size: this.size(id), height: id < this.n ? 0 : this.h[id] };
};

Dendrogram.prototype.size = function (id) {
  var c = 0;
  for (var i = 0; i < this.n; i++) if (this.d.leafBand[i] >= this.lo[id] && this.d.leafBand[i] <= this.hi[id]) c++;
  return c;
};

Dendrogram.prototype.describe = function (id) {
  var s = this.size(id), what = this.rows ? (s === 1 ? " row" : " rows") : (s === 1 ? " column" : " columns");
  return s + what + ", height " + exactNumber(+this.info(id).height.toPrecision(4));
};

Dendrogram.prototype.setActive = function (id, cx, cy) {
  this.active = id;
  this.paintActive();
  var tip = this.view.page.tip;
  if (id == null) { tip.hidden = true; return; }
  showTip(tip, this.describe(id), cx, cy);
};

// The highlighted subtree: its brackets drawn bold, and its rows (or columns) marked on the grid.
Dendrogram.prototype.paintActive = function () {
  var id = this.active, v = this.view;
  if (id == null) { this.hl.setAttribute("d", ""); v.mark("subtree-" + this.d.axis, null); return; }
  var parts = [], n = this.n;
  for (var k = 0; k < n - 1; k++) if (this.lo[n + k] >= this.lo[id] && this.hi[n + k] <= this.hi[id]) parts.push(this.bracket(k));
  this.hl.setAttribute("d", parts.join(""));
  var r = this.rows ? v.rectOf(0, v.cols - 1, this.lo[id], this.hi[id]) : v.rectOf(this.lo[id], this.hi[id], 0, v.rows - 1);
  v.mark("subtree-" + this.d.axis, r, "hm-subtree");
  var m = v.marks["subtree-" + this.d.axis];
  setAttrs(m, { fill: "#1a73e8", "fill-opacity": 0.12, stroke: "#1a73e8", "stroke-width": 1.5 });
};

// Zooms the grid's window on this axis to a node's bands; the other axis keeps its window.
Dendrogram.prototype.zoomTo = function (id) {
  var v = this.view, w = v.win, a = v.band(this.d.axis, this.lo[id]), b = v.band(this.d.axis, this.hi[id]);
  // A hair inside the bands' edges, so that rounding (4/12 * 12 = 3.9999…) never shows a neighbour as visible.
  var e = (b[1] - a[0]) * 1e-9, lo = a[0] + e, hi = b[1] - e;
  var next = this.rows ? { x0: w.x0, x1: w.x1, y0: lo, y1: hi } : { x0: lo, x1: hi, y0: w.y0, y1: w.y1 };
  v.setWindow(next, "dendrogram");
  emit(v.canvas, "hm:dendrogram", { view: v.id, axis: this.d.axis, zoom: this.info(id) });
};

Dendrogram.prototype.resetZoom = function () {
  this.view.clearSelection();
  this.view.setWindow({ x0: 0, x1: 1, y0: 0, y1: 1 }, "reset");
};

// Keyboard focus on a node: highlighted, announced, with its tooltip at the bracket.
Dendrogram.prototype.setFocus = function (id) {
  this.focus = id;
  var text = this.describe(id), page = this.view.page, box = page.svg.getBoundingClientRect(), k = box.width / page.width;
  var p = this.pos[id], q = this.base - this.dep[id], sx = this.rows ? q : p, sy = this.rows ? p : q;
  this.setActive(id, box.left + sx * k, box.top + sy * k);
  this.hit.setAttribute("aria-label", text);
  page.live.textContent = text;
};

Dendrogram.prototype.key = function (e) {
  var f = this.focus == null ? this.root : this.focus, d = this.d, n = this.n, p = this.parent[f], next = null;
  var up = this.rows ? "ArrowLeft" : "ArrowUp", down = this.rows ? "ArrowRight" : "ArrowDown";
  var prev = this.rows ? "ArrowUp" : "ArrowLeft", after = this.rows ? "ArrowDown" : "ArrowRight";
  if (e.key === up) next = p >= 0 ? p : f;
  else if (e.key === down) next = f >= n ? d.left[f - n] : f;
  else if (e.key === prev) next = p >= 0 ? d.left[p - n] : f;
  else if (e.key === after) next = p >= 0 ? d.right[p - n] : f;
  else if (e.key === "Home") next = this.root;
  else if (e.key === "Enter") { this.zoomTo(f); }
  else if (e.key === "Escape") { this.resetZoom(); this.focus = null; this.setActive(null); this.view.canvas.focus(); }
  else return false;
  if (next !== null) this.setFocus(next);
  return true;
};

function scenePoint(page, e) {
  var r = page.svg.getBoundingClientRect(), k = r.width / page.width;
  return [(e.clientX - r.left) / k, (e.clientY - r.top) / k];
}

// The pointer and keyboard target: a transparent element over the tree, outside the aria-hidden
// overlay (like the grid's canvas), placed at the figure's current scale.
Dendrogram.prototype.place = function (k) {
  var b = this.box, s = this.hit.style;
  s.left = b[0] * k + "px"; s.top = b[1] * k + "px"; s.width = b[2] * k + "px"; s.height = b[3] * k + "px";
};

Dendrogram.prototype.attach = function () {
  var self = this, v = this.view, page = v.page, which = this.rows ? "Row" : "Column";
  this.hit = htmlEl("div", "hm-dendrogram-hit", page.figure);
  setAttrs(this.hit, { role: "application", "aria-roledescription": "dendrogram", tabindex: 0,
    "aria-label": which + " dendrogram. " + WORDS_DENDROGRAM });
  this.hit.style.position = "absolute";
  this.hit.style.zIndex = 2;
  this.place(page.k);
  this.hit.addEventListener("pointermove", function (e) {
    var p = scenePoint(page, e), id = self.pick(p[0], p[1]);
    if (id !== self.active) self.setActive(id, e.clientX, e.clientY);
    else if (id != null) showTip(page.tip, self.describe(id), e.clientX, e.clientY);
    self.hit.style.cursor = id == null ? "default" : "zoom-in";
  });
  this.hit.addEventListener("pointerleave", function () { if (self.focus == null) self.setActive(null); });
  this.hit.addEventListener("click", function (e) {
    var p = scenePoint(page, e), id = self.pick(p[0], p[1]);
    if (id != null) self.zoomTo(id);
  });
  this.hit.style.outline = "none";
  // Only keyboard focus starts at the root (and shows a ring); a click focuses without moving anything.
  this.hit.addEventListener("focus", function () {
    if (!self.hit.matches(":focus-visible")) return;
    self.hit.style.boxShadow = "0 0 0 2px #1a73e8";
    if (self.focus == null) self.setFocus(self.root);
  });
  this.hit.addEventListener("blur", function () {
    self.hit.style.boxShadow = "none";
    self.focus = null; self.setActive(null);
  });
  this.hit.addEventListener("keydown", function (e) { if (self.key(e)) e.preventDefault(); });
  v.canvas.addEventListener("hm:view", function () { self.draw(); });
};

var WORDS_DENDROGRAM = "Arrows walk to the parent, a child or a sibling branch; Enter zooms to the branch; Escape resets.";

// The page re-lays out views (window resize, size auto): the tree's target follows, as the canvas does.
var layoutWithoutDendrograms = View.prototype.layout;
View.prototype.layout = function (k) {
  layoutWithoutDendrograms.call(this, k);
  for (var i = 0; this.dendrograms && i < this.dendrograms.length; i++) if (this.dendrograms[i].hit) this.dendrograms[i].place(k);
};

// The hook main.js calls per view: one Dendrogram per clustered axis, D on the grid focuses the first.
function attachDendrograms(view, api) {
  var list = view.spec.dendrograms;
  if (!list || !list.length || !view.cells) return;
  view.dendrograms = [];
  for (var i = 0; i < list.length; i++) {
    var t = new Dendrogram(view, list[i], i);
    if (!t.box && !t.bar) continue;
    if (t.box && t.d.drawn) t.attach();
    else view.canvas.addEventListener("hm:view", function () { this.draw(); }.bind(t));
    t.draw();
    view.dendrograms.push(t);
  }
  var trees = view.dendrograms.filter(function (t) { return t.hit; });
  if (trees.length) {
    view.canvas.addEventListener("keydown", function (e) {
      if (e.key === "d" || e.key === "D") { trees[0].hit.focus(); e.preventDefault(); }
    });
    if (view.summaryLabel) {
      view.summaryLabel += " D moves to the dendrogram.";
      if (!view.focus) view.canvas.setAttribute("aria-label", view.summaryLabel);
    }
  }
  // The toolbar sits above the plot's top-right corner, where a column tree is drawn: it moves
  // right of the tree instead (wide screens only; narrow ones put it under the chart).
  var columnTree = view.dendrograms.some(function (t) { return !t.rows && t.box && t.d.drawn; });
  var wide = !window.matchMedia || !window.matchMedia("(max-width: 640px)").matches;
  if (columnTree && view.toolbar && wide) view.toolbar.style.transform = "translate(4px, -100%)";
  api.dendrograms = view.dendrograms.map(function (t) {
    return { axis: t.d.axis, element: t.hit || null,
      get active() { return t.info(t.active); }, get focus() { return t.info(t.focus); },
      node: function (id) { return t.info(id); }, root: t.root,
      zoomTo: function (id) { t.zoomTo(id); } };
  });
}
