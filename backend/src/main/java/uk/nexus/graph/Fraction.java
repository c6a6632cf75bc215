package uk.nexus.graph;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact non-negative rational number used to decide near-ties between floating-point path lengths
 * (see {@code docs/decisions/0101-graph-weighted-path-ties.md}). Values are kept in lowest terms in
 * two {@code long}s while they fit and fall back to {@link BigInteger} on overflow, so the common
 * case (small integer tie strengths) allocates one small object per operation.
 */
final class Fraction implements Comparable<Fraction> {

    static final Fraction ZERO = new Fraction(0, 1);

    private final long num;
    private final long den;
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Fraction(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Fraction(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    /** The exact reciprocal of the (exactly represented) double {@code weight > 0}. */
    static Fraction reciprocalOf(double weight) {
        if (weight == Math.rint(weight) && weight <= 0x1p62) {
            return new Fraction(1, (long) weight);
        }
        BigDecimal exact = new BigDecimal(weight);
        BigInteger unscaled = exact.unscaledValue();
        int scale = exact.scale();
        BigInteger numerator = scale >= 0 ? BigInteger.TEN.pow(scale) : BigInteger.ONE;
        BigInteger denominator = scale >= 0 ? unscaled : unscaled.multiply(BigInteger.TEN.pow(-scale));
        return normalised(numerator, denominator);
    }

    Fraction plus(Fraction other) {
        if (bigNum == null && other.bigNum == null) {
            try {
                long g = gcd(den, other.den);
                long d = Math.multiplyExact(den / g, other.den);
                long m = Math.addExact(Math.multiplyExact(num, other.den / g), Math.multiplyExact(other.num, den / g));
                long r = gcd(Math.abs(m), d);
                return new Fraction(m / r, d / r);
            } catch (ArithmeticException overflow) {
                // fall through to arbitrary precision
            }
        }
        BigInteger n1 = numerator();
        BigInteger d1 = denominator();
        BigInteger n2 = other.numerator();
        BigInteger d2 = other.denominator();
        return normalised(n1.multiply(d2).add(n2.multiply(d1)), d1.multiply(d2));
    }

    @Override
    public int compareTo(Fraction other) {
        if (bigNum == null && other.bigNum == null) {
            // compare num/den with other.num/other.den via exact 128-bit cross products
            long highA = Math.multiplyHigh(num, other.den);
            long lowA = num * other.den;
            long highB = Math.multiplyHigh(other.num, den);
            long lowB = other.num * den;
            if (highA != highB) {
                return Long.compare(highA, highB);
            }
            return Long.compareUnsigned(lowA, lowB);
        }
        return numerator()
                .multiply(other.denominator())
                .compareTo(other.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && compareTo(f) == 0;
    }

    @Override
    public int hashCode() {
        return numerator().hashCode() * 31 + denominator().hashCode();
    }

    @Override
    public String toString() {
        return numerator() + "/" + denominator();
    }

    private BigInteger numerator() {
        return bigNum != null ? bigNum : BigInteger.valueOf(num);
    }

    private BigInteger denominator() {
        return bigDen != null ? bigDen : BigInteger.valueOf(den);
    }

    private static Fraction normalised(BigInteger numerator, BigInteger denominator) {
        BigInteger g = numerator.gcd(denominator);
        BigInteger n = numerator.divide(g);
        BigInteger d = denominator.divide(g);
        if (n.bitLength() < 63 && d.bitLength() < 63) {
            return new Fraction(n.longValue(), d.longValue());
        }
        return new Fraction(n, d);
    }

    /** Binary (Stein) gcd of non-negative values; 1 when both are 0. */
    private static long gcd(long a, long b) {
        if (a == 0 || b == 0) {
            long g = a | b;
            return g == 0 ? 1 : g;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        }
        return a << shift;
    }
}
