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
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

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
    /** Request threads: at most this many, and idle ones end after 30 s. */
    static final int MAX_THREADS = 16;

    private final ThreadPoolExecutor handlers = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), daemon("hmspec-http"));
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(daemon("hmspec-watch"));
    private final Consumer<String> log;
    /** SQL re-queries (embed12b): two at a time, one per spec at most (RefreshScheduler). */
    private final ThreadPoolExecutor queries = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), daemon("hmspec-refresh"));
    private final RefreshScheduler refresh;

    private PreviewServer(Workspace workspace, HttpServer server, Consumer<String> log) {
        this.workspace = workspace;
        this.server = server;
        this.log = log;
        handlers.allowCoreThreadTimeOut(true);
        queries.allowCoreThreadTimeOut(true);
        refresh = new RefreshScheduler(System::nanoTime, queries, new RefreshSource(workspace, log), (slug, fresh) -> {
            workspace.refreshed(slug, fresh);
            log.accept(ServeMessages.refreshed(slug));
            events.publish(slug);
        });
    }

    /** Binds 127.0.0.1 (or ::1) on {@code port}, 0 for any free port, and starts serving. */
    public static PreviewServer start(Workspace workspace, int port, long pollMillis) throws IOException {
        return start(workspace, port, pollMillis, line -> { });
    }

    /** As above, with {@code log} told of every render and every failure, one line each. */
    public static PreviewServer start(Workspace workspace, int port, long pollMillis, Consumer<String> log) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer s = new PreviewServer(workspace, http, log);
        for (String slug : workspace.poll()) s.refresh.plan(slug, workspace.refreshInterval(slug).orElse(null));
        http.createContext("/", s::handle);
        http.setExecutor(s.handlers);
        http.start();
        s.poller.scheduleWithFixedDelay(s::watch, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        s.poller.scheduleWithFixedDelay(s.events::ping, 15, 15, TimeUnit.SECONDS);
        return s;
    }

    /** Request threads alive now (for tests: the pool must stay bounded). */
    int threads() { return handlers.getPoolSize(); }

    public InetSocketAddress address() { return server.getAddress(); }

    public String url() { return "http://" + address().getAddress().getHostAddress() + ":" + address().getPort() + "/"; }

    private void watch() {
        try {
            Set<String> changed = workspace.poll();
            for (String slug : changed) events.publish(slug);
            for (String slug : changed) refresh.plan(slug, workspace.refreshInterval(slug).orElse(null));
            refresh.tick();
        } catch (RuntimeException e) {
            // Keep watching: one bad poll (a file mid-write) must not stop reloads.
        }
    }

    private void handle(HttpExchange exchange) {
        boolean streaming = false;
        try {
            if (!Routes.allowedHost(exchange.getRequestHeaders().getFirst("Host"), address().getPort())) {
                log.accept(ServeMessages.badHost(String.valueOf(exchange.getRequestHeaders().getFirst("Host"))));
                text(exchange, 403, ServeMessages.FORBIDDEN_HOST);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                text(exchange, 405, "only GET is supported\n");
                return;
            }
            if (TileRoute.matches(exchange.getRequestURI())) { // a huge grid's tiles (issue 9)
                java.util.Optional<java.nio.file.Path> tile = TileRoute.file(exchange.getRequestURI(), workspace);
                if (tile.isPresent()) send(exchange, 200, "text/javascript; charset=utf-8", java.nio.file.Files.readAllBytes(tile.get()));
                else text(exchange, 404, "not found\n");
                return;
            }
            Routes.Route route = Routes.resolve(exchange.getRequestURI());
            switch (route.kind()) {
                case INDEX:
                    html(exchange, 200, Pages.index(workspace.folder().toString(), workspace.slugs(), this::failing));
                    break;
                case EVENTS:
                    streaming = events.open(exchange);
                    if (!streaming) text(exchange, 503, ServeMessages.TOO_MANY_STREAMS);
                    break;
                case VIEW:
                    view(exchange, route);
                    break;
                case FAVICON:
                    exchange.sendResponseHeaders(204, -1); // no icon, and no 404 in the browser console
                    break;
                case FORBIDDEN:
                    text(exchange, 403, "forbidden: outside the served folder\n");
                    break;
                default:
                    text(exchange, 404, "not found\n");
            }
        } catch (IOException e) {
            // The browser went away mid-response: nothing more to send.
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.accept(ServeMessages.crashed(exchange.getRequestURI().getRawPath(), e));
            try {
                text(exchange, 500, "internal error; the server log says more\n");
            } catch (IOException | RuntimeException ignored) {
                // Headers may already be sent.
            }
        } finally {
            if (!streaming) exchange.close();
        }
    }

    private boolean failing(String slug) {
        Compiled c = workspace.compiled(slug);
        return c != null && c.scene().isEmpty();
    }

    private void view(HttpExchange exchange, Routes.Route route) throws IOException {
        long started = System.nanoTime();
        Compiled compiled = workspace.compiled(route.slug());
        if (compiled == null) {
            text(exchange, 404, "no spec named " + route.slug() + "\n");
            return;
        }
        if (compiled.scene().isEmpty()) {
            List<Diagnostic> errors = compiled.diagnostics().stream().filter(Diagnostic::isError).toList();
            String first = errors.isEmpty() ? "" : DiagnosticPrinter.print(errors.get(0)).lines().findFirst().orElse("");
            log.accept(ServeMessages.failed(route.slug(), errors.size(), first));
            // The live update asks for the fragment: a 200 that says "errors" makes it reload to this
            // page, where a 404 would also print a console error in the reader's browser.
            boolean page = route.extension().equals("html") || route.extension().equals("fragment");
            if (route.extension().equals("fragment")) exchange.getResponseHeaders().add("X-Hmspec-Errors", String.valueOf(errors.size()));
            html(exchange, page ? 200 : 404, Pages.diagnostics(route.slug(), compiled));
            return;
        }
        Format f = Format.parse(route.extension());
        // The live update (live.js) swaps this fragment into the open page; one fixed id, so it replaces itself.
        byte[] body = f == Format.FRAGMENT ? dev.hmspec.render.html.FragmentRenderer.render(compiled.scene().get(),
                RenderOptions.defaults(), "hm-live", true) : Renderers.render(compiled.scene().get(), f, RenderOptions.defaults());
        log.accept(ServeMessages.rendered(route.slug(), route.extension(), (System.nanoTime() - started) / 1_000_000));
        if (f == Format.FRAGMENT) {
            send(exchange, 200, f.mediaType(), body);
        } else if (f == Format.HTML) {
            html(exchange, 200, Pages.withLiveUpdate(new String(body, StandardCharsets.UTF_8), route.slug()));
        } else {
            send(exchange, 200, f.mediaType(), body);
        }
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
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
        queries.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
