package dev.hmspec.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every hmspec goal shares: which specs, and skipping. */
abstract class AbstractSpecMojo extends AbstractMojo {
    /**
     * The folder holding the {@code .hmspec} files, searched recursively. A missing folder is
     * not an error: the goal then has nothing to do.
     */
    @Parameter(property = "hmspec.specsDirectory", defaultValue = "${project.basedir}/src/main/hmspec", required = true)
    File specsDirectory;

    /**
     * Which specs to process, as globs relative to {@code specsDirectory} ({@code **} matches
     * any number of folders). Default: {@code **}{@code /*.hmspec}, every spec.
     */
    @Parameter
    List<String> includes;

    /** Specs to leave out, as globs relative to {@code specsDirectory}, e.g. {@code errors/**}. */
    @Parameter
    List<String> excludes;

    /** Skip this goal entirely ({@code -Dhmspec.skip}). */
    @Parameter(property = "hmspec.skip", defaultValue = "false")
    boolean skip;

    List<SpecSet.Spec> specs() throws MojoExecutionException {
        try {
            List<SpecSet.Spec> specs = SpecSet.scan(specsDirectory.toPath(), includes, excludes);
            if (specs.isEmpty()) getLog().info("hmspec: no specs in " + specsDirectory + " match " + (includes == null ? SpecSet.DEFAULT_INCLUDES : includes));
            return specs;
        } catch (IOException e) {
            throw new MojoExecutionException("hmspec: cannot list the specs in " + specsDirectory + ": " + e.getMessage(), e);
        }
    }

    static String plural(long n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }
}
