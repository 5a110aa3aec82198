package dev.hmspec.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The key that decides whether a spec must be rendered again: a SHA-256 over the spec's text,
 * the render settings, and each data file's path, size, modification time and content. Any
 * change (even a touch of a data file) changes the key; a missing data file is part of the key
 * too, so the spec is retried (and fails with its diagnostic) until the file appears.
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(byte[] spec, String settings, List<Path> dataFiles) throws IOException {
        MessageDigest sha = sha256();
        sha.update(spec);
        update(sha, "\0settings\0" + settings);
        for (Path data : dataFiles) {
            update(sha, "\0data\0" + data);
            if (!Files.isRegularFile(data)) {
                update(sha, "\0missing");
                continue;
            }
            update(sha, "\0" + Files.size(data) + "\0" + Files.getLastModifiedTime(data).toMillis() + "\0");
            try (InputStream in = Files.newInputStream(data)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The content of the jar (or classes folder) a class came from: a hash over its entries'
     * names and CRCs, so a changed renderer re-renders everything, while a jar merely
     * repackaged with new timestamps does not.
     */
    static String codeVersion(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = sha256();
            if (Files.isRegularFile(location)) {
                try (ZipFile zip = new ZipFile(location.toFile())) {
                    zip.stream().filter(e -> !e.isDirectory()).sorted(Comparator.comparing(ZipEntry::getName))
                       .forEach(e -> update(sha, e.getName() + "=" + e.getCrc() + "\n"));
                }
            } else {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        update(sha, location.relativize(f) + "=");
                        sha.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
