package dev.hmspec.diag;

/** The catalog of the lines {@link DiagnosticReport} adds around diagnostics (no codes: they are not findings). */
final class DiagnosticMessages {
    private DiagnosticMessages() {}

    static String more(String file, int errors, int warnings) {
        return file + ": … and " + count(errors + warnings, "more diagnostic") + " not shown (" + count(errors, "error")
                + ", " + count(warnings, "warning") + "); fix the first ones and check again";
    }

    private static String count(int n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }
}
