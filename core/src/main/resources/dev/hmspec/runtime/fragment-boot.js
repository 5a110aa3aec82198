// A fragment's bootstrap (FragmentRenderer.java): like boot.js, but for the blocks inside its
// own element, and the runtime runs once per page however many fragments it holds. The first
// fragment to finish decoding loads the runtime (from its own block, or any on the page with
// data-hm-runtime); the others wait in window.__hmFragments, which the runtime drains.

(function () {
  "use strict";
  var root = document.currentScript.parentNode;
  var DIGITS = "!#$%()*+,.0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";
  var digit = new Uint8Array(128);
  for (var i = 0; i < 85; i++) digit[DIGITS.charCodeAt(i)] = i;
  function decode(s) {
    var n = s.length, out = new Uint8Array((n - n % 5) / 5 * 4 + Math.max(0, n % 5 - 1)), o = 0;
    for (var i = 0; i < n; i += 5) {
      var v = 0;
      for (var k = i; k < i + 5; k++) v = v * 85 + (k < n ? digit[s.charCodeAt(k)] : 84);
      for (k = 24; k >= 0 && o < out.length; k -= 8) out[o++] = v >>> k;
    }
    return out;
  }
  function inflate(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).arrayBuffer().then(function (buf) { return new Uint8Array(buf); });
  }
  var blobs = {}, pending = [];
  Array.prototype.forEach.call(root.querySelectorAll("script[data-hm-blob]"), function (node) {
    var bytes = decode(node.textContent), id = node.getAttribute("data-hm-blob");
    if (node.getAttribute("data-encoding") !== "deflate-raw") blobs[id] = bytes;
    else pending.push(inflate(bytes).then(function (b) { blobs[id] = b; }));
  });
  Promise.all(pending).then(function () {
    if (window.hmspecRuntime) { window.hmspecRuntime.boot(root, blobs); return; }
    (window.__hmFragments = window.__hmFragments || []).push([root, blobs]);
    if (window.__hmRuntimeLoading) return;
    var block = root.querySelector("script[data-hm-runtime]") || document.querySelector("script[data-hm-runtime]");
    if (!block) return; // FragmentRenderer.runtime() is expected elsewhere on the page; its script loads it
    window.__hmRuntimeLoading = true;
    return inflate(decode(block.textContent)).then(function (js) {
      var script = document.createElement("script");
      script.hmBlobs = {};
      script.textContent = new TextDecoder().decode(js) + "//# sourceURL=hmspec-runtime.js\n";
      document.body.appendChild(script);
    });
  }).catch(function (e) {
    var note = document.createElement("p");
    note.textContent = "The interactive layer needs a newer browser (" + e + "); the chart above is static.";
    root.appendChild(note);
  });
})();
