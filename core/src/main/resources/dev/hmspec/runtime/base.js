// hmspec page runtime, module 1: shared helpers. All modules are concatenated into one
// strict-mode function by RuntimeAssets.java, so top-level names here are private to the page.
// Text from data or spec is only ever set through textContent or setAttribute.

var NS = null; // the SVG namespace, read from the page's own <svg> (no URL literal in the page)
var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

function svgEl(name, attrs, parent) {
  var e = document.createElementNS(NS, name);
  for (var k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}

function htmlEl(name, cls, parent, text) {
  var e = document.createElement(name);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

function clamp(v, lo, hi) { return v < lo ? lo : v > hi ? hi : v; }

function emit(target, name, detail, cancelable) {
  var ev = new CustomEvent(name, { detail: detail, bubbles: true, cancelable: !!cancelable });
  return target.dispatchEvent(ev);
}

// Index of the first element of a sorted array greater than v (d3.bisectRight).
function bisectRight(a, v, lo, hi) {
  lo = lo || 0; hi = hi == null ? a.length : hi;
  while (lo < hi) { var mid = (lo + hi) >>> 1; if (a[mid] <= v) lo = mid + 1; else hi = mid; }
  return lo;
}

function hasInteraction(spec, name) {
  for (var i = 0; i < spec.interactions.length; i++) {
    var it = spec.interactions[i];
    if (it.name === name) return it.axis || "xy";
  }
  return null;
}

// A spreadsheet runs a cell that starts with = + - @ (or tab, CR) as a formula: such text gets a
// leading apostrophe, as OWASP advises for CSV injection. Plain numbers ("-3", "+1.5e3") stay numbers.
function csvField(s) {
  s = String(s);
  if (/^[=+\-@\t\r]/.test(s) && !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
