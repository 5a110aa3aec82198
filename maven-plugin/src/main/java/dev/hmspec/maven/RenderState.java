package dev.hmspec.maven;

import dev.hmspec.render.OutputWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the last render left in the output folder, stored there as {@value #FILE_NAME}: per
 * spec slug, the fingerprint it was rendered with (empty when it failed) and the files it
 * wrote. A missing or unreadable state file just means "render everything".
 */
final class RenderState {
    static final String FILE_NAME = ".hmspec-state.properties";

    record Entry(String fingerprint, List<String> outputs) {
        Entry { outputs = List.copyOf(outputs); }
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    static RenderState load(Path outputDirectory) {
        RenderState state = new RenderState();
        Path file = outputDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return state;
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return state;
        }
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("key.")) continue;
            String slug = key.substring(4);
            String outputs = p.getProperty("outputs." + slug, "");
            state.entries.put(slug, new Entry(p.getProperty(key), outputs.isEmpty() ? List.of() : Arrays.asList(outputs.split(","))));
        }
        return state;
    }

    Entry get(String slug) { return entries.get(slug); }
    void put(String slug, Entry entry) { entries.put(slug, entry); }
    Entry remove(String slug) { return entries.remove(slug); }
    Map<String, Entry> entries() { return new TreeMap<>(entries); }

    void save(Path outputDirectory) throws IOException {
        Properties p = new Properties();
        entries.forEach((slug, e) -> {
            p.setProperty("key." + slug, e.fingerprint());
            p.setProperty("outputs." + slug, String.join(",", e.outputs()));
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.store(bytes, "hmspec render state: delete this file to render every spec again");
        OutputWriter.writeAtomically(outputDirectory.resolve(FILE_NAME), bytes.toByteArray());
    }
}
