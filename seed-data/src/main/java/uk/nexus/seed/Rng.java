package uk.nexus.seed;

import java.util.List;

/**
 * SplitMix64 random source. Own implementation (not {@code java.util.Random} or {@code SplittableRandom}) so that the
 * output depends on nothing but the seed, and all floating point goes through {@link StrictMath}, whose results are
 * specified bit for bit, unlike {@link Math}'s intrinsics.
 */
final class Rng {

    private long state;

    Rng(long seed) {
        this.state = mix(seed);
    }

    /** An independent stream for one phase, so that changing one phase does not shift the others. */
    static Rng stream(long seed, String name) {
        return new Rng(mix(seed) ^ mix(name.hashCode() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }

    /** An independent stream for one entity of a phase (e.g. the identity of subject {@code index}). */
    static Rng forIndex(long seed, String name, long index) {
        return new Rng(mix(seed) ^ mix(name.hashCode() + 0x9E3779B97F4A7C15L * (index + 1)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [lo, hi]. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    long betweenLong(long lo, long hi) {
        return lo + Math.floorMod(nextLong(), hi - lo + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    int pick(int[] values) {
        return values[nextInt(values.length)];
    }

    /** Standard normal (Box-Muller with {@link StrictMath}). */
    double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Pareto with minimum 1 and tail index {@code alpha}, capped. */
    double pareto(double alpha, double cap) {
        double x = StrictMath.pow(1.0 - nextDouble(), -1.0 / alpha);
        return Math.min(x, cap);
    }

    /** Exponential with the given mean, truncated to [0, max). */
    double truncatedExponential(double mean, double max) {
        double u = nextDouble();
        return -mean * StrictMath.log(1.0 - u * (1.0 - StrictMath.exp(-max / mean)));
    }

    void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
