package dev.hmspec.cli.serve;

import dev.hmspec.Compiled;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticReport;
import java.util.List;

/**
 * The preview's own pages: the spec list, the diagnostics page shown instead of a spec that
 * has errors, and the reload script added to every page. Everything from a spec is escaped.
 */
final class Pages {
    private Pages() {}

    private static final String STYLE = "<style>body{font:15px/1.5 system-ui,sans-serif;margin:32px;color:#1d2430}"
            + "a{color:#2857c5}li{margin:4px 0}.err{color:#b3261e}pre{background:#0f1724;color:#e6ebf3;padding:16px;"
            + "border-radius:6px;overflow:auto;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace}</style>\n";

    static String index(String folder, List<String> slugs, java.util.function.Predicate<String> failing) {
        StringBuilder b = head("hmspec preview").append("<h1>hmspec preview</h1>\n<p>").append(escape(folder))
                .append(" · pages reload when a spec or its data changes</p>\n<ul>\n");
        for (String slug : slugs) {
            b.append("<li><a href=\"/view/").append(escape(slug)).append(".html\">").append(escape(slug)).append("</a>");
            if (failing.test(slug)) b.append(" <span class=\"err\">has errors</span>");
            b.append("</li>\n");
        }
        if (slugs.isEmpty()) b.append("<li>No .hmspec files yet.</li>\n");
        return b.append("</ul>\n").append(reloadScript("*")).append("</body>\n</html>\n").toString();
    }

    /** The page for a spec that did not compile: every diagnostic as the CLI prints it. */
    static String diagnostics(String slug, Compiled compiled) {
        List<Diagnostic> ds = compiled.diagnostics();
        long errors = ds.stream().filter(Diagnostic::isError).count();
        StringBuilder b = head(slug + " has errors").append("<p><a href=\"/\">all specs</a></p>\n<h1 class=\"err\">")
                .append(escape(slug)).append(": ").append(errors).append(errors == 1 ? " error" : " errors").append("</h1>\n<pre>");
        b.append(escape(DiagnosticReport.print(ds, DiagnosticReport.DEFAULT_LIMIT)));
        return b.append("</pre>\n<p>Fix the spec and save: this page reloads by itself.</p>\n")
                .append(reloadScript(slug)).append("</body>\n</html>\n").toString();
    }

    /** A rendered page with the reload script added before {@code </body>}. */
    static String withReload(String html, String slug) {
        int end = html.lastIndexOf("</body>");
        String script = reloadScript(slug);
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    }

    /** A rendered page with the live-update script (live.js) added before {@code </body>}: no reload on change. */
    static String withLiveUpdate(String html, String slug) {
        int end = html.lastIndexOf("</body>");
        String script = "<script>" + LIVE.replace("__SLUG__", jsString(slug)) + "</script>\n";
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    }

    private static final String LIVE = resource("live.js");

    private static String resource(String name) {
        try (java.io.InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (broken build?)");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reloads on an event naming this page's spec; "*" (the index) reloads on any change. */
    static String reloadScript(String slug) {
        return "<script>(function(){var me=" + jsString(slug) + ";var es=new EventSource('/events');"
                + "es.onmessage=function(e){if(me==='*'||e.data===me||e.data==='*'){es.close();location.reload();}};})();</script>\n";
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(4096).append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n").append(STYLE).append("</head>\n<body>\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** A JavaScript string literal safe inside a script element. */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '*' || c == ' ') b.append(c);
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b.append('"').toString();
    }
}
