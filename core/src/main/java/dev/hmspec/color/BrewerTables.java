package dev.hmspec.color;

/**
 * ColorBrewer 2.0 schemes (Cynthia A. Brewer, Mark Harrower and The Pennsylvania State
 * University, Apache-2.0), the largest class count of each as d3-scale-chromatic uses for its
 * continuous {@code interpolateX} (9 classes for sequential, 11 for diverging): hex runs copied
 * from d3/d3-scale-chromatic src/sequential-single, src/sequential-multi and src/diverging.
 * Categorical: d3's category10 (d3 src/categorical/category10.js) and Tableau10 (Tableau's
 * 2016 palette, d3 src/categorical/Tableau10.js).
 */
final class BrewerTables {
    private BrewerTables() {}

    // sequential, single hue (9 classes)
    static final String BLUES = "f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b";
    static final String GREENS = "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b";
    static final String GREYS = "fffffff0f0f0d9d9d9bdbdbd969696737373525252252525000000";
    static final String ORANGES = "fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704";
    static final String PURPLES = "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d";
    static final String REDS = "fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d";

    // sequential, multi-hue (9 classes)
    static final String YLGNBU = "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58";
    static final String YLORRD = "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026";

    // diverging (11 classes)
    static final String RDBU = "67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061";
    static final String RDYLBU = "a50026d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4313695";
    static final String PIYG = "8e0152c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221276419";
    static final String BRBG = "5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30";

    // categorical
    static final String CATEGORY10 = "1f77b4ff7f0e2ca02cd627289467bd8c564be377c27f7f7fbcbd2217becf";
    static final String TABLEAU10 = "4e79a7f28e2ce1575976b7b259a14fedc949af7aa1ff9da79c755fbab0ab";
}
