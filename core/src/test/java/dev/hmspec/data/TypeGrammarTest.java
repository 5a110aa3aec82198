package dev.hmspec.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SQL typing patterns accept exactly what the Java parsers accept, so both engines type alike. */
class TypeGrammarTest {
    private static final Pattern NUMBER = Pattern.compile(TypeGrammar.NUMBER);
    private static final Pattern TEMPORAL = Pattern.compile(TypeGrammar.TEMPORAL);
    private static final Pattern OFFSET = Pattern.compile(TypeGrammar.TEMPORAL_WITH_OFFSET);

    private static String from(String alphabet, String codes) {
        StringBuilder b = new StringBuilder();
        for (char c : codes.toCharArray()) b.append(alphabet.charAt(c % alphabet.length()));
        return b.toString();
    }

    @Test
    void theNumberPatternMatchesExactlyWhatNumbersParseAccepts() {
        qt().withExamples(20_000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 8)).checkAssert(codes -> {
            String s = from("0123456789.+-eE 1x", codes);
            assertEquals(!Double.isNaN(Numbers.parse(s)), NUMBER.matcher(s).matches(), s);
        });
    }

    @Test
    void examplesOfNumbers() {
        for (String s : List.of("1", "-2.5", "+3", ".5", "5.", "1e5", "1.5E-3", " 7 ")) assertEquals(true, NUMBER.matcher(s).matches(), s);
        for (String s : List.of("", "-", ".", "e5", "1e", "2012-01-01", "1-2", "NaN", "Infinity")) assertEquals(false, NUMBER.matcher(s).matches(), s);
    }

    @Test
    void everyTextParseAutoAcceptsHasTheTemporalShape() {
        qt().withExamples(20_000).forAll(strings().basicLatinAlphabet().ofLengthBetween(10, 24)).checkAssert(codes -> {
            String s = from("2019-01/0T:. Z+3", codes);
            boolean shape = TEMPORAL.matcher(s).matches() || OFFSET.matcher(s).matches();
            if (Temporals.parseAuto(s) != Temporals.FAIL) assertEquals(true, shape, s);
        });
        for (String s : List.of("2012-01-01", "2012/01/31 05:00", "2012-01-01T05:00:07.123")) {
            assertEquals(true, TEMPORAL.matcher(s).matches(), s);
        }
        assertEquals(true, OFFSET.matcher("2012-01-01T05:00+01:00").matches());
    }
}
