// Module: fragments (FragmentRenderer.java). Each fragment's own small bootstrap
// (fragment-boot.js) decodes its cell blocks, then hands them to window.hmspecRuntime.boot, or,
// before the runtime has run, queues them in window.__hmFragments and loads the runtime once.

function bootFragments(registry) {
  var runtime = { version: 1, boot: function (root, blobs) { bootFragment(root, blobs, registry); } };
  window.hmspecRuntime = runtime;
  var queue = window.__hmFragments || [];
  window.__hmFragments = null;
  for (var i = 0; i < queue.length; i++) runtime.boot(queue[i][0], queue[i][1]);
}

function bootFragment(root, blobs, registry) {
  if (root.hmPage) return;
  var node = root.querySelector("script[data-hm-data]");
  root.hmPage = startPage(JSON.parse(node.textContent), blobs, root, registry, root.id + "/");
  root.setAttribute("data-hm-ready", "");
  emit(root, "hm:ready", { fragment: root.id });
}
