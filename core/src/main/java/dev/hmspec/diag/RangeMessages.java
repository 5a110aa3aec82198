package dev.hmspec.diag;

import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Optional;

/** Catalog of spec values outside their meaningful range (codes HM109–HM129). */
public final class RangeMessages {
    private RangeMessages() {}

    public static Diagnostic badLabelAngle(SourceFile f, Span s, double degrees) {
        return Messages.error("HM109", f, s, "labelAngle " + Numbers.plain(degrees) + " is out of range",
                Optional.of("give an angle in degrees from -360 to 360, e.g. labelAngle -45"));
    }
}
