// The page's bootstrap, the only script the page runs as written. Binary blocks (the cells of
// each view and the runtime itself) are base-85 text in script elements (Base85.java), some
// raw-deflated (data-encoding="deflate-raw"); the browser's own DecompressionStream inflates
// them. The runtime (the other modules, concatenated by RuntimeAssets.java) then runs as a
// script of its own and finds the decoded blocks on document.currentScript.hmBlobs.
// Nothing is fetched, so it works from file://. A browser without "deflate-raw" keeps the
// static chart and gets a note saying why.

(function () {
  "use strict";
  var DIGITS = "!#$%()*+,.0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";
  var digit = new Uint8Array(128);
  for (var i = 0; i < 85; i++) digit[DIGITS.charCodeAt(i)] = i;

  // 5 digits -> 4 bytes, big-endian; a final 2 to 4 digits -> 1 to 3 bytes.
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

  function fail(e) {
    var note = document.createElement("p");
    note.className = "hm-note";
    note.textContent = "The interactive layer needs a newer browser (" + e + "); the chart above is static.";
    document.body.appendChild(note);
    throw e;
  }

  var blobs = {}, pending = [];
  try {
    var nodes = document.querySelectorAll('script[type="application/octet-stream"]');
    Array.prototype.forEach.call(nodes, function (node) {
      var bytes = decode(node.textContent);
      if (node.getAttribute("data-encoding") !== "deflate-raw") blobs[node.id] = bytes;
      else pending.push(inflate(bytes).then(function (b) { blobs[node.id] = b; }));
    });
  } catch (e) {
    fail(e);
  }
  Promise.all(pending).then(function () {
    var script = document.createElement("script");
    script.hmBlobs = blobs;
    script.textContent = new TextDecoder().decode(blobs["hm-runtime"]) + "//# sourceURL=hmspec-runtime.js\n";
    document.body.appendChild(script);
  }, fail);
})();
