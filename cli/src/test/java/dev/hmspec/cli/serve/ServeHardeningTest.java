package dev.hmspec.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Hmspec;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server under the misuse issue 11 found: pipes, links out, foreign hosts, many connections. */
class ServeHardeningTest {
    @TempDir Path tmp;
    Path served;
    PreviewServer server;
    final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach void start() throws Exception {
        served = Files.createDirectories(tmp.resolve("served"));
        Files.createDirectories(served.resolve("data"));
        Files.writeString(served.resolve("data/grid.csv"), "row,col,value\na,x,1\nb,y,2\n");
        Files.writeString(served.resolve("grid.hmspec"), PreviewServerTest.spec("Grid", "value"));
        CompileOptions options = new CompileOptions(Optional.of(served), false);
        server = PreviewServer.start(new Workspace(served, p -> Hmspec.compile(p, options)), 0, 50, log::add);
    }

    @AfterEach void stop() { server.close(); }

    /** A request sent byte for byte with the given Host header; the whole response, or what came before the timeout. */
    String raw(String path, String host) throws Exception {
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    String get(String path) throws Exception { return raw(path, "127.0.0.1:" + server.address().getPort()); }

    static int status(String response) { return Integer.parseInt(response.substring(9, 12)); }

    @Test void a_named_pipe_as_data_is_refused_with_a_positioned_error_and_the_server_stays_responsive() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", served.resolve("data/pipe.csv").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.writeString(served.resolve("piped.hmspec"), PreviewServerTest.spec("Piped", "value").replace("grid.csv", "pipe.csv"));
        Thread.sleep(300);
        String page = get("/view/piped.html"); // a blocking read here used to hold the lock every request needs
        assertTrue(page.contains("piped.hmspec:2:8: error[HM902]: data file &quot;data/pipe.csv&quot; is not a regular file"), page);
        assertEquals(200, status(get("/view/grid.html")));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("piped: 1 error; first: ")), log.toString());
    }

    @Test void a_symlinked_spec_pointing_outside_the_folder_is_neither_listed_nor_served() throws Exception {
        Path outside = Files.writeString(tmp.resolve("outside.hmspec"), PreviewServerTest.spec("Outside secret", "value"));
        Files.createSymbolicLink(served.resolve("link.hmspec"), outside);
        Files.createSymbolicLink(served.resolve("inner.hmspec"), served.resolve("grid.hmspec"));
        Thread.sleep(300);
        String index = get("/");
        assertFalse(index.contains("link"), index);
        assertTrue(index.contains("/view/inner.html"), "a link inside the folder is fine: " + index);
        assertEquals(404, status(get("/view/link.html")));
    }

    @Test void only_loopback_host_names_are_answered() throws Exception {
        int port = server.address().getPort();
        for (String host : List.of("localhost", "localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
            assertEquals(200, status(raw("/", host)), host);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example:" + port, "localhost:1",
                "localhost.:" + port, "")) {
            String response = raw("/view/grid.html", host);
            assertTrue(status(response) == 403 || status(response) == 400, host + " answered " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("<svg"), host);
        }
    }

    @Test void request_threads_stay_bounded_under_two_hundred_open_connections() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket s = new Socket(server.address().getAddress(), server.address().getPort());
                s.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                sockets.add(s);
            }
            Thread.sleep(1000);
            assertEquals(200, status(get("/view/grid.html")), "pages are still served");
            assertTrue(server.threads() <= PreviewServer.MAX_THREADS, server.threads() + " request threads");
            long named = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("hmspec-http")).count();
            assertTrue(named <= PreviewServer.MAX_THREADS, named + " hmspec-http threads");
        } finally {
            for (Socket s : sockets) s.close();
        }
    }

    @Test void every_render_and_every_failure_is_logged() throws Exception {
        get("/view/grid.html");
        get("/view/grid.svg");
        assertTrue(log.stream().anyMatch(l -> l.matches("rendered grid\\.html in \\d+ ms")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.matches("rendered grid\\.svg in \\d+ ms")), log.toString());
        Files.writeString(served.resolve("grid.hmspec"), PreviewServerTest.spec("Grid", "valeu"));
        Thread.sleep(300);
        get("/view/grid.html");
        assertTrue(log.stream().anyMatch(l -> l.contains("grid: 1 error; first: ") && l.contains("error[HM201]")), log.toString());
    }
}
