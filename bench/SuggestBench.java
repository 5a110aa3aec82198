// Run: java -cp core/target/classes bench/SuggestBench.java <names> <length>   (after mvn -o -q compile -pl core)
// Prints the did-you-mean time for a missing name of <length> characters beside a baseline typo, same folder of <names> files.
import dev.hmspec.diag.Suggest;
import java.util.ArrayList;
import java.util.List;

/** Median of 21 runs after 30 warm-up runs: a missing name of len characters against n file names, and a typo against the same names. */
public class SuggestBench {
    public static void main(String[] a) {
        List<String> files = new ArrayList<>();
        int n = Integer.parseInt(a[0]), len = Integer.parseInt(a[1]);
        for (int i = 0; i < n; i++) files.add("data-file-" + i + ".csv");
        String huge = "x".repeat(len), typo = "data-fiel-77.csv";
        System.out.printf("huge name: median %.1f ms%n", median(() -> Suggest.closest(huge, files)));
        System.out.printf("baseline typo: median %.1f ms%n", median(() -> Suggest.closest(typo, files)));
    }

    static double median(Runnable r) {
        for (int w = 0; w < 30; w++) r.run();
        double[] t = new double[21];
        for (int i = 0; i < 21; i++) { long s = System.nanoTime(); r.run(); t[i] = (System.nanoTime() - s) / 1e6; }
        java.util.Arrays.sort(t);
        return t[10];
    }
}
