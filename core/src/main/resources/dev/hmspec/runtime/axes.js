// Module 5: band axes redrawn for the visible window with the same thinning and rotation
// rules as compile/AxisLayout.java (AxisRuleTest feeds both the same inputs). Labels keep
// the global every-k-th positions, so panning never makes them jump.

function niceEvery(k) {
  if (k <= 1) return 1;
  var pow = Math.pow(10, Math.floor(Math.log10(k))), ms = [1, 2, 2.5, 5, 10];
  for (var i = 0; i < ms.length; i++) {
    if (ms[i] * pow >= k && (ms[i] !== 2.5 || pow >= 10)) return Math.round(ms[i] * pow);
  }
  return Math.ceil(k);
}

var RADIANS = Math.PI / 180; // Java's Math.toRadians multiplies by this same constant

function axisLayoutX(maxW, step, forced, fs) {
  var line = fs * 1.25;
  if (forced != null) {
    var a = Math.abs(forced * RADIANS);
    var needed = a < 1e-6 ? maxW + fs * 0.6 : Math.min(maxW + fs * 0.6, line / Math.sin(a));
    return { angle: forced, every: niceEvery(Math.ceil(needed / step)) };
  }
  if (maxW + fs * 0.6 <= step) return { angle: 0, every: 1 };
  if (maxW <= fs * 3) return { angle: 0, every: niceEvery(Math.ceil((maxW + fs * 0.8) / step)) };
  if (step * Math.sin(Math.PI / 4) >= line) return { angle: -45, every: 1 };
  return { angle: -90, every: niceEvery(Math.ceil(line / step)) };
}

// Height the x labels take below the ticks at band step `step` (AxisLayout.extent()).
function labelExtent(rule, step) {
  var a = Math.abs(axisLayoutX(rule.maxLabelWidth, step, rule.forcedAngle, rule.labelSize).angle * RADIANS);
  return rule.maxLabelWidth * Math.sin(a) + rule.labelSize * Math.cos(a) * 1.1;
}

// The note beside a thinned axis's title, worded as LayoutMessages.everyNthLabel words it.
function everyNote(k) {
  var tens = k % 100, ones = k % 10;
  var suffix = tens >= 11 && tens <= 13 ? "th" : ones === 1 ? "st" : ones === 2 ? "nd" : ones === 3 ? "rd" : "th";
  return "every " + k + suffix + " label";
}

function axisLayoutY(step, fs) { return { angle: 0, every: niceEvery(Math.ceil(fs * 1.25 / step)) }; }

function relayoutAxes(view) {
  var axes = view.spec.axes;
  if (!axes) return;
  if (axes.x.shown) relayoutAxis(view, "x", axes.x);
  if (axes.y.shown) relayoutAxis(view, "y", axes.y);
}

function relayoutAxis(view, axis, rule) {
  var g = view.group.querySelector('[data-role="axis-' + axis + '"]');
  if (!g) return;
  view.templates = view.templates || {};
  var tpl = view.templates[axis] || (view.templates[axis] = {
    label: g.querySelector('[data-role="label"]'), tick: g.querySelector('[data-role="tick"]') });
  if (!tpl.label || !tpl.tick) return;
  var old = g.querySelectorAll('[data-role="label"], [data-role="tick"]');
  for (var i = 0; i < old.length; i++) g.removeChild(old[i]);
  var x = axis === "x", keys = x ? view.spec.xKeys : view.spec.yKeys, w = view.win;
  var f0 = x ? w.x0 : w.y0, f1 = x ? w.x1 : w.y1;
  var step = (x ? view.pw : view.ph) / ((f1 - f0) * keys.length);
  var lay = x ? axisLayoutX(rule.maxLabelWidth, step, rule.forcedAngle, rule.labelSize) : axisLayoutY(step, rule.labelSize);
  // The compiled note says how the labels are thinned now: zoomed in far enough, it goes.
  var note = g.querySelector('[data-role="axis-note"]');
  if (note) note.textContent = lay.every > 1 ? everyNote(lay.every) : "";
  var v = view.visible(), i0 = x ? v.c0 : v.r0, i1 = x ? v.c1 : v.r1;
  var bottom = view.py + view.ph, labelY = bottom + rule.tickSize + rule.tickGap;
  var labelX = view.px - rule.tickSize - rule.tickGap;
  var frag = document.createDocumentFragment();
  for (i = Math.ceil(i0 / lay.every) * lay.every; i <= i1; i += lay.every) {
    var b = view.band(axis, i), c = (b[0] + b[1]) / 2;
    if (c < f0 || c > f1) continue;
    var tick = tpl.tick.cloneNode(false), label = tpl.label.cloneNode(false);
    label.textContent = keys[i];
    label.removeAttribute("transform");
    if (x) {
      var cx = view.sx(c);
      setAttrs(tick, { x1: cx, y1: bottom, x2: cx, y2: bottom + rule.tickSize });
      setAttrs(label, { x: cx, y: labelY });
      if (lay.angle === 0) setAttrs(label, { "text-anchor": "middle", dy: "0.71em" });
      else setAttrs(label, { "text-anchor": "end", dy: "0.32em", transform: "rotate(" + lay.angle + "," + cx + "," + labelY + ")" });
    } else {
      var cy = view.sy(c);
      setAttrs(tick, { x1: view.px - rule.tickSize, y1: cy, x2: view.px, y2: cy });
      setAttrs(label, { x: labelX, y: cy, "text-anchor": "end", dy: "0.32em" });
    }
    frag.appendChild(tick); frag.appendChild(label);
  }
  g.appendChild(frag);
}

function setAttrs(el, attrs) { for (var k in attrs) el.setAttribute(k, attrs[k]); }
