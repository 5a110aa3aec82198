package dev.hmspec.maven;

/** The catalog of the plugin's own messages about a spec that could not be rendered (diagnostics come from core). */
final class PluginMessages {
    private PluginMessages() {}

    static String couldNotWrite(String spec, Object formats, Throwable e) {
        return spec + ": error: could not write its " + formats + " output (" + e + "); its earlier outputs are kept\n";
    }

    static String cannotRead(String spec, Throwable e) {
        return spec + ": error: cannot read the spec (" + e.getMessage() + ")\n";
    }

    static String outOfMemory(String spec, long maxHeapMb) {
        return spec + ": error: out of memory (the build's Java heap is limited to " + maxHeapMb + " MB)\n"
                + "  = help: give Maven more memory (MAVEN_OPTS=-Xmx4g), render fewer specs at once (-Dhmspec.threads=1),"
                + " or make the grid smaller (aggregate or bin the data)\n";
    }

    static String internal(String spec, Throwable e) {
        return spec + ": error: internal error while rendering (" + e + "); please report it\n";
    }

    static String more(int n) {
        return "\n  … and " + n + " more";
    }
}
