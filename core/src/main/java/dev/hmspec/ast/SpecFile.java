package dev.hmspec.ast;

import dev.hmspec.source.SourceFile;
import java.util.List;

/** A parsed .hmspec file: one or more heatmap views. */
public record SpecFile(SourceFile source, List<View> views) {
    public SpecFile { views = List.copyOf(views); }
}
