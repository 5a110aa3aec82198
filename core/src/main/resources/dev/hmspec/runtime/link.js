// Module 9b: links between views that share scales (facet panels; views naming one shared color
// scale). The compiler says which views share what (spec.link: facet, x, y and color groups).
// A zoom or pan in one view moves every view sharing that axis to the same window (shared bands
// are the same keys in the same places, so windows, as fractions, carry over as they are);
// hover and brush marks reach other panels of a facet only along the axes they share; a legend
// filter applies to every view on the same color scale. Independent scales link nothing.

// Whether views a and b share an axis ("x", "y") or the color scale ("color").
function sharesScale(a, b, what) {
  var la = a.spec.link, lb = b.spec.link;
  return !!(la && lb && la[what] && la[what] === lb[what]);
}

// The keys a hover or brush in `source` marks in `target`: all of them between views of their
// own (matched by field name, as before), only the shared axes' between panels of one facet.
function linkKeys(source, target, keysByField) {
  var a = source.spec.link, b = target.spec.link;
  if (!keysByField || !a || !b || !a.facet || a.facet !== b.facet) return keysByField;
  var out = {};
  if (sharesScale(source, target, "x")) out[source.spec.xField] = keysByField[source.spec.xField];
  if (sharesScale(source, target, "y")) out[source.spec.yField] = keysByField[source.spec.yField];
  return out;
}

// A facet's shared colorbar, drawn beside its panels: the first panel of the facet handles it.
function sharedColorbar(view) {
  var l = view.spec.link, facet = view.group.parentNode;
  if (!l || !l.color || !facet || facet.getAttribute("data-role") !== "facet") return null;
  var views = view.page.views;
  for (var i = 0; i < views.length; i++) if (views[i].spec.link && views[i].spec.link.color === l.color) {
    if (views[i] !== view) return null;
    break;
  }
  return facet.querySelector(':scope > [data-role="legend"] [data-role="colorbar"]');
}

function attachLinks(page) {
  var busy = false, byId = {};
  page.views.forEach(function (v) { byId[v.id] = v; });
  // Runs fn for every other view; the guard keeps the views it moves from echoing back.
  function follow(e, fn) {
    var source = byId[e.detail && e.detail.view];
    if (busy || !source || !source.spec.link) return;
    busy = true;
    try { page.views.forEach(function (v) { if (v !== source && v.spec.link) fn(source, v); }); } finally { busy = false; }
  }
  page.figure.addEventListener("hm:view", function (e) {
    follow(e, function (s, v) {
      var x = sharesScale(s, v, "x"), y = sharesScale(s, v, "y");
      if (!x && !y) return;
      v.setWindow({ x0: x ? s.win.x0 : v.win.x0, x1: x ? s.win.x1 : v.win.x1,
        y0: y ? s.win.y0 : v.win.y0, y1: y ? s.win.y1 : v.win.y1 }, "link");
    });
  });
  page.figure.addEventListener("hm:filter", function (e) {
    if (e.detail.category !== undefined) return;
    follow(e, function (s, v) {
      if (sharesScale(s, v, "color") && v.cells && v.cells.mode === "lut") v.setFilter(e.detail.range, e.detail.cause);
    });
  });
}
