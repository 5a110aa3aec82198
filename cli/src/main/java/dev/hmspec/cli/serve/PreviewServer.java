package dev.hmspec.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hmspec.Compiled;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live preview: an HTTP server on the loopback interface only, serving the spec list at
 * {@code /}, each spec at {@code /view/<slug>.html} (also {@code .svg}, {@code .png}), and
 * change events at {@code /events}. A poller checks the workspace a few times a second and
 * tells open pages which spec changed; pages then reload and the spec is compiled afresh.
 */
public final class PreviewServer implements AutoCloseable {
    private final Workspace workspace;
    private final HttpServer server;
    private final EventHub events = new EventHub();
    private final ExecutorService handlers = Executors.newCachedThreadPool(daemon("hmspec-http"));
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(daemon("hmspec-watch"));

    private PreviewServer(Workspace workspace, HttpServer server) {
        this.workspace = workspace;
        this.server = server;
    }

    /** Binds 127.0.0.1 (or ::1) on {@code port}, 0 for any free port, and starts serving. */
    public static PreviewServer start(Workspace workspace, int port, long pollMillis) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer s = new PreviewServer(workspace, http);
        workspace.poll();
        http.createContext("/", s::handle);
        http.setExecutor(s.handlers);
        http.start();
        s.poller.scheduleWithFixedDelay(s::watch, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        return s;
    }

    public InetSocketAddress address() { return server.getAddress(); }

    public String url() { return "http://" + address().getAddress().getHostAddress() + ":" + address().getPort() + "/"; }

    private void watch() {
        try {
            Set<String> changed = workspace.poll();
            for (String slug : changed) events.publish(slug);
        } catch (RuntimeException e) {
            // Keep watching: one bad poll (a file mid-write) must not stop reloads.
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET is supported\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Routes.Route route = Routes.resolve(exchange.getRequestURI());
            switch (route.kind()) {
                case INDEX:
                    html(exchange, 200, Pages.index(workspace.folder().toString(), workspace.slugs(), this::failing));
                    break;
                case EVENTS:
                    events.stream(exchange);
                    break;
                case VIEW:
                    view(exchange, route);
                    break;
                case FAVICON:
                    exchange.sendResponseHeaders(204, -1); // no icon, and no 404 in the browser console
                    break;
                case FORBIDDEN:
                    send(exchange, 403, "text/plain; charset=utf-8", "forbidden: outside the served folder\n".getBytes(StandardCharsets.UTF_8));
                    break;
                default:
                    send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // The browser went away mid-response, or a render failed: nothing more to send.
        }
    }

    private boolean failing(String slug) {
        Compiled c = workspace.compiled(slug);
        return c != null && c.scene().isEmpty();
    }

    private void view(HttpExchange exchange, Routes.Route route) throws IOException {
        Compiled compiled = workspace.compiled(route.slug());
        if (compiled == null) {
            send(exchange, 404, "text/plain; charset=utf-8", ("no spec named " + route.slug() + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (compiled.scene().isEmpty()) {
            html(exchange, route.extension().equals("html") ? 200 : 404, Pages.diagnostics(route.slug(), compiled));
        } else if (route.extension().equals("html")) {
            String page = new String(Renderers.render(compiled.scene().get(), Format.HTML, RenderOptions.defaults()), StandardCharsets.UTF_8);
            html(exchange, 200, Pages.withReload(page, route.slug()));
        } else {
            Format f = Format.parse(route.extension());
            send(exchange, 200, f.mediaType(), Renderers.render(compiled.scene().get(), f, RenderOptions.defaults()));
        }
    }

    private static void html(HttpExchange exchange, int status, String page) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) try (OutputStream out = exchange.getResponseBody()) { out.write(body); }
    }

    @Override public void close() {
        poller.shutdownNow();
        events.close();
        server.stop(0);
        handlers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
