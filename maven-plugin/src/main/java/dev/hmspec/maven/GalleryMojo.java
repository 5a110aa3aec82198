package dev.hmspec.maven;

import dev.hmspec.SpecInputs;
import dev.hmspec.render.OutputWriter;
import dev.hmspec.source.SourceFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code index.html} next to the rendered specs: a grid of cards with each spec's PNG
 * thumbnail, title, description, links to its interactive page and the spec's source with
 * syntax highlighting. Run it after {@code render} on the same specs and output folder; the
 * page has no script and only relative links, so the folder can be opened from disk.
 */
@Mojo(name = "gallery", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GalleryMojo extends AbstractSpecMojo {
    /** The folder {@code render} wrote to; the index page is written there too. */
    @Parameter(property = "hmspec.outputDirectory", defaultValue = "${project.build.directory}/hmspec", required = true)
    File outputDirectory;

    /** The page's heading and document title. */
    @Parameter(property = "hmspec.galleryTitle", defaultValue = "hmspec gallery")
    String galleryTitle;

    /** The line under the heading. */
    @Parameter(property = "hmspec.gallerySubtitle", defaultValue = "Heatmaps rendered from .hmspec files. Click a picture to open it interactive.")
    String gallerySubtitle;

    /** The paragraph that introduces the gallery to a first-time visitor. */
    @Parameter(property = "hmspec.galleryIntro", defaultValue = GalleryPage.DEFAULT_INTRO)
    String galleryIntro;

    /** Where the introduction's link to the documentation points (a URL or relative path); none when empty. */
    @Parameter(property = "hmspec.galleryDocs")
    String galleryDocs;

    /**
     * Slugs of the specs whose cards come first, in this order (a representative chart should open
     * the gallery); the other cards follow in file order.
     */
    @Parameter
    List<String> galleryOrder;

    /** The index page's file name inside {@code outputDirectory}. */
    @Parameter(property = "hmspec.galleryIndex", defaultValue = "index.html")
    String indexFileName;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("hmspec: gallery skipped (hmspec.skip)");
            return;
        }
        Path out = outputDirectory.toPath();
        List<GalleryPage.Card> cards = new ArrayList<>();
        try {
            for (SpecSet.Spec spec : specs()) cards.add(card(spec, out));
            cards = GalleryPage.ordered(cards, galleryOrder == null ? List.of() : galleryOrder);
            Path index = out.resolve(indexFileName);
            OutputWriter.writeAtomically(index, GalleryPage.render(new GalleryPage.Header(galleryTitle, gallerySubtitle, galleryIntro, galleryDocs), cards).getBytes(StandardCharsets.UTF_8));
            getLog().info("hmspec: gallery of " + plural(cards.size(), "spec") + " → " + index.toUri());
        } catch (IOException e) {
            throw new MojoExecutionException("hmspec: cannot write the gallery to " + out + ": " + e.getMessage(), e);
        }
    }

    private static GalleryPage.Card card(SpecSet.Spec spec, Path out) throws IOException {
        String text = Files.readString(spec.path(), StandardCharsets.UTF_8);
        SpecInputs inputs = SpecInputs.of(SourceFile.of(spec.path(), spec.path().toString(), text));
        String title = inputs.title().filter(t -> !t.isBlank()).orElse(spec.slug());
        return new GalleryPage.Card(spec.slug(), title, inputs.description().orElse(""), SourceHighlighter.highlight(text),
                spec.path().getFileName().toString(), exists(out, spec, "html"), exists(out, spec, "png"), exists(out, spec, "svg"));
    }

    private static boolean exists(Path out, SpecSet.Spec spec, String extension) {
        return Files.isRegularFile(out.resolve(spec.slug() + "." + extension));
    }
}
