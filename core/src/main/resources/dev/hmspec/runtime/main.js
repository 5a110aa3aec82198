// Module 10: start-up. Reads the page data, builds one View per cell grid, wires the
// interactions each view's spec asked for, and publishes window.hmspec. Everything is drawn
// synchronously, so __hmReady (the bench-peers contract) is set right after the first frame's work.

// root: the document for a page, the fragment's element for a fragment (fragment.js).
function Page(data, blobs, root) {
  this.data = data;
  this.blobs = blobs;
  this.root = root || document;
  this.figure = this.root.querySelector(".hm-figure");
  this.svg = this.figure.querySelector("svg");
  NS = this.svg.namespaceURI;
  this.width = data.width; this.height = data.height;
  this.auto = this.figure.classList.contains("hm-auto");
  this.top = svgEl("svg", { "class": "hm-top", viewBox: "0 0 " + data.width + " " + data.height, "aria-hidden": "true" }, this.figure);
  this.tip = this.root.querySelector("[data-hm-tooltip]");
  // A fragment keeps its live region inside itself.
  this.live = htmlEl("div", "hm-live", this.root === document ? document.body : this.root);
  this.live.setAttribute("aria-live", "polite");
  this.k = 1;
  this.views = [];
  var groups = this.svg.querySelectorAll('g[data-role="view"]');
  for (var i = 0; i < data.views.length; i++) {
    if (data.views[i].cells) this.views.push(new View(this, data.views[i], groups[i] || this.svg));
  }
}

Page.prototype.layout = function () {
  var avail = this.figure.clientWidth;
  if (this.auto && avail && avail !== this.avail) { this.avail = avail; this.refit(avail); }
  var w = this.svg.getBoundingClientRect().width;
  if (!w || w === this.lastWidth && (window.devicePixelRatio || 1) === this.lastDpr && !this.refitted) return;
  this.lastWidth = w; this.lastDpr = window.devicePixelRatio || 1; this.refitted = false;
  this.k = w / this.width;
  for (var i = 0; i < this.views.length; i++) {
    var v = this.views[i];
    v.layout(this.k);
    v.draw();
    if (v.toolbar) { v.toolbar.style.left = (v.px + v.pw) * this.k + "px"; v.toolbar.style.top = v.toolbarTop() * this.k + "px"; }
  }
};

// size auto: a real re-layout for the figure's width. The compiler's margins (title, y labels,
// legend) stay; each plot takes the width they leave, x labels re-thin or rotate for the new
// band step, the legend follows the plot's right edge, and views below move down by any height
// the x labels gained. The scene is then drawn 1:1 (wider than the figure only when too narrow).
Page.prototype.refit = function (avail) {
  var width = 0, off = 0;
  for (var i = 0; i < this.views.length; i++) {
    var v = this.views[i], f = v.fit || (v.fit = v.measureFit());
    var pw = Math.max(Math.min(f.pw, 40), avail - f.px - f.right);
    off += v.refit(pw, off);
    width = Math.max(width, f.px + pw + f.right);
  }
  this.width = Math.ceil(width); this.height = Math.ceil(this.data.height + off);
  var box = "0 0 " + this.width + " " + this.height;
  setAttrs(this.svg, { viewBox: box, width: this.width, height: this.height });
  this.top.setAttribute("viewBox", box);
  this.refitted = true;
};

Page.prototype.modeFor = function (view) {
  return view.mode || (view.panAxis ? "pan" : view.brushAxis ? "brush" : view.zoomAxis ? "box" : null);
};

Page.prototype.linkHover = function (view, cell) {
  if (this.views.length < 2) return;
  if (!cell) { this.linkSelection(view); return; }
  var keys = {};
  keys[view.spec.xField] = [view.spec.xKeys[cell.col]];
  keys[view.spec.yField] = [view.spec.yKeys[cell.row]];
  linkViews(this, view, keys);
};

Page.prototype.linkSelection = function (view) {
  if (this.views.length < 2) return;
  var s = view.selection, keys = null;
  if (s) { keys = {}; keys[view.spec.xField] = s.xKeys; keys[view.spec.yField] = s.yKeys; }
  linkViews(this, view, keys);
};

View.prototype.state = function () {
  var v = this.visible(), w = this.win, s = this.spec;
  return { plot: [this.px, this.py, this.pw, this.ph], x: [w.x0, w.x1], y: [w.y0, w.y1], zoom: [1 / (w.x1 - w.x0), 1 / (w.y1 - w.y0)],
    columns: [v.c0, v.c1], rows: [v.r0, v.r1], xDomain: [s.xKeys[v.c0], s.xKeys[v.c1]], yDomain: [s.yKeys[v.r0], s.yKeys[v.r1]] };
};

