package dev.hmspec.cli.serve;

import dev.hmspec.Compiled;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.html.FragmentRenderer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The serve side of a refresh (embed12b): compiles the spec afresh (its SQL runs again) and
 * hashes the fragment the live update would fetch, so "unchanged" means the page would get the
 * same bytes. A spec that fails now keeps its last good page; the log says why.
 */
final class RefreshSource implements RefreshScheduler.Source<Compiled> {
    private final Workspace workspace;
    private final Consumer<String> log;
    private final java.util.Map<String, Long> failing = new java.util.concurrent.ConcurrentHashMap<>();

    RefreshSource(Workspace workspace, Consumer<String> log) {
        this.workspace = workspace;
        this.log = log;
    }

    @Override public String served(String slug) {
        Compiled c = workspace.compiled(slug);
        return c == null || c.scene().isEmpty() ? "" : hash(c);
    }

    @Override public Optional<RefreshScheduler.Fresh<Compiled>> query(String slug) {
        Compiled c = workspace.compileFresh(slug);
        if (c == null) return Optional.empty();
        if (c.scene().isEmpty()) {
            long errors = c.diagnostics().stream().filter(d -> d.isError()).count();
            // Said once, not every interval while the database stays down.
            if (failing.put(slug, errors) == null) log.accept(ServeMessages.refreshFailed(slug, errors));
            return Optional.empty();
        }
        failing.remove(slug);
        return Optional.of(new RefreshScheduler.Fresh<>(hash(c), c));
    }

    /** SHA-256 of the fragment as live.js receives it (same id, so only the data can differ). */
    static String hash(Compiled c) {
        byte[] bytes = FragmentRenderer.render(c.scene().get(), RenderOptions.defaults(), "hm-live", true);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
