package dev.hmspec.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events: each open page holds one {@code /events} stream; {@link #publish}
 * sends a changed spec's slug to all of them. A comment line every 15 s finds closed tabs.
 */
final class EventHub {
    private final Set<BlockingQueue<String>> clients = new CopyOnWriteArraySet<>();
    private volatile boolean open = true;

    void publish(String slug) {
        for (BlockingQueue<String> q : clients) q.offer(slug);
    }

    int clients() { return clients.size(); }

    void close() {
        open = false;
        publish("");
    }

    /** Serves one stream until the client goes away or the server stops. */
    void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, "retry: 500\n: connected\n\n");
            while (open) {
                String slug = queue.poll(15, TimeUnit.SECONDS);
                if (!open) break;
                write(out, slug == null ? ": ping\n\n" : "data: " + slug.replace("\n", "") + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page was closed or reloaded.
        } finally {
            clients.remove(queue);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
