package dev.hmspec.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent events: each open page holds one {@code /events} stream; {@link #publish} sends
 * a changed spec's slug to all of them, {@link #ping} (every 15 s) finds closed tabs. A stream
 * holds no thread while it stays open: the handler returns at once and the poller writes to
 * the open exchanges, so open pages can never use up the request threads. At most
 * {@link #MAX_STREAMS} are open at once; further pages are refused (503) and simply do not reload.
 */
final class EventHub {
    static final int MAX_STREAMS = 100;

    private record Client(HttpExchange exchange, OutputStream out) {}

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;

    int clients() { return clients.size(); }

    /** Starts a stream and returns; false when too many are open (the caller answers 503). */
    synchronized boolean open(HttpExchange exchange) throws IOException {
        if (!open || clients.size() >= MAX_STREAMS) return false;
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client c = new Client(exchange, exchange.getResponseBody());
        clients.add(c);
        send(c, "retry: 500\n: connected\n\n");
        return true;
    }

    void publish(String slug) { sendAll("data: " + slug.replace("\n", "").replace("\r", "") + "\n\n"); }

    void ping() { sendAll(": ping\n\n"); }

    synchronized void close() {
        open = false;
        for (Client c : clients) c.exchange().close();
        clients.clear();
    }

    private synchronized void sendAll(String text) {
        for (Client c : clients) send(c, text);
    }

    private void send(Client c, String text) {
        try {
            c.out().write(text.getBytes(StandardCharsets.UTF_8));
            c.out().flush();
        } catch (IOException e) {
            // The page was closed or reloaded.
            clients.remove(c);
            c.exchange().close();
        }
    }
}
