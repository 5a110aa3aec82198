package dev.hmspec.color;

/**
 * A color in Björn Ottosson's OKLab space (https://bottosson.github.io/posts/oklab/): L is
 * perceived lightness in [0, 1], a and b the green–red and blue–yellow axes. Used to interpolate
 * custom ranges evenly and to check that sequential schemes get monotonically lighter/darker.
 * The matrices are the published ones, applied to linear-light sRGB.
 */
public record Oklab(double l, double a, double b) {

    /** From a packed 0xAARRGGBB color (alpha ignored). */
    public static Oklab of(int argb) {
        return fromLinear(Color.srgbToLinear(Color.red(argb) / 255.0),
                Color.srgbToLinear(Color.green(argb) / 255.0),
                Color.srgbToLinear(Color.blue(argb) / 255.0));
    }

    /** From linear-light sRGB components (0…1). */
    public static Oklab fromLinear(double r, double g, double b) {
        double l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
        double m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
        double s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
        return new Oklab(
                0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
                1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
                0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s);
    }

    /** To linear-light sRGB {r, g, b}; may fall outside 0…1 for out-of-gamut colors. */
    public double[] toLinear() {
        double l_ = l + 0.3963377774 * a + 0.2158037573 * b;
        double m_ = l - 0.1055613458 * a - 0.0638541728 * b;
        double s_ = l - 0.0894841775 * a - 1.2914855480 * b;
        double l3 = l_ * l_ * l_, m3 = m_ * m_ * m_, s3 = s_ * s_ * s_;
        return new double[] {
            +4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3,
            -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3,
            -0.0041960863 * l3 - 0.7034186147 * m3 + 1.7076147010 * s3};
    }

    /** To an opaque packed color, clamping out-of-gamut channels. */
    public int toArgb() { return toArgb(255); }

    public int toArgb(int alpha) {
        double[] lin = toLinear();
        return Color.argb(alpha, Color.channel(Color.linearToSrgb(lin[0])),
                Color.channel(Color.linearToSrgb(lin[1])), Color.channel(Color.linearToSrgb(lin[2])));
    }

    /** Component-wise linear interpolation. */
    public Oklab lerp(Oklab o, double t) {
        return new Oklab(l + (o.l - l) * t, a + (o.a - a) * t, b + (o.b - b) * t);
    }
}
