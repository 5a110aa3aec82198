// Module 3b: a grid too large for the page (issue 9), drawn from a pyramid of block levels.
// The page carries one coarse level; finer tiles are scripts beside the page
// (<page>.tiles/<id>/L<k>/<tx>-<ty>.js, each calling hmTile) loaded by <script> elements, which
// works from file:// where fetch does not. A redraw picks the level whose blocks are about one
// device pixel, draws every pixel from the finest loaded level at or above it (never blank: the
// embedded level is always there), asks for the missing visible tiles, and redraws as they arrive.

var TILE_CACHE = 96;   // tiles kept (~100 MB at most), least recently drawn evicted first, never one the view
                       // shows (a view needs at most ~30); a page may set window.hmTileCacheSize
var TILE_LOADS = 4;    // tile scripts in flight at once
var TILE_SIZE = 256;
var hmTileSets = {};
window.hmTiles = hmTileSets;
window.hmTile = function (id, k, tx, ty, b64) { var s = hmTileSets[id]; if (s) s.arrive(k, tx, ty, b64); };

var TILE_WORDS = {
  block: function (rows, cols) { return "block: rows " + rows + ", columns " + cols; },
  range: function (a, b) { return a === b ? a : a + "\u2013" + b; },
  stats: function (mean, lo, hi, n) {
    return ["mean: " + mean, "min\u2013max: " + lo + " \u2013 " + hi, "n: " + exactNumber(n) + (n === 1 ? " cell" : " cells")];
  }
};

