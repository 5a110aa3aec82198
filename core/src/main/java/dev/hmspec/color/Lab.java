package dev.hmspec.color;

/**
 * CIELAB (L* in [0, 100]) exactly as d3-color computes it: sRGB → linear → XYZ with the
 * Bradford-adapted D50 white (Xn 0.96422, Zn 0.82521), so lab("#…") here equals d3.lab("#…").
 * Greys take x = z = y so their a* and b* are exactly 0 (d3 does the same).
 */
public record Lab(double l, double a, double b) {
    private static final double XN = 0.96422, YN = 1, ZN = 0.82521;
    private static final double T0 = 4.0 / 29, T1 = 6.0 / 29, T2 = 3 * T1 * T1, T3 = T1 * T1 * T1;

    public static Lab of(int argb) {
        double r = Color.srgbToLinear(Color.red(argb) / 255.0), g = Color.srgbToLinear(Color.green(argb) / 255.0),
                b = Color.srgbToLinear(Color.blue(argb) / 255.0);
        double y = f((0.2225045 * r + 0.7168786 * g + 0.0606169 * b) / YN), x, z;
        if (r == g && g == b) {
            x = z = y;
        } else {
            x = f((0.4360747 * r + 0.3850649 * g + 0.1430804 * b) / XN);
            z = f((0.0139322 * r + 0.0971045 * g + 0.7141733 * b) / ZN);
        }
        return new Lab(116 * y - 16, 500 * (x - y), 200 * (y - z));
    }

    private static double f(double t) { return t > T3 ? Math.cbrt(t) : t / T2 + T0; }

    private static double finv(double t) { return t > T1 ? t * t * t : T2 * (t - T0); }

    /** Linear-light sRGB {r, g, b}; may leave 0…1 for out-of-gamut colors. */
    public double[] toLinear() {
        double y = (l + 16) / 116, x = Double.isNaN(a) ? y : y + a / 500, z = Double.isNaN(b) ? y : y - b / 200;
        x = XN * finv(x);
        y = YN * finv(y);
        z = ZN * finv(z);
        return new double[] {3.1338561 * x - 1.6168667 * y - 0.4906146 * z,
            -0.9787684 * x + 1.9161415 * y + 0.0334540 * z,
            0.0719453 * x - 0.2289914 * y + 1.4052427 * z};
    }

    public int toArgb(int alpha) {
        double[] lin = toLinear();
        return Color.argb(alpha, Color.channel(Color.linearToSrgb(lin[0])), Color.channel(Color.linearToSrgb(lin[1])),
                Color.channel(Color.linearToSrgb(lin[2])));
    }

    public Lab lerp(Lab o, double t) { return new Lab(l + (o.l - l) * t, a + (o.a - a) * t, b + (o.b - b) * t); }
}
