package dev.hmspec.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hmspec.CompileOptions;
import dev.hmspec.PreparedSpec;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.html.FragmentRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The example web application of docs/embedding.md: one page with two heatmap fragments
 * (temperature and rain in Seattle) and a form that picks the month, a parameter both specs
 * declare. The server compiles each spec once per month ({@link PreparedSpec}) and sends the
 * runtime once per page; the temperature fragment's own slider (a bound parameter) works in
 * the browser with no request.
 *
 * <p>Served by the JDK's {@code com.sun.net.httpserver}: no dependency beyond hmspec itself,
 * nothing to download, and the smallest code a reader needs to see how embedding works (Javalin
 * or Spring Boot would add their own setup for the same two routes). Loopback only.
 */
public final class WebApp implements AutoCloseable {
    static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private final HttpServer server;
    private final Path specs;
    private final PreparedSpec temperature, rain;

    private WebApp(HttpServer server, Path specs, PreparedSpec temperature, PreparedSpec rain) {
        this.server = server;
        this.specs = specs;
        this.temperature = temperature;
        this.rain = rain;
    }

    /** Starts on 127.0.0.1:{@code port} (0: any free port); the specs and data come from the jar's resources. */
    public static WebApp start(int port) throws IOException {
        Path specs = unpackSpecs();
        CompileOptions options = new CompileOptions(java.util.Optional.of(specs), false).withEngine("memory");
        PreparedSpec t = PreparedSpec.read(specs.resolve("temperature.hmspec"), options);
        PreparedSpec r = PreparedSpec.read(specs.resolve("rain.hmspec"), options);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        WebApp app = new WebApp(server, specs, t, r);
        server.createContext("/", app::page);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return app;
    }

    public int port() { return server.getAddress().getPort(); }

    public URI uri() { return URI.create("http://127.0.0.1:" + port() + "/"); }

    @Override public void close() {
        server.stop(0);
        try (var files = Files.walk(specs)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }

    private void page(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals("/")) { send(ex, 404, "text/plain", "not found"); return; }
            String month = month(ex.getRequestURI().getRawQuery());
            Map<String, String> params = Map.of("month", month);
            RenderOptions options = RenderOptions.defaults();
            String body = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Seattle weather by month</title>\n"
                    + "<style>body{font-family:sans-serif;margin:24px} .charts{display:flex;flex-wrap:wrap;gap:24px}</style>\n"
                    + "</head><body>\n<h1>Seattle weather by month</h1>\n"
                    + "<form method=\"get\" action=\"/\"><label>Month <select name=\"month\" id=\"month\">" + options(month)
                    + "</select></label> <button type=\"submit\" id=\"show\">Show</button></form>\n"
                    + "<p>Hovered cell: <output id=\"hovered\">none</output></p>\n<div class=\"charts\">\n"
                    + new String(temperature.fragment(params, "temperature", false, options), StandardCharsets.UTF_8)
                    + new String(rain.fragment(params, "rain", false, options), StandardCharsets.UTF_8)
                    + "</div>\n" + FragmentRenderer.runtime()
                    + "<script>\ndocument.addEventListener('hm:ready', function (e) {\n"
                    + "  hmspec.views[e.detail.fragment + '/view-1'].on('hover', function (h) {\n"
                    + "    document.getElementById('hovered').textContent = h.cell ? e.detail.fragment + ': ' + h.cell.rowKey + ' '\n"
                    + "      + document.getElementById('month').value + ' ' + h.cell.columnKey + ' = ' + h.cell.value : 'none';\n"
                    + "  });\n});\n</script>\n</body></html>\n";
            send(ex, 200, "text/html; charset=utf-8", body);
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain; charset=utf-8", "hmspec could not render: " + e.getMessage());
        }
    }

    /** The month from {@code ?month=Mar}; anything not in the list is January (never passed on as-is). */
    static String month(String query) {
        if (query != null) for (String part : query.split("&")) {
            if (part.startsWith("month=") && MONTHS.contains(part.substring(6))) return part.substring(6);
        }
        return "Jan";
    }

    private static String options(String selected) {
        StringBuilder b = new StringBuilder();
        for (String m : MONTHS) b.append("<option").append(m.equals(selected) ? " selected" : "").append('>').append(m).append("</option>");
        return b.toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream o = ex.getResponseBody()) { o.write(bytes); }
    }

    /** The specs travel in the jar; the compiler reads files, so they go to a private temp folder once at start. */
    private static Path unpackSpecs() throws IOException {
        Path dir = Files.createTempDirectory("hmspec-webapp-");
        Files.createDirectories(dir.resolve("data"));
        for (String name : List.of("temperature.hmspec", "rain.hmspec", "data/seattle-weather.csv")) {
            try (InputStream in = WebApp.class.getResourceAsStream("/specs/" + name)) {
                if (in == null) throw new UncheckedIOException(new IOException("missing resource /specs/" + name));
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        WebApp app = start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        System.out.println("hmspec example: open " + app.uri() + " (Ctrl-C stops)");
    }

}
