package dev.hmspec.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The SciPy fixtures of src/test/resources/cluster (made by make_fixtures.py). */
final class Fixtures {
    static final List<String> CASES = List.of("random", "ties", "duplicates", "wide-ties", "tiny2", "tiny3");

    private Fixtures() {}

    static JsonNode load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/cluster/" + name + ".json")) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) out[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        return out;
    }

    static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) out[i] = array.get(i).asInt();
        return out;
    }

    /** |a − b| ≤ 1e-9 relative, with an absolute floor of 1e-12 for distances near zero. */
    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
    }
}
