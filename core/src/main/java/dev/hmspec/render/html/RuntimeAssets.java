package dev.hmspec.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * The page runtime: small readable modules under {@code dev/hmspec/runtime/}, concatenated
 * in dependency order into one strict-mode function. Comment lines and indentation are
 * dropped when inlining (bytes are load time); the sources stay readable. The page carries
 * the runtime, with the styles of what it adds ({@code runtime.css}), raw-deflated as {@link Base85} text ({@link #JS_DEFLATED}, about 40 % of
 * {@link #JS}) beside a small readable bootstrap ({@link #BOOT}, {@code runtime/boot.js})
 * that decodes it, inflates it with the browser's {@code DecompressionStream} and runs it. Built once per JVM.
 */
final class RuntimeAssets {
    private RuntimeAssets() {}

    static final String DIR = "/dev/hmspec/runtime/";
    /** Order matters: later modules use functions of earlier ones. */
    static final String[] MODULES = {"base.js", "format.js", "words.js", "cells.js", "view.js", "axes.js", "pointer.js",
        "keys.js", "link.js", "legend.js", "toolbar.js", "dendrogram.js", "decorations.js", "api.js", "params.js",
        "fragment.js", "main.js"};
    static final String JS = assemble();
    /** The page's own styles (figure and SVG); the runtime brings {@code runtime.css} itself. */
    static final String CSS = compact(resource(DIR + "page.css"));
    /** {@link #JS} as UTF-8, raw deflate, {@link Base85}: no {@code <}, so it cannot end its script element. */
    static final String JS_DEFLATED = Base85.encode(Deflate.raw(JS.getBytes(StandardCharsets.UTF_8), Deflater.BEST_COMPRESSION));
    static final String BOOT = bootstrap("boot.js");
    /** A fragment's own bootstrap (FragmentRenderer): decodes its blocks, loads the runtime once per page. */
    static final String FRAGMENT_BOOT = bootstrap("fragment-boot.js");

    /**
     * Pages with a tiled grid (issue 9) also carry {@code tiles.js}, after {@code cells.js}; other
     * pages do not pay its bytes (the small-page budget in docs/performance.md is tight).
     */
    static String tiledDeflated() { return Tiled.DEFLATED; }

    private static final class Tiled {
        static final String DEFLATED = Base85.encode(Deflate.raw(assemble(true).getBytes(StandardCharsets.UTF_8),
                Deflater.BEST_COMPRESSION));
    }

    /** A bootstrap: the one Base-85 decoder ({@code base85.js}) and {@code file}, in one strict-mode function. */
    static String bootstrap(String file) {
        return "(function () {\n\"use strict\";\n" + compact(resource(DIR + "base85.js")) + compact(resource(DIR + file)) + "})();\n";
    }

    static String assemble() { return assemble(false); }

    static String assemble(boolean tiles) {
        StringBuilder b = new StringBuilder("(function () {\n\"use strict\";\n");
        b.append("var RUNTIME_CSS = ").append(jsString(compact(resource(DIR + "runtime.css")))).append(";\n");
        for (String m : MODULES) {
            b.append(compact(resource(DIR + m)));
            if (tiles && m.equals("cells.js")) b.append(compact(resource(DIR + "tiles.js")));
        }
        return b.append("})();\n").toString();
    }

    /** A JavaScript string literal; the text is ours (CSS), escaped all the same. */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c < 0x20 || c == '<' || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** Drops whole-line comments, blank lines and indentation; code lines stay as written. */
    static String compact(String source) {
        StringBuilder b = new StringBuilder(source.length());
        boolean inBlock = false;
        for (String line : source.split("\n")) {
            String t = line.strip();
            if (inBlock) { if (t.endsWith("*/")) inBlock = false; continue; }
            if (t.startsWith("/*")) { inBlock = !t.endsWith("*/"); continue; }
            if (t.isEmpty() || t.startsWith("//")) continue;
            b.append(t).append('\n');
        }
        return b.toString();
    }

    static String resource(String path) {
        try (InputStream in = RuntimeAssets.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path + " (broken build?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
