package dev.hmspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void a_terminal_sees_the_current_spec_and_stage_and_other_output_first_erases_the_line() throws Exception {
        StringWriter err = new StringWriter(), out = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(err), true, 0, 5)) {
            p.at(2, 5, Path.of("specs/big\u001b[2J.hmspec"), "rendering png");
            for (int i = 0; i < 200 && !err.toString().contains("[3/5]"); i++) Thread.sleep(5);
            p.println(new PrintWriter(out), "rendered specs/big.hmspec");
        }
        String shown = err.toString();
        assertTrue(shown.startsWith("\r[3/5] specs/big\u241b[2J.hmspec: rendering png… 0 s"), shown);
        assertTrue(shown.endsWith("\r\u001b[K"), "the status line is erased before other output: " + shown);
        assertEquals("rendered specs/big.hmspec\n", out.toString());
    }

    @Test
    void without_a_terminal_nothing_is_shown() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(err), false, 0, 5)) {
            p.at(0, 1, "x.hmspec", "compiling");
            Thread.sleep(50);
        }
        assertEquals("", err.toString());
    }
}
