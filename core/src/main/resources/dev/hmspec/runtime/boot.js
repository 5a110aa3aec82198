// The page's bootstrap, the only script the page runs as written. Binary blocks (the cells of
// each view and the runtime itself) are base-85 text in script elements (Base85.java), some
// raw-deflated (data-encoding="deflate-raw"); the browser's own DecompressionStream inflates
// them. The runtime (the other modules, concatenated by RuntimeAssets.java) then runs as a
// script of its own and finds the decoded blocks on document.currentScript.hmBlobs.
// The decoder and inflate come from base85.js (RuntimeAssets wraps both in one function).
// Nothing is fetched, so it works from file://. A browser without "deflate-raw" keeps the
// static chart and gets a note saying why.

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
