package dev.hmspec;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import java.util.List;
import java.util.Optional;

/** The outcome of compiling one spec: every diagnostic sorted by position, and the scene when no error. */
public record Compiled(SourceFile source, List<Diagnostic> diagnostics, Optional<Scene> scene) {
    public Compiled { diagnostics = List.copyOf(diagnostics); }

    public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
}
