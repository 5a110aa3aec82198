package dev.hmspec.maven;

import dev.hmspec.Compiled;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Compiles every spec (loading its data) without writing anything, prints every diagnostic
 * compiler-style ({@code path:line:col: error[HMxxx]: ...} with the source line and a caret),
 * and fails the build when any spec has errors (or warnings, with {@code failOnWarning}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractCompileMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("hmspec: check skipped (hmspec.skip)");
            return;
        }
        List<SpecSet.Spec> specs = specs();
        SpecCompiler compiler = new SpecCompiler(dataRoot.toPath(), theme, dev.hmspec.tiles.TileOutputs.PLAN);
        Findings findings = findings();
        for (SpecSet.Spec spec : specs) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(spec.path());
            } catch (IOException e) {
                throw new MojoExecutionException("hmspec: cannot read " + spec.path() + ": " + e.getMessage(), e);
            }
            Compiled compiled;
            try {
                compiled = compiler.compile(spec.path(), bytes);
            } catch (OutOfMemoryError e) {
                String advice = PluginMessages.outOfMemory(SpecCompiler.display(spec.path()), Runtime.getRuntime().maxMemory() >> 20);
                findings.add(spec.path().toString(), List.of(), advice, true, getLog());
                continue;
            }
            findings.add(spec.path().toString(), compiled.diagnostics(), SpecCompiler.print(compiled), compiled.hasErrors(), getLog());
        }
        findings.failIfNeeded("check", specs.size(), failOnWarning);
        if (!specs.isEmpty()) getLog().info("hmspec: checked " + plural(specs.size(), "spec") + ", no errors");
    }
}
