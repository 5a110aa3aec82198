// A fragment's bootstrap (FragmentRenderer.java): like boot.js, but for the blocks inside its
// own element, and the runtime runs once per page however many fragments it holds. The first
// fragment to finish decoding loads the runtime (from its own block, or any on the page with
// data-hm-runtime); the others wait in window.__hmFragments, which the runtime drains.
// decode and inflate: base85.js, in the same function (RuntimeAssets).

var root = document.currentScript.parentNode;
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
