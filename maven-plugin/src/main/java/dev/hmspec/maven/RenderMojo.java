package dev.hmspec.maven;

import dev.hmspec.diag.DiagnosticReport;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders every spec to the chosen formats, named after the spec's path under
 * {@code specsDirectory} ({@code maps/iris.hmspec} → {@code maps/iris.html}, ...).
 * Incremental: a spec whose text, data files and settings are unchanged since the last build
 * is not rendered again, and the outputs of a deleted spec are removed. Specs render in
 * parallel; a spec with errors prints its diagnostics and writes nothing (its earlier outputs
 * stay), the others still render, then the build fails listing every error.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderMojo extends AbstractCompileMojo {
    /**
     * Where the rendered files go. The goal also keeps its incremental state there, in
     * {@code .hmspec-state.properties} (delete it, or use {@code hmspec.force}, to render all).
     */
    @Parameter(property = "hmspec.outputDirectory", defaultValue = "${project.build.directory}/hmspec", required = true)
    File outputDirectory;

    /**
     * Comma-separated output formats: {@code html} (interactive page), {@code svg}, {@code png},
     * {@code json} (the scene graph, as {@code .scene.json}).
     */
    @Parameter(property = "hmspec.formats", defaultValue = "html,svg,png", required = true)
    String formats;

    /** PNG pixel density: 1 gives the spec's size in pixels, 2 (default) is sharp on high-DPI screens. Between 1 and 4. */
    @Parameter(property = "hmspec.pngScale", defaultValue = "2")
    double pngScale;

    /** How many specs render at once; 0 (default) means one per available processor. */
    @Parameter(property = "hmspec.threads", defaultValue = "0")
    int threads;

    /** Render every spec even when nothing changed since the last build. */
    @Parameter(property = "hmspec.force", defaultValue = "false")
    boolean force;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("hmspec: render skipped (hmspec.skip)");
            return;
        }
        if (pngScale < 1 || pngScale > 4) throw new MojoExecutionException("hmspec: pngScale must be between 1 and 4, got " + pngScale);
        if (threads < 0) throw new MojoExecutionException("hmspec: threads must be 0 (one per processor) or more, got " + threads);
        List<Format> wanted;
        try {
            wanted = Format.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("hmspec: " + e.getMessage());
        }
        if (paramSets != null) for (ParamSet set : paramSets) {
            String problem = ParamVariants.check(set);
            if (problem != null) throw new MojoExecutionException(problem);
        }
        List<SpecSet.Spec> specs = ParamVariants.expand(specs(), params, paramSets);
        int pool = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        RenderRun.Settings settings = new RenderRun.Settings(outputDirectory.toPath().toAbsolutePath().normalize(),
                dataRoot.toPath(), wanted, RenderOptions.defaults().withPngScale(pngScale), pool, force, failOnWarning, theme);
        RenderRun.Result result;
        long started = System.nanoTime();
        try {
            result = new RenderRun(settings, getLog().isDebugEnabled() ? getLog()::debug : null).run(specs);
        } catch (IOException e) {
            throw new MojoExecutionException("hmspec: cannot write to " + outputDirectory + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("hmspec: interrupted while rendering", e);
        }
        Findings findings = findings();
        for (RenderRun.Outcome o : result.outcomes()) {
            findings.add(o.spec().path().toString(), o.diagnostics(), o.report(), o.status() == RenderRun.Status.FAILED, getLog());
            if (o.status() == RenderRun.Status.RENDERED) getLog().info(DiagnosticReport.escapeControls("hmspec: rendered " + o.spec().slug() + " → " + String.join(", ", o.outputs())));
        }
        for (String file : result.removed()) getLog().info(DiagnosticReport.escapeControls("hmspec: removed " + file + " (its spec is gone)"));
        getLog().info("hmspec: " + plural(result.count(RenderRun.Status.RENDERED), "spec") + " rendered, "
                + result.count(RenderRun.Status.UP_TO_DATE) + " up to date, " + result.count(RenderRun.Status.FAILED) + " failed"
                + (result.removed().isEmpty() ? "" : ", " + plural(result.removed().size(), "stale file") + " removed")
                + String.format(java.util.Locale.ROOT, " in %.1f s (%s)", (System.nanoTime() - started) / 1e9, outputDirectory));
        findings.failIfNeeded("render", specs.size(), failOnWarning);
    }
}
