package dev.hmspec.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page runtime: small readable modules under {@code dev/hmspec/runtime/}, concatenated
 * in dependency order into one strict-mode function. Comment lines and indentation are
 * dropped when inlining (bytes are load time); the sources stay readable. Read once per JVM.
 */
final class RuntimeAssets {
    private RuntimeAssets() {}

    static final String DIR = "/dev/hmspec/runtime/";
    /** Order matters: later modules use functions of earlier ones. */
    static final String[] MODULES = {"base.js", "format.js", "cells.js", "view.js", "axes.js", "pointer.js",
        "keys.js", "legend.js", "toolbar.js", "main.js"};
    static final String JS = assemble();
    static final String CSS = compact(resource(DIR + "runtime.css"));

    static String assemble() {
        StringBuilder b = new StringBuilder("(function () {\n\"use strict\";\n");
        for (String m : MODULES) b.append(compact(resource(DIR + m)));
        return b.append("})();\n").toString();
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
