// Module 3: a view's cells, from the page's binary block (see CellPayload.java), which boot.js
// has already decoded and inflated and boot() in main.js unfiltered.
// Every cell has a key (a typed-array entry) and a table maps keys to RGBA pixels, so a
// redraw is one lookup per pixel and a legend filter only rebuilds the small table.

var I16_MISSING = -32768, I16_ABSENT = -32767, I32_MISSING = -2147483648, I32_ABSENT = -2147483647;
var TYPES = { i16: Int16Array, i32: Int32Array, f64: Float64Array, f32: Float32Array, u8: Uint8Array,
  u16: Uint16Array, rgba: Uint32Array };

function Cells(spec, bytes) {
  var d = spec.cells;
  function section(s) { return s ? new TYPES[s.type](bytes.buffer, bytes.byteOffset + s.offset, s.length) : null; }
  this.cols = spec.columns; this.rows = spec.rows; this.n = this.cols * this.rows;
  this.raw = section(d.values); this.valueType = d.valueType; this.divisor = d.divisor || 1;
  this.absentMask = section(d.absent);
  this.mode = d.mode;
  if (d.mode === "lut") {
    this.thresholds = section(d.thresholds);
    this.lut = section(d.lut); // last entry: the no-data color
    this.buildLutKeys();
  } else {
    this.lut = section(d.lut) || section(d.colors);
    this.keys = section(d.keys) || identity(this.n);
    this.keyBase = 0;
    this.baseTable = this.lut;
  }
  this.table = this.baseTable;
}

// Undoes CellPayload.filter in place: byte planes back to little-endian integers, each the
// residual plus the mean of its left and upper neighbours (typed-array stores wrap, as Java's ints do).
function unfilter(bytes, s, cols) {
  var w = s.type === "i16" ? 2 : 4, n = s.length, planes = bytes.slice(s.offset, s.offset + n * w);
  var out = new TYPES[s.type](bytes.buffer, bytes.byteOffset + s.offset, n);
  for (var i = 0; i < n; i++) {
    var r = 0;
    for (var k = w - 1; k >= 0; k--) r = r << 8 | planes[k * n + i];
    var c = i % cols, left = c ? out[i - 1] : 0, up = i >= cols ? out[i - cols] : 0;
    out[i] = r + (c && i >= cols ? (left + up) >> 1 : c ? left : up);
  }
}

function identity(n) { var a = new Int32Array(n); for (var i = 0; i < n; i++) a[i] = i; return a; }

// int16 values are their own keys (a 65,536-entry table, offset by 32,768); other encodings get a
// lookup-table index per cell, found once by binary search over the thresholds.
Cells.prototype.buildLutKeys = function () {
  var thr = this.thresholds, lut = this.lut, nodata = lut.length - 1, i, v;
  if (this.valueType === "i16") {
    this.keys = this.raw; this.keyBase = 32768;
    var t = new Uint32Array(65536), k = 0;
    for (var code = -32766; code < 32768; code++) {
      v = code / this.divisor;
      while (k < thr.length && thr[k] <= v) k++;
      t[code + 32768] = lut[k];
    }
    t[0] = lut[nodata]; t[1] = 0;
    this.baseTable = t;
    return;
  }
  var keys = new Uint16Array(this.n), absentKey = lut.length;
  for (i = 0; i < this.n; i++) {
    v = this.value(i);
    keys[i] = v === undefined ? absentKey : v !== v ? nodata : bisectRight(thr, v);
  }
  var table = new Uint32Array(lut.length + 1);
  table.set(lut);
  this.keys = keys; this.keyBase = 0; this.baseTable = table;
};

// A cell's value: a number, NaN when missing, undefined when the cell has no datum at all.
Cells.prototype.value = function (i) {
  if (this.mode !== "lut" && (this.lut[this.keys[i]] >>> 24) === 0) return undefined;
  var r = this.raw[i];
  if (this.valueType === "i16") return r === I16_MISSING ? NaN : r === I16_ABSENT ? undefined : r / this.divisor;
  if (this.valueType === "i32") return r === I32_MISSING ? NaN : r === I32_ABSENT ? undefined : r / this.divisor;
  return this.absentMask && this.absentMask[i] ? undefined : r;
};

// The value interval a key stands for, to decide whether a filter keeps it.
Cells.prototype.keyRange = function (key) {
  if (this.valueType === "i16") { var v = (key - 32768) / this.divisor; return [v, v]; }
  var thr = this.thresholds;
  return [key === 0 ? -Infinity : thr[key - 1], key >= thr.length ? Infinity : thr[key]];
};

// Dims every key whose values fall outside [lo, hi]; null restores the scale's colors.
Cells.prototype.setRange = function (range) {
  if (!range || this.mode !== "lut") { this.table = this.baseTable; return; }
  var base = this.baseTable, t = new Uint32Array(base.length), lo = range[0], hi = range[1];
  var special = this.valueType === "i16" ? 2 : 0;
  for (var k = special; k < base.length; k++) {
    var r = this.valueType === "i16" || k < this.lut.length - 1 ? this.keyRange(k) : [NaN, NaN];
    t[k] = r[1] >= lo && r[0] <= hi ? base[k] : fade(base[k]);
  }
  if (special) { t[0] = fade(base[0]); t[1] = 0; }
  this.table = t;
};

// Mixes a little-endian RGBA pixel 85% toward white.
function fade(px) {
  if ((px >>> 24) === 0) return px;
  var r = px & 255, g = (px >>> 8) & 255, b = (px >>> 16) & 255;
  r = r + (255 - r) * 0.85 | 0; g = g + (255 - g) * 0.85 | 0; b = b + (255 - b) * 0.85 | 0;
  return (0xff000000 | (b << 16) | (g << 8) | r) >>> 0;
}

Cells.prototype.summary = function (c0, c1, r0, r1) {
  var count = 0, sum = 0, cells = 0;
  for (var r = r0; r <= r1; r++) {
    for (var c = c0; c <= c1; c++) {
      var v = this.value(r * this.cols + c);
      if (v === undefined) continue;
      cells++;
      if (v === v) { count++; sum += v; }
    }
  }
  return { cells: cells, count: count, sum: sum, mean: count ? sum / count : null };
};

// Dims every key whose color is not px (a swatch's); null restores the scale's colors.
Cells.prototype.setColor = function (px) {
  if (px == null) { this.table = this.baseTable; return; }
  var base = this.baseTable, t = new Uint32Array(base.length);
  for (var k = 0; k < base.length; k++) t[k] = base[k] === px ? base[k] : fade(base[k]);
  this.table = t;
};
