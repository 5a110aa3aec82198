package dev.hmspec.cli.serve;

import dev.hmspec.Compiled;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses, before compiling, a spec whose data file exists but is not a regular file. Reading
 * a named pipe blocks until some writer comes, maybe never; the server must not wait on it.
 */
final class DataGuard {
    private DataGuard() {}

    static Optional<Compiled> refuse(Path spec) {
        SourceFile file;
        try {
            file = SourceFile.read(spec);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the compiler reports an unreadable spec
        }
        Path dir = spec.toAbsolutePath().getParent();
        List<Diagnostic> found = new ArrayList<>();
        for (View view : SpecParser.parse(file).ast().views()) {
            for (Statement.Data d : view.all(Statement.Data.class)) {
                if (!(d.source() instanceof DataSource.File f)) continue;
                try {
                    Path p = dir.resolve(f.path());
                    if (Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p)) {
                        found.add(ServeMessages.notARegularFile(file, f.span(), f.path()));
                    }
                } catch (InvalidPathException e) {
                    // The compiler reports the bad path.
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Compiled(file, found, Optional.empty()));
    }
}
