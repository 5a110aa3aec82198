package dev.hmspec.maven;

import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that compile specs (check, render): where data may live, what fails the build. */
abstract class AbstractCompileMojo extends AbstractSpecMojo {
    /**
     * The folder data files must stay inside: a spec whose {@code data "..."} path leaves it
     * (by {@code ..} or a symbolic link) fails with a diagnostic. Paths are still written
     * relative to the spec file.
     */
    @Parameter(property = "hmspec.dataRoot", defaultValue = "${project.basedir}", required = true)
    File dataRoot;

    /** Fail the build when a spec has warnings, not only when it has errors. */
    @Parameter(property = "hmspec.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    // ---- embed12: themes and parameters ----

    /** A theme for every spec (light, dark, print, auto or a JSON theme file), overriding the specs' own. */
    @Parameter(property = "hmspec.theme")
    String theme;

    /** Values for the specs' {@code param} statements; each spec takes the ones it declares. */
    @Parameter
    java.util.Map<String, String> params;

    /**
     * Render goal: each spec that declares parameters of a set is also rendered with that set's
     * values, as {@code <spec>-<set name>.<format>}.
     */
    @Parameter
    java.util.List<ParamSet> paramSets;

    /**
     * The reports logged so far in this build, by spec path. Maven shares the plugin context
     * among this plugin's goals in one project, so render does not repeat what check printed.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Findings findings() {
        Map context = getPluginContext();
        Map<String, String> logged = context == null ? new ConcurrentHashMap<>()
                : (Map<String, String>) context.computeIfAbsent("hmspec.logged", k -> new ConcurrentHashMap<String, String>());
        return new Findings(logged);
    }
}
