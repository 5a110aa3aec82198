package dev.hmspec;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to compile: {@code dataRoot} is the folder data paths must stay inside (the project);
 * empty means the spec's own folder tree... unless {@code allowAnyDataPath}.
 */
public record CompileOptions(Optional<Path> dataRoot, boolean allowAnyDataPath) {
    public static CompileOptions defaults() { return new CompileOptions(Optional.empty(), false); }
}