function TiledCells(page, spec, view) {
  var t = spec.tiles, i;
  this.tiled = true; this.spec = spec; this.t = t; this.view = view;
  this.cols = spec.columns; this.rows = spec.rows; this.n = this.cols * this.rows;
  this.E = t.embeddedLevel;
  this.thresholds = new Float64Array(t.thresholds);
  var lut = new Uint32Array(t.colors.length + 2);
  for (i = 0; i < t.colors.length; i++) lut[i] = tileRgba(t.colors[i]);
  lut[t.colors.length] = tileRgba(t.noData); // no data; the last entry (0) is "no cell"
  this.nodata = t.colors.length;
  this.baseTable = lut; this.table = lut;
  var emb = decodeTile(t.embedded, t.levels[this.E][0], t.levels[this.E][1], false, true);
  this.emb = this.withKeys(emb);
  this.capacity = window.hmTileCacheSize || TILE_CACHE;
  this.cache = new Map(); this.pending = {}; this.queue = []; this.inflight = 0;
  this.loaded = 0; this.failed = 0; this.lastLoadMs = 0;
  var href = location.href.split(/[?#]/)[0], slash = href.lastIndexOf("/"), name = href.substring(slash + 1) || "index.html";
  this.base = href.substring(0, slash + 1) + encodeURIComponent(decodeURIComponent(name).replace(/\.html?$/i, "")) + ".tiles/" + t.id + "/";
  hmTileSets[t.id] = this;
}

// 0xAARRGGBB → the little-endian RGBA word ImageData wants.
function tileRgba(argb) {
  return ((argb >>> 24) << 24 | (argb & 255) << 16 | (argb >>> 8 & 255) << 8 | (argb >>> 16 & 255)) >>> 0;
}

// Planes from base64: level 0 holds values (float32 or float64), other levels mean, min, max, count.
function decodeTile(b64, w, h, level0, f64) {
  var bin = atob(b64), n = bin.length, bytes = new Uint8Array(n);
  for (var i = 0; i < n; i++) bytes[i] = bin.charCodeAt(i);
  var m = w * h;
  if (level0) return { w: w, h: h, mean: f64 ? new Float64Array(bytes.buffer, 0, m) : new Float32Array(bytes.buffer, 0, m) };
  var all = new Float32Array(bytes.buffer, 0, 4 * m);
  return { w: w, h: h, mean: all.subarray(0, m), min: all.subarray(m, 2 * m), max: all.subarray(2 * m, 3 * m),
    count: all.subarray(3 * m) };
}

// Each block's color key, found once per tile by binary search over the scale's thresholds.
TiledCells.prototype.withKeys = function (tile) {
  var m = tile.mean, keys = new Uint16Array(m.length), thr = this.thresholds, nd = this.nodata;
  for (var i = 0; i < m.length; i++) { var v = m[i]; keys[i] = v !== v ? nd : bisectRight(thr, v); }
  tile.keys = keys;
  return tile;
};

TiledCells.prototype.levelSize = function (k) { return this.t.levels[k]; };

// The loaded tile of level k holding block (bx, by) of that level, or null.
TiledCells.prototype.tile = function (k, bx, by) {
  if (k === this.E) return this.emb;
  var key = k + "/" + (bx >> 8) + "/" + (by >> 8), t = this.cache.get(key);
  if (t) { this.cache.delete(key); this.cache.set(key, t); } // most recently used last
  return t || null;
};

// Index of block (bx, by) inside the tile that holds it.
TiledCells.prototype.local = function (k, t, bx, by) {
  return k === this.E ? by * t.w + bx : (by & 255) * t.w + (bx & 255);
};

// The finest loaded level at or above k for cell (col, row): { k, t, i }.
TiledCells.prototype.best = function (k, col, row) {
  for (var j = k; j <= this.E; j++) {
    var bx = col >> j, by = row >> j, t = this.tile(j, bx, by);
    if (t) return { k: j, t: t, i: this.local(j, t, bx, by) };
  }
  return null;
};

TiledCells.prototype.draw = function (view) {
  var c = view.canvas, W = c.width, H = c.height;
  if (!view.img || view.img.width !== W || view.img.height !== H) {
    view.img = view.ctx.createImageData(W, H);
    view.pixels = new Uint32Array(view.img.data.buffer);
  }
  var w = view.win, cols = this.cols, rows = this.rows, x, y;
  var cx0 = w.x0 * cols, cw = (w.x1 - w.x0) * cols, cy0 = w.y0 * rows, ch = (w.y1 - w.y0) * rows;
  // Blocks of 0.7 to 1.4 device pixels: finer would load up to 4x the tiles for no visible gain.
  var L = clamp(Math.round(Math.log2(Math.max(1, Math.min(cw / W, ch / H)))), 0, this.E);
  this.level = L;
  var colOf = new Int32Array(W), rowOf = new Int32Array(H);
  for (x = 0; x < W; x++) colOf[x] = Math.min(cols - 1, Math.floor(cx0 + (x + 0.5) / W * cw));
  for (y = 0; y < H; y++) rowOf[y] = Math.min(rows - 1, Math.floor(cy0 + (y + 0.5) / H * ch));
  var out = view.pixels, table = this.table, o = 0, missing = false;
  for (y = 0; y < H; y++) {
    var row = rowOf[y], by = row >> L, rowTiles = {};
    for (x = 0; x < W; x++) {
      var col = colOf[x], bx = col >> L, tx = bx >> 8, t = rowTiles[tx];
      if (t === undefined) t = rowTiles[tx] = this.tile(L, bx, by);
      if (t) { out[o++] = table[t.keys[this.local(L, t, bx, by)]]; continue; }
      missing = true;
      var b = this.best(L + 1, col, row);
      out[o++] = b ? table[b.t.keys[b.i]] : 0;
    }
  }
  view.ctx.putImageData(view.img, 0, 0);
  if (L < this.E) this.request(L, colOf[0] >> L, colOf[W - 1] >> L, rowOf[0] >> L, rowOf[H - 1] >> L);
  this.complete = !missing;
};

// Queues the visible tiles of level k not yet loaded, nearest the centre first.
TiledCells.prototype.request = function (k, bx0, bx1, by0, by1) {
  var want = [], mx = (bx0 + bx1) / 2 / TILE_SIZE, my = (by0 + by1) / 2 / TILE_SIZE;
  this.needed = {};
  for (var ty = by0 >> 8; ty <= by1 >> 8; ty++) {
    for (var tx = bx0 >> 8; tx <= bx1 >> 8; tx++) {
      var key = k + "/" + tx + "/" + ty;
      this.needed[key] = true;
      if (!this.cache.has(key) && !this.pending[key]) want.push({ k: k, tx: tx, ty: ty, key: key, d: Math.abs(tx + 0.5 - mx) + Math.abs(ty + 0.5 - my) });
    }
  }
  want.sort(function (a, b) { return a.d - b.d; });
  this.queue = want; // only what the latest view needs
  this.pump();
};

TiledCells.prototype.pump = function () {
  var self = this;
  while (this.inflight < TILE_LOADS && this.queue.length) {
    var q = this.queue.shift();
    if (this.pending[q.key] || this.cache.has(q.key)) continue;
    this.pending[q.key] = performance.now();
    this.inflight++;
    var s = document.createElement("script");
    s.src = this.base + "L" + q.k + "/" + q.tx + "-" + q.ty + ".js";
    s.onload = s.onerror = (function (key, el) {
      return function (e) {
        el.remove();
        self.inflight--;
        if (e.type === "error") { self.failed++; self.pending[key] = -1; } // not retried: the file is not there
        else delete self.pending[key];
        self.pump();
      };
    })(q.key, s);
    document.head.appendChild(s);
  }
};

TiledCells.prototype.arrive = function (k, tx, ty, b64) {
  var size = this.levelSize(k), key = k + "/" + tx + "/" + ty;
  var w = Math.min(TILE_SIZE, size[0] - tx * TILE_SIZE), h = Math.min(TILE_SIZE, size[1] - ty * TILE_SIZE);
  var t0 = performance.now();
  this.cache.set(key, this.withKeys(decodeTile(b64, w, h, k === 0, k === 0 && this.t.f64)));
  // Least recently drawn first; tiles the current view needs stay even past the bound.
  var needed = this.needed || {};
  for (var old of this.cache.keys()) {
    if (this.cache.size <= this.capacity) break;
    if (!needed[old]) this.cache.delete(old);
  }
  this.loaded++;
  var self = this, started = this.pending[key];
  if (!this.frame) {
    this.frame = requestAnimationFrame(function () {
      self.frame = 0;
      self.view.draw();
      self.lastLoadMs = performance.now() - (started || t0);
      emit(self.view.canvas, "hm:tiles", { view: self.view.id, loaded: self.loaded, complete: self.complete });
    });
  }
};

// Whether every visible pixel is drawn at the level the zoom asks for and nothing is loading.
TiledCells.prototype.settled = function () { return this.complete && this.inflight === 0 && !this.frame; };

// The exact value of a cell when its full-resolution tile is loaded; undefined otherwise.
TiledCells.prototype.value = function (i) {
  var col = i % this.cols, row = (i - col) / this.cols, t = this.E === 0 ? this.emb : this.tile(0, col, row);
  if (!t) return undefined;
  var v = t.mean[this.local(0, t, col, row)];
  return v;
};

// Hover: the exact value at full resolution, else the block drawn there, said to be a block.
TiledCells.prototype.tipText = function (view, col, row) {
  var s = view.spec, b = this.best(this.level || 0, col, row), lines = [];
  var fmt = function (v) { return v !== v ? WORDS.nodata : (view.fmt[2] || exactNumber)(v); };
  if (!b) return "";
  if (b.k === 0) {
    return [s.xField + ": " + s.xKeys[col], s.yField + ": " + s.yKeys[row], s.colorField + ": " + fmt(b.t.mean[b.i])].join("\n");
  }
  var size = 1 << b.k, c0 = col - col % size, r0 = row - row % size;
  var c1 = Math.min(this.cols, c0 + size) - 1, r1 = Math.min(this.rows, r0 + size) - 1;
  lines.push(TILE_WORDS.block(TILE_WORDS.range(s.yKeys[r0], s.yKeys[r1]), TILE_WORDS.range(s.xKeys[c0], s.xKeys[c1])));
  return lines.concat(TILE_WORDS.stats(fmt(b.t.mean[b.i]), fmt(b.t.min[b.i]), fmt(b.t.max[b.i]), b.t.count[b.i])).join("\n");
};

// A brushed region's summary, from the embedded level's blocks that meet it (block-exact, not cell-exact).
TiledCells.prototype.summary = function (c0, c1, r0, r1) {
  var E = this.E, e = this.emb, count = 0, sum = 0;
  for (var by = r0 >> E; by <= r1 >> E; by++) {
    for (var bx = c0 >> E; bx <= c1 >> E; bx++) {
      var i = by * e.w + bx, n = E === 0 ? (e.mean[i] === e.mean[i] ? 1 : 0) : e.count[i];
      if (n) { count += n; sum += e.mean[i] * n; }
    }
  }
  var cells = (c1 - c0 + 1) * (r1 - r0 + 1);
  return { cells: cells, count: Math.min(count, cells), sum: sum, mean: count ? sum / count : null };
};

// Legend filters: dim every key outside [lo, hi] (or not of one color), as Cells does.
TiledCells.prototype.setRange = function (range) {
  if (!range) { this.table = this.baseTable; return; }
  var thr = this.thresholds, base = this.baseTable, t = new Uint32Array(base.length);
  for (var k = 0; k < base.length; k++) {
    var lo = k === 0 ? -Infinity : thr[k - 1], hi = k >= thr.length ? Infinity : thr[k];
    t[k] = k >= this.nodata || (hi >= range[0] && lo <= range[1]) ? base[k] : fade(base[k]);
  }
  this.table = t;
};

TiledCells.prototype.setColor = function (px) {
  if (px == null) { this.table = this.baseTable; return; }
  var base = this.baseTable, t = new Uint32Array(base.length);
  for (var k = 0; k < base.length; k++) t[k] = base[k] === px ? base[k] : fade(base[k]);
  this.table = t;
};
