// Module 9: the toolbar (reset, box-zoom and brush modes, exports) and downloads. Exports
// are built in the page: the SVG is the live drawing with the canvas inlined as an image,
// the PNG is that SVG rasterized, the CSV lists the visible cells.

function attachToolbar(view) {
  var s = view.spec, page = view.page, bar = htmlEl("div", "hm-toolbar", page.figure);
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "Chart tools" + (s.title ? " for " + s.title : ""));
  bar.style.left = (view.px + view.pw) * page.k + "px";
  bar.style.top = view.py * page.k + "px";
  view.toolbar = bar;
  function button(label, title, action, toggle) {
    var b = htmlEl("button", "hm-button", bar, label);
    b.type = "button"; b.title = title; b.setAttribute("aria-label", title);
    b.setAttribute("data-action", label.toLowerCase());
    if (toggle) b.setAttribute("aria-pressed", "false");
    b.addEventListener("click", function () { action(b); });
    return b;
  }
  function modeToggle(mode) {
    return function (b) {
      var on = view.mode !== mode;
      view.mode = on ? mode : null;
      var all = bar.querySelectorAll("[aria-pressed]");
      for (var i = 0; i < all.length; i++) all[i].setAttribute("aria-pressed", "false");
      b.setAttribute("aria-pressed", String(on));
    };
  }
  if (view.zoomAxis || view.panAxis) button("Reset", "Reset zoom", function () { view.clearSelection(); view.reset(); });
  if (view.zoomAxis) button("Box", "Box zoom: drag to zoom into a rectangle", modeToggle("box"), true);
  if (view.brushAxis && view.panAxis) button("Brush", "Brush: drag to select cells", modeToggle("brush"), true);
  if (hasInteraction(s, "export")) {
    button("PNG", "Download the current view as PNG", function () { exportPng(view); });
    button("SVG", "Download the current view as SVG", function () { download(view, "svg", new Blob([exportSvg(view)], { type: "image/svg+xml" })); });
    button("CSV", "Download the visible cells as CSV", function () { download(view, "csv", new Blob([exportCsv(view)], { type: "text/csv" })); });
  }
  if (!bar.firstChild) bar.parentNode.removeChild(bar);
}

// Fires a cancelable hm:export event first, so a page (or a test) can take the file itself.
function download(view, ext, blob) {
  var name = (view.spec.title || view.id).replace(/[^\w.-]+/g, "_").slice(0, 60) + "." + ext;
  if (!emit(view.canvas, "hm:export", { view: view.id, format: ext, name: name, blob: blob }, true)) return;
  var a = htmlEl("a", null, document.body), url = URL.createObjectURL(blob);
  a.href = url; a.download = name; a.click();
  setTimeout(function () { URL.revokeObjectURL(url); a.parentNode.removeChild(a); }, 1000);
}

function exportCsv(view) {
  var v = view.visible(), s = view.spec, out = [csvField(s.xField) + "," + csvField(s.yField) + "," + csvField(s.colorField)];
  for (var r = v.r0; r <= v.r1; r++) {
    for (var c = v.c0; c <= v.c1; c++) {
      var val = view.cells.value(r * view.cols + c);
      if (val === undefined) continue;
      out.push(csvField(s.xKeys[c]) + "," + csvField(s.yKeys[r]) + "," + (val === val ? String(val) : ""));
    }
  }
  return out.join("\n") + "\n";
}

// The page's SVG as drawn now (zoomed axes, overlays), with this view's canvas as an image.
function exportSvg(view) {
  var page = view.page, svg = page.svg.cloneNode(true), ph = svg.querySelectorAll('[data-cells="canvas"]');
  inlineStyles(page.svg, svg);
  for (var i = 0; i < page.views.length; i++) {
    var v = page.views[i];
    if (!ph[i]) continue;
    svgEl("image", { x: v.px, y: v.py, width: v.pw, height: v.ph, preserveAspectRatio: "none",
      href: v.canvas.toDataURL("image/png") }, svg);
    var overlay = page.top.querySelector('[data-view="' + v.id + '"]'), copy = overlay.cloneNode(true);
    inlineStyles(overlay, copy);
    svg.appendChild(copy);
  }
  return new XMLSerializer().serializeToString(svg);
}

// The runtime styles its marks (focus box, brush, filter, crosshair) from runtime.css, which an
// exported file does not carry: without this every mark is painted with SVG's default, solid
// black. Copies the computed paint of each runtime-classed element onto its clone.
var PAINT = ["fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width", "stroke-dasharray", "opacity"];
function inlineStyles(live, copy) {
  var sel = '[class*="hm-"]', from = live.querySelectorAll(sel), to = copy.querySelectorAll(sel);
  for (var i = 0; i < from.length && i < to.length; i++) {
    var cs = getComputedStyle(from[i]);
    for (var j = 0; j < PAINT.length; j++) to[i].setAttribute(PAINT[j], cs.getPropertyValue(PAINT[j]));
  }
}

function exportPng(view) {
  var page = view.page, k = 2, img = new Image(), url = URL.createObjectURL(new Blob([exportSvg(view)], { type: "image/svg+xml" }));
  img.onload = function () {
    var c = document.createElement("canvas");
    c.width = page.width * k; c.height = page.height * k;
    var ctx = c.getContext("2d");
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, c.width, c.height);
    URL.revokeObjectURL(url);
    c.toBlob(function (blob) { download(view, "png", blob); }, "image/png");
  };
  img.src = url;
}
