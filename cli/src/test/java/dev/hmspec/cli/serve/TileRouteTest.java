package dev.hmspec.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Hmspec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview serves a tiled page's tiles at the path the page asks for beside it (issue 9). */
class TileRouteTest {
    @TempDir Path tmp;
    PreviewServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An n x n float32 matrix, v = row + column / 1000. */
    static void writeNpy(Path file, int n) throws Exception {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + n + ", " + n + "), }";
        StringBuilder h = new StringBuilder(dict);
        while ((10 + h.length() + 1) % 64 != 0) h.append(' ');
        h.append('\n');
        ByteBuffer b = ByteBuffer.allocate(10 + h.length() + 4 * n * n).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length(), 0});
        b.put(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) b.putFloat(r + c / 1000f);
        Files.write(file, b.array());
    }

    @BeforeEach void start() throws Exception {
        Path served = Files.createDirectories(tmp.resolve("served"));
        writeNpy(served.resolve("m.npy"), 600); // above the embedded level's 98,304 cells: level 0 is tiles
        Files.writeString(served.resolve("big.hmspec"),
                "heatmap \"m\" {\n  data \"m.npy\"\n  tiles on\n  x column\n  y row\n  color value\n}\n");
        CompileOptions options = new CompileOptions(Optional.of(served), false);
        server = PreviewServer.start(new Workspace(served, p -> Hmspec.compile(p, options)), 0, 50);
    }

    @AfterEach void stop() { server.close(); }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test void a_tiled_page_gets_its_tiles_from_the_preview() throws Exception {
        String page = get("/view/big.html").body();
        Matcher id = Pattern.compile("\"id\":\"(t[0-9a-f]+)\"").matcher(page);
        assertTrue(id.find(), "the page names its tile set");
        HttpResponse<String> tile = get("/view/big.tiles/" + id.group(1) + "/L0/1-0.js");
        assertEquals(200, tile.statusCode());
        assertTrue(tile.body().startsWith("hmTile(\"" + id.group(1) + "\",0,1,0,\""), tile.body().substring(0, 30));
        assertEquals("text/javascript; charset=utf-8", tile.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, get("/view/big.tiles/" + id.group(1) + "/L0/9-9.js").statusCode(), "no such tile");
        assertEquals(404, get("/view/big.tiles/t0/L0/0-0.js").statusCode(), "no such tile set");
        assertEquals(403, get("/view/big.tiles/" + id.group(1) + "/L0/../../m.npy").statusCode(), "a path that climbs is refused");
    }
}
