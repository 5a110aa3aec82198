// Module: bound parameters (`param min = 4 bind range 0, 10`). The compiler left the bound
// filters out of the data, so the page holds every cell; here each control's value decides
// which cells keep their color: a cell whose value fails `value op param` is drawn as "no data",
// as the compiled page would draw it. Only the small color table (int16 values) or the per-cell
// key array changes, then the view redraws: no server, no re-layout.

function attachParams(page) {
  var controls = page.data.controls || [];
  page.params = {};
  page.setParam = function (name, value) { setParam(page, name, value, "api"); };
  if (!controls.length) return;
  for (var i = 0; i < controls.length; i++) page.params[controls[i].param] = controls[i].value;
  var inputs = page.root.querySelectorAll("[data-hm-param]");
  Array.prototype.forEach.call(inputs, function (input) {
    var name = input.getAttribute("data-hm-param");
    function changed() { setParam(page, name, readInput(input), "control"); }
    input.addEventListener(input.type === "range" || input.type === "text" ? "input" : "change", changed);
  });
  for (var name in page.params) applyParam(page, name);
}

function readInput(input) {
  if (input.type === "checkbox") return input.checked;
  var n = Number(input.value);
  return input.value.trim() !== "" && n === n ? n : input.value;
}

function setParam(page, name, value, cause) {
  if (!(name in page.params)) throw new Error("hmspec: no bound parameter \"" + name + "\"");
  page.params[name] = value;
  var input = page.root.querySelector('[data-hm-param="' + cssEscape(name) + '"]');
  if (input && cause !== "control") {
    if (input.type === "checkbox") input.checked = !!value; else input.value = String(value);
  }
  if (input && input.nextElementSibling && input.nextElementSibling.tagName === "OUTPUT") input.nextElementSibling.textContent = String(value);
  applyParam(page, name);
  for (var i = 0; i < page.views.length; i++) emit(page.views[i].canvas, "hm:param", { view: page.views[i].id, name: name, value: value, cause: cause });
}

function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, "\\$&"); }

function applyParam(page, name) {
  for (var i = 0; i < page.views.length; i++) {
    var view = page.views[i], list = (page.data.controls || []).filter(function (c) { return c.viewId === view.id; });
    if (list.length && list.some(function (c) { return c.param === name; })) filterCells(view, list, page.params);
  }
}

function passes(v, op, p) {
  if (typeof p !== "number") return false;
  switch (op) {
    case "<": return v < p;
    case "<=": return v <= p;
    case ">": return v > p;
    case ">=": return v >= p;
    case "==": return v === p;
    default: return v !== p;
  }
}

function filterCells(view, list, params) {
  var c = view.cells;
  if (!c || c.mode !== "lut") return;
  function keep(v) {
    for (var k = 0; k < list.length; k++) if (!passes(v, list[k].op, params[list[k].param])) return false;
    return true;
  }
  var nodata = c.lut.length - 1;
  if (c.valueType === "i16") {
    if (!c.paramBase) c.paramBase = c.baseTable;
    var t = new Uint32Array(c.paramBase);
    for (var code = 2; code < t.length; code++) if (!keep((code - 32768) / c.divisor)) t[code] = c.lut[nodata];
    c.baseTable = t;
  } else {
    if (!c.paramKeys) c.paramKeys = c.keys;
    var keys = new Uint16Array(c.paramKeys);
    for (var i = 0; i < c.n; i++) {
      var v = c.value(i);
      if (v !== undefined && v === v && !keep(v)) keys[i] = nodata;
    }
    c.keys = keys;
  }
  c.setRange(view.filter);
  view.draw();
}
