import dev.hmspec.CompileOptions;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.bind.Binder;
import dev.hmspec.bind.BoundView;
import dev.hmspec.compile.SceneCompiler;
import dev.hmspec.resolve.Resolver;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import dev.hmspec.ast.Channel;
import dev.hmspec.data.Column;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.Table;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one render's time goes, through the library's stage entry points (bench/big-grids.sh
 * runs it against each jar): read + transform (bind), compile (scene), then each format.
 *   java -cp hmspec.jar bench/Split.java SPEC OUTDIR html,svg,png [synthetic:COLSxROWS]
 * Prints one line: "read+transform=ms compile=ms html=ms(bytes) svg=… png=…", then the main thread's CPU
 * time per stage (steadier than wall time on a shared machine; DuckDB's own threads are not in it). With
 * synthetic:COLSxROWS the table is made in memory (columns x, y, value in long form, the same
 * smooth field plus noise as gen-grids.py, 4 decimals) instead of read, so the compile and render
 * side is measured on its own, whatever the readers cost.
 */
public class Split {
    public static void main(String[] args) throws Exception {
        Path spec = Path.of(args[0]), out = Path.of(args[1]);
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
        SourceFile file = SourceFile.read(spec);
        var parsed = SpecParser.parse(file);
        List<BoundView> bound = new ArrayList<>();
        List<Diagnostic> found = new ArrayList<>();
        if (args.length > 3 && args[3].startsWith("synthetic:")) {
            String[] size = args[3].substring("synthetic:".length()).split("x");
            View v = parsed.ast().views().get(0);
            Map<Channel, Statement.Encoding> encodings = new EnumMap<>(Channel.class);
            for (Statement.Encoding e : v.all(Statement.Encoding.class)) encodings.put(e.channel(), e);
            bound.add(new BoundView(v, synthetic(Integer.parseInt(size[0]), Integer.parseInt(size[1])), encodings));
        } else {
            for (View v : parsed.ast().views()) Binder.bind(file, v, CompileOptions.defaults(), found).ifPresent(bound::add);
        }
        if (bound.size() != parsed.ast().views().size()) throw new IllegalStateException("bind failed: " + found);
        long t1 = System.nanoTime(), c1 = cpu.getCurrentThreadCpuTime();
        String description = parsed.ast().views().get(0).last(Statement.Description.class)
                .map(Statement.Description::text).orElse("");
        Scene scene = SceneCompiler.compile(file, bound.stream().map(Resolver::resolve).toList(), description, new ArrayList<>());
        long t2 = System.nanoTime(), c2 = cpu.getCurrentThreadCpuTime();
        StringBuilder line = new StringBuilder();
        line.append(String.format("read+transform=%d compile=%d", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000));
        StringBuilder cpuLine = new StringBuilder(String.format("   main-thread cpu ms: read+transform=%d compile=%d",
                (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000));
        bound = null; // let the table go, as the CLI could
        Files.createDirectories(out);
        for (String f : args[2].split(",")) {
            Format format = Format.parse(f);
            long s = System.nanoTime(), cs = cpu.getCurrentThreadCpuTime();
            Path target = out.resolve("split." + format.extension());
            try (OutputStream o = Files.newOutputStream(target)) {
                Renderers.render(scene, format, RenderOptions.defaults(), o);
            }
            line.append(String.format(" %s=%d(%dB)", f, (System.nanoTime() - s) / 1_000_000, Files.size(target)));
            cpuLine.append(String.format(" %s=%d", f, (cpu.getCurrentThreadCpuTime() - cs) / 1_000_000));
        }
        System.out.println(line.append(cpuLine));
    }

    /** Long form x, y, value: x and y as text keys (as a wide table's names become), values with 4 decimals. */
    static Table synthetic(int cols, int rows) {
        int n = Math.multiplyExact(cols, rows);
        String[] xs = new String[cols], ys = new String[rows];
        for (int i = 0; i < cols; i++) xs[i] = "s" + i;
        for (int j = 0; j < rows; j++) ys[j] = "g" + j;
        String[] x = new String[n], y = new String[n];
        double[] v = new double[n];
        java.util.Random rnd = new java.util.Random(42);
        for (int j = 0, r = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++, r++) {
                x[r] = xs[i];
                y[r] = ys[j];
                v[r] = Math.round((Math.sin(j / 37.0) * Math.cos(i / 53.0) * 2 + rnd.nextGaussian() * 0.5) * 1e4) / 1e4;
            }
        }
        List<Column> columns = List.of(new StringColumn("x", x), new StringColumn("y", y), new NumberColumn("value", v));
        return new Table(columns, n);
    }
}
