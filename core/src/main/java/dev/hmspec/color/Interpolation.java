package dev.hmspec.color;

import java.util.Locale;
import java.util.Optional;

/**
 * The color space in which a ramp blends neighbouring stops. OKLab is the default: even
 * perceived steps and no muddy midpoints; {@code rgb} is d3's default (gamma-encoded sRGB);
 * {@code lab} is CIELAB; {@code hcl} is CIE LCh with the shortest hue arc.
 */
public enum Interpolation {
    OKLAB, RGB, LAB, HCL;

    /** The spec's spelling ("oklab", "rgb", "lab", "hcl"), for lookup and did-you-mean. */
    public String keyword() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Interpolation> find(String name) {
        for (Interpolation i : values()) if (i.keyword().equals(name)) return Optional.of(i);
        return Optional.empty();
    }

    /** The blend of a and b at t (alpha linearly); t is not clamped. */
    public int interpolate(int a, int b, double t) {
        int alpha = (int) Math.max(0, Math.min(255, Math.round(Color.alpha(a) + (Color.alpha(b) - Color.alpha(a)) * t)));
        switch (this) {
            case RGB:
                return Color.argb(alpha, mix(Color.red(a), Color.red(b), t), mix(Color.green(a), Color.green(b), t),
                        mix(Color.blue(a), Color.blue(b), t));
            case LAB: return Lab.of(a).lerp(Lab.of(b), t).toArgb(alpha);
            case HCL: return Hcl.of(a).lerp(Hcl.of(b), t).toArgb(alpha);
            default: return Oklab.of(a).lerp(Oklab.of(b), t).toArgb(alpha);
        }
    }

    private static int mix(int x, int y, double t) { return (int) Math.max(0, Math.min(255, Math.round(x + (y - x) * t))); }
}
