(function () {
  "use strict";
  // Live update for `hmspec serve` (docs/embedding.md): when this page's spec or its data
  // changes, fetch the view again as a fragment and swap it in place, no reload, then give the
  // new views the old ones' zoom window, selection, legend filter and bound parameters. One
  // update at a time; changes that arrive meanwhile coalesce into one more. A spec that now has
  // errors reloads the page, which shows its diagnostics.
  var me = __SLUG__, busy = false, again = false;
  function live() {
    var out = [];
    (window.hmspec ? window.hmspec.list : []).forEach(function (v) {
      if (v.element && v.element.isConnected) out.push(v);
    });
    return out;
  }
  function update() {
    if (busy) { again = true; return; }
    busy = true;
    var states = live().map(function (v) { return v.getState(); });
    fetch("/view/" + encodeURIComponent(me).replace(/%2F/g, "/") + ".fragment", { cache: "no-store" }).then(function (r) {
      if (!r.ok || r.headers.get("X-Hmspec-Errors")) { location.reload(); return null; }
      return r.text();
    }).then(function (html) {
      if (html == null) return;
      var t = document.createElement("template");
      t.innerHTML = html;
      var root = t.content.firstElementChild, old = document.getElementById("hm-live");
      var figure = document.querySelector("main > .hm-figure");
      root.addEventListener("hm:ready", function () {
        var views = live().filter(function (v) { return root.contains(v.element); });
        views.forEach(function (v, i) {
          var s = states[i];
          if (!s) return;
          v.setState({ zoom: s.zoom, selection: s.selection, filter: s.filter });
          for (var name in s.params) { try { v.setParam(name, s.params[name]); } catch (e) { /* no longer bound */ } }
        });
        var reg = window.hmspec, keep = {};
        Object.keys(reg.views).forEach(function (k) { if (reg.views[k].element.isConnected) keep[k] = reg.views[k]; });
        reg.views = keep;
        reg.list = reg.list.filter(function (v) { return v.element.isConnected; });
        // The tab's title follows the chart's, as a reload would have made it.
        var title = root.querySelector("svg.hm-scene > title");
        if (title) document.title = title.textContent;
        document.dispatchEvent(new CustomEvent("hm:updated", { detail: { spec: me } }));
        finish();
      });
      if (old) old.replaceWith(root);
      else if (figure) { figure.replaceWith(root); }
      else document.body.appendChild(root);
      // Scripts added through a template do not run: recreate them so the fragment boots.
      Array.prototype.forEach.call(root.querySelectorAll("script:not([type])"), function (s) {
        var n = document.createElement("script");
        n.textContent = s.textContent;
        s.replaceWith(n);
      });
    }).catch(function () { finish(); });
  }
  function finish() {
    busy = false;
    if (again) { again = false; update(); }
  }
  var es = new EventSource('/events');
  es.onmessage = function (e) {
    if (e.data === me || e.data === "*") update();
  };
})();
