package dev.hmspec.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewPayloadKeysTest {
    @Test
    void keysSendsConsecutiveIntegersAsARangeAndEverythingElseAsIs() {
        assertEquals(Map.of("from", 0L, "count", 4), ViewPayload.keys(List.of("0", "1", "2", "3")));
        assertEquals(Map.of("from", -2L, "count", 3), ViewPayload.keys(List.of("-2", "-1", "0")));
        List<String> gap = List.of("0", "1", "3");
        assertEquals(gap, ViewPayload.keys(gap));
        List<String> padded = List.of("00", "01", "02");
        assertEquals(padded, ViewPayload.keys(padded), "text that only looks like numbers stays as written");
        List<String> words = List.of("Mon", "Tue", "Wed");
        assertEquals(words, ViewPayload.keys(words));
        assertEquals(List.of("1", "2"), ViewPayload.keys(List.of("1", "2")), "short lists are not worth a range");
    }
}