function api(view) {
  return {
    id: view.id, title: view.spec.title, element: view.canvas,
    get state() { return view.state(); },
    get selection() { return view.selection; },
    get hover() { return view.hover && { col: view.hover.col, row: view.hover.row, x: view.spec.xKeys[view.hover.col], y: view.spec.yKeys[view.hover.row], value: view.cells.value(view.hover.row * view.cols + view.hover.col) }; },
    get focus() { return view.focus; },
    get filter() { return view.filter; },
    get category() { return view.category; },
    get linked() { return view.linked; },
    value: function (col, row) { return view.cells.value(row * view.cols + col); },
    zoomTo: function (x0, x1, y0, y1) { view.setWindow({ x0: x0, x1: x1, y0: y0, y1: y1 }, "api"); },
    reset: function () { view.setWindow({ x0: 0, x1: 1, y0: 0, y1: 1 }, "api"); },
    select: function (c0, c1, r0, r1) { view.select(c0, c1, r0, r1); },
    clearSelection: function () { view.clearSelection(); },
    setFilter: function (lo, hi) { view.setFilter(lo == null ? null : [lo, hi], "api"); },
    exportCsv: function () { return exportCsv(view); },
    exportSvg: function () { return exportSvg(view); }
  };
}

// The bootstrap (boot.js) has decoded and inflated every binary block; the cell blocks whose
// integer values were filtered (CellPayload.filter) are restored here, once.
// Keys that are consecutive integers travel as {from, count} (ViewPayload.keys); back to text.
function expandKeys(k) {
  if (!k || Array.isArray(k)) return k;
  var out = new Array(k.count);
  for (var i = 0; i < k.count; i++) out[i] = String(k.from + i);
  return out;
}

function boot() {
  var node = document.getElementById("hmspec-data"), script = document.currentScript;
  var blobs = script && script.hmBlobs;
  htmlEl("style", null, document.head, RUNTIME_CSS); // runtime.css, before anything it styles exists
  var registry = { version: 1, views: {}, list: [],
    axisLayout: { x: axisLayoutX, y: axisLayoutY }, everyNote: everyNote, format: function (spec, v) { return makeFormat(spec)(v); } };
  window.hmspec = registry;
  if (node) {
    var page = startPage(JSON.parse(node.textContent), blobs, document, registry, "");
    window.__hmBench = { plot: ".hm-canvas", tooltip: "[data-hm-tooltip]", wheel: page.views.some(function (v) { return !!v.zoomAxis; }) };
  }
  bootFragments(registry); // fragment.js: fragments waiting for the runtime, and the hook for later ones
  window.__hmReady = true;
}

// One page or fragment: its views, their interactions, their entries in window.hmspec (keyed
// by the fragment's id + "/" + the view id inside a fragment, so two fragments never clash).
function startPage(data, blobs, root, registry, prefix) {
  for (var i = 0; i < data.views.length; i++) {
    var d = data.views[i].cells;
    data.views[i].xKeys = expandKeys(data.views[i].xKeys);
    data.views[i].yKeys = expandKeys(data.views[i].yKeys);
    if (d && d.filter === "avg-planes") unfilter(blobs[d.blob], d.values, data.views[i].columns);
  }
  var page = new Page(data, blobs, root);
  page.layout();
  for (i = 0; i < page.views.length; i++) {
    var v = page.views[i];
    attachPointer(v); attachToolbar(v);
    // Keyboard cell navigation only where the spec asks for it (`interact keyboard`), as documented.
    if (hasInteraction(v.spec, "keyboard")) attachKeys(v);
    if (hasInteraction(v.spec, "legend")) { attachLegend(v); attachSwatches(v); }
    registry.views[prefix + v.id] = extendApi(api(v), v); // api.js: state setters and on(event, fn)
    attachDendrograms(v, registry.views[prefix + v.id]); // issue 10: runtime/dendrogram.js
    registry.list.push(registry.views[prefix + v.id]);
  }
  attachLinks(page); // link.js: views sharing scales follow each other
  attachParams(page); // params.js: bound parameter controls
  if (window.ResizeObserver) new ResizeObserver(function () { page.layout(); }).observe(page.figure);
  else window.addEventListener("resize", function () { page.layout(); });
  return page;
}

boot();
