package dev.hmspec.color;

/** OKLCH: OKLab in polar form (lightness, chroma, hue in degrees; NaN hue for greys). */
public record Oklch(double l, double c, double h) {
    public static Oklch of(Oklab lab) {
        double c = Math.hypot(lab.a(), lab.b());
        double h = c < 1e-9 ? Double.NaN : Math.toDegrees(Math.atan2(lab.b(), lab.a()));
        return new Oklch(lab.l(), c, Double.isNaN(h) || h >= 0 ? h : h + 360);
    }

    public static Oklch of(int argb) { return of(Oklab.of(argb)); }

    public Oklab toOklab() {
        if (Double.isNaN(h)) return new Oklab(l, 0, 0);
        double r = Math.toRadians(h);
        return new Oklab(l, c * Math.cos(r), c * Math.sin(r));
    }
}
