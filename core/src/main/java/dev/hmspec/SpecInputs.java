package dev.hmspec;

import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a spec is made of, read from its syntax alone (no data loaded): the data files it reads,
 * its title and its description. Build tools use it to decide when a spec must be rendered
 * again and to label it; the compiler still does all checking.
 */
public record SpecInputs(List<Path> dataFiles, Optional<String> title, Optional<String> description) {
    public SpecInputs { dataFiles = List.copyOf(dataFiles); }

    /** Parses {@code file}; data paths resolve against the spec's folder, as the compiler does. */
    public static SpecInputs of(SourceFile file) {
        Set<Path> data = new LinkedHashSet<>();
        Optional<String> title = Optional.empty(), description = Optional.empty();
        Path dir = file.path() == null ? Path.of("") : file.path().toAbsolutePath().getParent();
        List<View> views = SpecParser.parse(file).ast().views();
        for (View view : views) {
            for (Statement.Data d : view.all(Statement.Data.class)) {
                if (d.source() instanceof DataSource.File f) {
                    try {
                        data.add(dir.resolve(f.path()).normalize());
                    } catch (InvalidPathException e) {
                        // The compiler reports the bad path; there is nothing to watch.
                    }
                }
            }
        }
        if (!views.isEmpty()) {
            View first = views.get(0);
            title = first.last(Statement.Title.class).map(Statement.Title::text).or(first::name);
            description = first.last(Statement.Description.class).map(Statement.Description::text);
        }
        return new SpecInputs(new ArrayList<>(data), title, description);
    }
}
