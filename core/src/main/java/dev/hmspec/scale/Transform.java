package dev.hmspec.scale;

/**
 * The transform pair a continuous scale type adds to the shared core (d3-scale's
 * {@code transformer(transform, untransform)}): the core normalizes in transformed space.
 */
public sealed interface Transform permits Transform.Identity, Transform.Pow, Transform.Log, Transform.Symlog {
    double forward(double x);

    double inverse(double y);

    /**
     * This transform fitted to a domain. Pow rescales by the domain's largest magnitude first, so
     * x^k neither overflows (1e200³) nor underflows (1e-200³); normalization is homogeneous, so
     * the mapping is unchanged. The others need no fitting.
     */
    default Transform fitted(double[] domain) { return this; }

    /** Linear scales. */
    record Identity() implements Transform {
        public double forward(double x) { return x; }
        public double inverse(double y) { return y; }
    }

    /**
     * Pow scales: odd-symmetric so negative inputs work (d3's {@code transformPow}), applied to
     * x / unit (see {@link #fitted}).
     */
    record Pow(double exponent, double unit) implements Transform {
        public Pow {
            if (!(exponent != 0 && Double.isFinite(exponent)))
                throw new IllegalArgumentException("pow exponent must be finite and non-zero, got " + exponent);
            if (!(unit > 0 && Double.isFinite(unit))) unit = 1;
        }
        public Pow(double exponent) { this(exponent, 1); }
        public double forward(double x) { return raise(x / unit, exponent); }
        public double inverse(double y) { return raise(y, 1 / exponent) * unit; }

        @Override public Transform fitted(double[] domain) {
            double m = 0;
            for (double d : domain) m = Math.max(m, Math.abs(d));
            return new Pow(exponent, m);
        }

        private static double raise(double x, double e) {
            if (e == 1) return x;
            if (e == 0.5) return x < 0 ? -Math.sqrt(-x) : Math.sqrt(x);
            return x < 0 ? -Math.pow(-x, e) : Math.pow(x, e);
        }
    }

    /**
     * Log scales. The mapping is base-independent (ratios of logs), so only the sign matters:
     * a negative domain uses {@code -log(-x)} like d3's {@code transformLogn}.
     */
    record Log(boolean negative) implements Transform {
        public double forward(double x) { return negative ? -Math.log(-x) : Math.log(x); }
        public double inverse(double y) { return negative ? -Math.exp(-y) : Math.exp(y); }
    }

    /**
     * Symlog scales (Webber 2012, d3's {@code transformSymlog}): sign(x)·log1p(|x|/c), linear
     * near zero and logarithmic far from it, so domains may include zero and cross it.
     */
    record Symlog(double constant) implements Transform {
        public Symlog {
            if (!(constant > 0 && Double.isFinite(constant)))
                throw new IllegalArgumentException("symlog constant must be positive and finite, got " + constant);
        }
        public double forward(double x) { return Math.signum(x) * Math.log1p(Math.abs(x / constant)); }
        public double inverse(double y) { return Math.signum(y) * Math.expm1(Math.abs(y)) * constant; }
    }
}
