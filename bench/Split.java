import dev.hmspec.CompileOptions;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.bind.Binder;
import dev.hmspec.bind.BoundView;
import dev.hmspec.compile.SceneCompiler;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one render's time goes, through the library's stage entry points (bench/big-grids.sh
 * runs it against each jar): read + transform (bind), compile (scene), then each format.
 *   java -cp hmspec.jar bench/Split.java SPEC OUTDIR html,svg,png
 * Prints one line: "read+transform=ms compile=ms html=ms(bytes) svg=… png=…".
 */
public class Split {
    public static void main(String[] args) throws Exception {
        Path spec = Path.of(args[0]), out = Path.of(args[1]);
        long t0 = System.nanoTime();
        SourceFile file = SourceFile.read(spec);
        var parsed = SpecParser.parse(file);
        List<BoundView> bound = new ArrayList<>();
        List<Diagnostic> found = new ArrayList<>();
        for (View v : parsed.ast().views()) Binder.bind(file, v, CompileOptions.defaults(), found).ifPresent(bound::add);
        if (bound.size() != parsed.ast().views().size()) throw new IllegalStateException("bind failed: " + found);
        long t1 = System.nanoTime();
        String description = parsed.ast().views().get(0).last(Statement.Description.class)
                .map(Statement.Description::text).orElse("");
        Scene scene = SceneCompiler.compile(file, bound, description, new ArrayList<>());
        long t2 = System.nanoTime();
        StringBuilder line = new StringBuilder();
        line.append(String.format("read+transform=%d compile=%d", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000));
        bound = null; // let the table go, as the CLI could
        Files.createDirectories(out);
        for (String f : args[2].split(",")) {
            Format format = Format.parse(f);
            long s = System.nanoTime();
            Path target = out.resolve("split." + format.extension());
            try (OutputStream o = Files.newOutputStream(target)) {
                Renderers.render(scene, format, RenderOptions.defaults(), o);
            }
            line.append(String.format(" %s=%d(%dB)", f, (System.nanoTime() - s) / 1_000_000, Files.size(target)));
        }
        System.out.println(line);
    }
}
