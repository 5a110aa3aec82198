// Module 2: number formats. A subset of d3-format, the same specifiers the Java side's
// NumberFormat accepts for tooltips: [sign][0][width][,][.precision][~][type], types
// d f e g r s % and none. Without a specifier values print exactly (never rounded).

var FORMAT_RE = /^([+\-( ])?(0)?(\d+)?(,)?(?:\.(\d+))?(~)?([defgrs%])?$/;
var SI = ["y", "z", "a", "f", "p", "n", "\u00b5", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"];

function groupThousands(intPart) {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function trimZeros(s) {
  var e = s.search(/e/), mant = e < 0 ? s : s.slice(0, e), exp = e < 0 ? "" : s.slice(e);
  if (mant.indexOf(".") >= 0) mant = mant.replace(/0+$/, "").replace(/\.$/, "");
  return mant + exp;
}

// The exact value: integers grouped like the Java side's default, others in shortest round-trip form.
function exactNumber(v) {
  if (v === Infinity) return "\u221e";
  if (v === -Infinity) return "-\u221e";
  if (v === Math.round(v) && Math.abs(v) < 1e15) return (v < 0 ? "-" : "") + groupThousands(String(Math.abs(v)));
  return String(v);
}

function makeFormat(spec) {
  var m = spec ? FORMAT_RE.exec(spec) : null;
  if (!m) return exactNumber;
  var sign = m[1] || "-", zero = !!m[2], width = m[3] ? +m[3] : 0, comma = !!m[4];
  var precision = m[5] != null ? +m[5] : null, trim = !!m[6], type = m[7] || "";
  return function (v) {
    if (isNaN(v)) return "NaN";
    var neg = v < 0 || (1 / v < 0 && v === 0), a = Math.abs(v), body, suffix = "";
    if (type === "d") body = String(Math.round(a));
    else if (type === "f") body = a.toFixed(precision == null ? 6 : precision);
    else if (type === "%") { body = (a * 100).toFixed(precision == null ? 6 : precision); suffix = "%"; }
    else if (type === "e") body = a.toExponential(precision == null ? 6 : precision).replace(/e\+?/, "e+").replace("e+-", "e-");
    else if (type === "g") body = a.toPrecision(precision == null ? 6 : Math.max(1, precision));
    else if (type === "r") body = roundedFixed(a, precision == null ? 6 : Math.max(1, precision));
    else if (type === "s") { var si = siParts(a, precision == null ? 6 : Math.max(1, precision)); body = si[0]; suffix = si[1]; }
    else body = precision == null ? String(a) : trimZeros(a.toPrecision(Math.max(1, precision)));
    if (trim) body = trimZeros(body);
    if (neg && sign !== "+" && !/[1-9]/.test(body)) neg = false; // no "-0" after rounding (as in Java)
    if (comma) { var dot = body.indexOf("."), ip = dot < 0 ? body : body.slice(0, dot); body = groupThousands(ip) + (dot < 0 ? "" : body.slice(dot)); }
    var pre = neg ? (sign === "(" ? "(" : "-") : sign === "+" ? "+" : sign === " " ? " " : "";
    var post = neg && sign === "(" ? ")" : "";
    var len = pre.length + body.length + suffix.length + post.length;
    if (width > len) {
      var pad = new Array(width - len + 1).join(zero ? "0" : " ");
      return zero ? pre + pad + body + suffix + post : pad + pre + body + suffix + post;
    }
    return pre + body + suffix + post;
  };
}

function roundedFixed(a, p) {
  if (a === 0) return (0).toFixed(p - 1);
  var e = Math.floor(Math.log10(a)), digits = Math.max(0, p - 1 - e);
  return Number(a.toPrecision(p)).toFixed(Math.min(100, digits));
}

function siParts(a, p) {
  if (a === 0) return [trimZeros((0).toPrecision(p)) === "0" ? (0).toPrecision(p) : "0", ""];
  var rounded = Number(a.toPrecision(p));
  var k = clamp(Math.floor(Math.log10(rounded) / 3), -8, 8);
  var scaled = rounded / Math.pow(10, 3 * k);
  return [scaled.toPrecision(p), SI[k + 8]];
}
