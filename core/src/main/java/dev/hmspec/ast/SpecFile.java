package dev.hmspec.ast;

import dev.hmspec.source.SourceFile;
import java.util.List;

/** A parsed .hmspec file: one or more heatmap views, and file-level {@code layout} statements. */
public record SpecFile(SourceFile source, List<View> views, List<FileLayout> layouts) {
    public SpecFile { views = List.copyOf(views); layouts = List.copyOf(layouts); }

    /** A file without layout statements. */
    public SpecFile(SourceFile source, List<View> views) { this(source, views, List.of()); }
}
