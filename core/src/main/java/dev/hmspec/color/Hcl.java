package dev.hmspec.color;

/**
 * CIE LCh(ab) in d3-color's order and conventions: hue in degrees [0, 360), NaN for greys (no
 * hue), chroma and CIELAB lightness. Interpolation takes the shorter way round the hue circle and
 * lets a grey borrow the other end's hue, as d3-interpolate's {@code interpolateHcl}.
 */
public record Hcl(double h, double c, double l) {
    public static Hcl of(Lab lab) {
        if (lab.a() == 0 && lab.b() == 0) return new Hcl(Double.NaN, lab.l() > 0 && lab.l() < 100 ? 0 : Double.NaN, lab.l());
        double h = Math.toDegrees(Math.atan2(lab.b(), lab.a()));
        return new Hcl(h < 0 ? h + 360 : h, Math.hypot(lab.a(), lab.b()), lab.l());
    }

    public static Hcl of(int argb) { return of(Lab.of(argb)); }

    public Lab toLab() {
        if (Double.isNaN(h)) return new Lab(l, 0, 0);
        double r = Math.toRadians(h);
        return new Lab(l, Math.cos(r) * c, Math.sin(r) * c);
    }

    public int toArgb(int alpha) { return toLab().toArgb(alpha); }

    public Hcl lerp(Hcl o, double t) {
        return new Hcl(hue(h, o.h, t), plain(c, o.c, t), plain(l, o.l, t));
    }

    /** d3-interpolate's hue(): shortest arc; a missing end takes the other's value. */
    static double hue(double a, double b, double t) {
        double d = b - a;
        if (Double.isNaN(d) || d == 0) return Double.isNaN(a) ? b : a;
        if (d > 180 || d < -180) d -= 360 * Math.round(d / 360);
        return a + d * t;
    }

    /** d3-interpolate's nogamma: linear, a missing end takes the other's value. */
    static double plain(double a, double b, double t) {
        double d = b - a;
        if (Double.isNaN(d) || d == 0) return Double.isNaN(a) ? b : a;
        return a + d * t;
    }
}
