// Module: the host page's API on each view (docs/embedding.md). window.hmspec.views[id] gets
// getState/setState, setParam and on(type, fn) for "hover", "click", "brush", "zoom", "filter"
// and "param". Events carry the cell as { col, row, columnKey, rowKey, value }; a listener that
// throws is reported on the console and never stops the others or the page.

function cellInfo(view, cell) {
  if (!cell) return null;
  var v = view.cells ? view.cells.value(cell.row * view.cols + cell.col) : undefined;
  return { col: cell.col, row: cell.row, columnKey: view.spec.xKeys ? view.spec.xKeys[cell.col] : cell.col,
    rowKey: view.spec.yKeys ? view.spec.yKeys[cell.row] : cell.row, value: v === undefined || v !== v ? null : v };
}

function extendApi(o, view) {
  var listeners = { hover: [], click: [], brush: [], zoom: [], filter: [], param: [] }, c = view.canvas, last = null;
  function fire(type, detail) {
    var list = listeners[type].slice();
    for (var i = 0; i < list.length; i++) {
      try { list[i](detail); } catch (e) { if (window.console) console.error(e); }
    }
  }
  // Registered after the runtime's own pointer handlers, so view.hover is already updated.
  c.addEventListener("pointermove", function () { hoverChanged(); });
  c.addEventListener("pointerleave", function () { hoverChanged(); });
  function hoverChanged() {
    var h = view.hover, key = h ? h.col + "," + h.row : null;
    if (key === last) return;
    last = key;
    fire("hover", { view: o.id, cell: cellInfo(view, h) });
  }
  c.addEventListener("click", function (e) {
    var r = view.page.svg.getBoundingClientRect(), k = r.width / view.page.width;
    var cell = view.cellUnder((e.clientX - r.left) / k, (e.clientY - r.top) / k);
    if (cell) fire("click", { view: o.id, cell: cellInfo(view, cell) });
  });
  c.addEventListener("hm:select", function (e) { fire("brush", { view: o.id, selection: e.detail.selection }); });
  c.addEventListener("hm:view", function (e) { fire("zoom", { view: o.id, cause: e.detail.cause, state: e.detail.state }); });
  c.addEventListener("hm:filter", function (e) { fire("filter", { view: o.id, range: e.detail.range || null, cause: e.detail.cause }); });
  c.addEventListener("hm:param", function (e) { fire("param", e.detail); });

  o.on = function (type, fn) {
    if (!listeners[type]) throw new Error("hmspec: unknown event \"" + type + "\" (hover, click, brush, zoom, filter, param)");
    listeners[type].push(fn);
    return function () { o.off(type, fn); };
  };
  o.off = function (type, fn) {
    var l = listeners[type] || [], i = l.indexOf(fn);
    if (i >= 0) l.splice(i, 1);
  };
  o.cell = function (col, row) { return cellInfo(view, { col: col, row: row }); };
  o.getState = function () {
    var w = view.win, s = view.selection;
    return { zoom: { x: [w.x0, w.x1], y: [w.y0, w.y1] }, visible: view.state(),
      selection: s ? { cols: s.cols.slice(), rows: s.rows.slice() } : null,
      filter: view.filter ? view.filter.slice() : null, hover: cellInfo(view, view.hover),
      params: view.page.params ? JSON.parse(JSON.stringify(view.page.params)) : {} };
  };
  // Only the keys given change: { zoom: { x: [x0, x1], y: [y0, y1] } (fractions of the full
  // grid, 0..1), selection: { cols: [c0, c1], rows: [r0, r1] } | null, filter: [lo, hi] | null,
  // hover: { col, row } | null, params: { name: value } }.
  o.setState = function (s) {
    if (s.zoom) {
      var w = view.win, z = s.zoom;
      view.setWindow({ x0: z.x ? z.x[0] : w.x0, x1: z.x ? z.x[1] : w.x1, y0: z.y ? z.y[0] : w.y0, y1: z.y ? z.y[1] : w.y1 }, "api");
    }
    if (s.selection !== undefined) {
      if (s.selection) view.select(s.selection.cols[0], s.selection.cols[1], s.selection.rows[0], s.selection.rows[1]);
      else view.clearSelection();
    }
    if (s.filter !== undefined) view.setFilter(s.filter, "api");
    if (s.hover !== undefined) {
      var h = s.hover, r = view.canvas.getBoundingClientRect();
      if (!h) view.setHover(null);
      else {
        var b = view.rectOf(h.col, h.col, h.row, h.row), k = view.scale || 1;
        view.setHover({ col: h.col, row: h.row }, r.left + (b[0] + b[2] / 2 - view.px) * k, r.top + (b[1] + b[3] / 2 - view.py) * k);
      }
      hoverChanged();
    }
    if (s.params) for (var name in s.params) view.page.setParam(name, s.params[name]);
    return o.getState();
  };
  o.setParam = function (name, value) { view.page.setParam(name, value); };
  return o;
}
