package dev.hmspec.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Named connections, so that no credential sits in a spec: {@code data sql connection "warehouse"}
 * reads {@code warehouse.url}, {@code .user}, {@code .password} from the properties file named by
 * {@code HMSPEC_CONNECTIONS} (default {@code ~/.hmspec/connections.properties}, outside any
 * project), and environment variables {@code HMSPEC_CONNECTION_WAREHOUSE_URL}, {@code _USER},
 * {@code _PASSWORD} override them one by one (the way CI secrets are passed).
 */
public final class Connections {
    /** A resolved connection; {@code password} is never printed (see {@link #toString}). */
    public record Info(String url, String user, String password) {
        @Override public String toString() { return "Info[url=" + Secrets.redactUrl(url) + ", user=" + user + "]"; }
    }

    private final Map<String, String> env;
    private final Path file;

    public Connections(Map<String, String> env, Path file) {
        this.env = env;
        this.file = file;
    }

    public static Connections fromEnvironment() {
        Map<String, String> env = System.getenv();
        String f = env.get("HMSPEC_CONNECTIONS");
        Path path = f != null && !f.isBlank() ? Path.of(f)
                : Path.of(System.getProperty("user.home"), ".hmspec", "connections.properties");
        return new Connections(env, path);
    }

    public Path file() { return file; }

    static String envName(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The connection, empty when neither the file nor the environment defines its URL. */
    public Optional<Info> resolve(String name) throws IOException {
        Properties p = load();
        String prefix = "HMSPEC_CONNECTION_" + envName(name) + "_";
        String url = env.getOrDefault(prefix + "URL", p.getProperty(name + ".url"));
        if (url == null || url.isBlank()) return Optional.empty();
        return Optional.of(new Info(url, env.getOrDefault(prefix + "USER", p.getProperty(name + ".user")),
                env.getOrDefault(prefix + "PASSWORD", p.getProperty(name + ".password"))));
    }

    /** Names defined anywhere, for did-you-mean. */
    public TreeSet<String> names() throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (String k : load().stringPropertyNames()) if (k.endsWith(".url")) out.add(k.substring(0, k.length() - 4));
        for (String k : env.keySet()) {
            if (k.startsWith("HMSPEC_CONNECTION_") && k.endsWith("_URL")) {
                out.add(k.substring(18, k.length() - 4).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private Properties load() throws IOException {
        Properties p = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) { p.load(r); }
        }
        return p;
    }
}
