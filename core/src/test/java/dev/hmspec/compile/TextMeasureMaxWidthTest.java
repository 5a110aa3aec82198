package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextMeasureMaxWidthTest {
    private static double naive(List<String> texts, double size) {
        double w = 0;
        for (String t : texts) w = Math.max(w, TextMeasure.width(t, size, false));
        return w;
    }

    private static String text(Random r, String alphabet, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }

    @Test void theWidestOfManyIsTheWidestMeasuredOneByOne() {
        String latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,()%éèüßøÅ";
        String mixed = latin + "漢字ひらがなΔλщ\u0301";
        for (int seed = 0; seed < 30; seed++) {
            Random r = new Random(seed);
            List<String> texts = new ArrayList<>();
            int n = 64 + r.nextInt(3000);
            String alphabet = seed % 3 == 0 ? mixed : latin;
            for (int i = 0; i < n; i++) texts.add(text(r, alphabet, 1 + r.nextInt(20)));
            double size = 8 + r.nextInt(10);
            assertEquals(naive(texts, size), TextMeasure.maxWidth(texts, size, false), 1e-9, "seed " + seed);
        }
    }

    @Test void labelsThatTieOnAdvancesStillGiveTheExactWidest() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) texts.add("s" + i); // every digit has the same advance in DejaVu Sans
        assertEquals(naive(texts, 11), TextMeasure.maxWidth(texts, 11, false), 1e-9);
        texts.add("W" + "m".repeat(3));
        assertEquals(naive(texts, 11), TextMeasure.maxWidth(texts, 11, false), 1e-9);
    }
}
