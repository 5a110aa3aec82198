// Base-85 text to bytes (Base85.java writes it) and raw inflate with the browser's own
// DecompressionStream. One source for both bootstraps: RuntimeAssets puts it at the top of
// boot.js (a page) and of fragment-boot.js (a fragment), inside the same function.

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
