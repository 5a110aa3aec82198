// Module 1b: the words the runtime shows or announces, in one place (the page's message catalog).

var WORDS = {
  nodata: "no data",
  selection: function (cells, count, sum, mean) {
    return "Selection: " + exactNumber(cells) + (cells === 1 ? " cell" : " cells") +
      (count < cells ? " (" + exactNumber(cells - count) + " without data)" : "") +
      (count ? ", sum " + shortNumber(sum) + ", mean " + shortNumber(mean) : "");
  },
  swatch: function (label) { return "Show only " + label; }
};

// Whole numbers exactly (grouped), others to 6 significant digits: enough for a summary line.
function shortNumber(v) {
  return v === Math.round(v) ? exactNumber(v) : makeFormat(",.6~g")(v);
}
