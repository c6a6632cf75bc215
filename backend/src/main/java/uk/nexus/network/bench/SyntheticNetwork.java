package uk.nexus.network.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A synthetic association network with the shape of a force's gang picture, for the benchmark
 * (decision 0330): dense gang-like clusters around a core, a few brokers tying allied gangs, and
 * the rest of the ties made by subjects in proportion to a heavy-tailed offending activity, to
 * their neighbourhood or by linear preferential attachment, which gives a heavy-tailed degree
 * distribution. Every subject also carries an individual harm score that follows its activity
 * (zero for about a third: people with no offending, such as victims).
 *
 * <p>Exactly {@code subjects × linksPerSubject} distinct undirected ties, no self-loops. Same
 * arguments, same network: all randomness comes from one {@link SplittableRandom} seeded with
 * {@code seed}, and nothing iterates a hash structure.
 *
 * <p>Memory while generating: ~30 bytes per link and ~30 per subject (endpoints, strength, kind, the pair set, the
 * preferential-attachment endpoint list), so 10M links take ~300 MB.
 */
public final class SyntheticNetwork {

    /** Link kinds as stored on {@code ASSOCIATE_OF.kind}; RIVAL is not generated (never counted). */
    static final String[] KINDS = {"ASSOCIATE", "CO_OFFENDER", "FAMILY", "CELLMATE"};

    /** Share of subjects recruited into gangs. */
    static final double GANG_SHARE = 0.45;

    /** Size of a locality neighbourhood (consecutive positions of the shuffled order). */
    static final int NEIGHBOURHOOD = 100;

    private final int subjects;
    private final int[] a;
    private final int[] b;
    private final byte[] strength;
    private final byte[] kind;
    private final double[] harm;
    private final int[] gang;
    private final int gangCount;

    private SyntheticNetwork(
            int subjects, int[] a, int[] b, byte[] strength, byte[] kind, double[] harm, int[] gang, int gangCount) {
        this.subjects = subjects;
        this.a = a;
        this.b = b;
        this.strength = strength;
        this.kind = kind;
        this.harm = harm;
        this.gang = gang;
        this.gangCount = gangCount;
    }

    /**
     * Generates a network.
     *
     * @param subjects number of subjects ({@code ≥ 100})
     * @param linksPerSubject links per subject (mean degree is twice this); at most a tenth of the
     *     subjects, so that the network stays sparse
     * @param seed random seed
     */
    public static SyntheticNetwork generate(int subjects, int linksPerSubject, long seed) {
        if (subjects < 100) {
            throw new IllegalArgumentException("at least 100 subjects, got " + subjects);
        }
        if (linksPerSubject < 1 || linksPerSubject > subjects / 10) {
            throw new IllegalArgumentException("links per subject must be in 1.." + subjects / 10);
        }
        long target = (long) subjects * linksPerSubject;
        if (target > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many links: " + target);
        }
        return new Builder(subjects, (int) target, seed).build();
    }

    /** Subject id of index {@code i}, as stored in Neo4j ({@code B0000042}). */
    public static String id(int i) {
        String digits = Integer.toString(i);
        return "B" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }

    /** Index of subject id {@code id} (inverse of {@link #id(int)}). */
    public static int index(String id) {
        if (id.length() < 2 || id.charAt(0) != 'B') {
            throw new IllegalArgumentException("not a benchmark subject id: " + id);
        }
        return Integer.parseInt(id, 1, id.length(), 10);
    }

    public int subjects() {
        return subjects;
    }

    public int links() {
        return a.length;
    }

    /** One endpoint (the stored direction's start) of link {@code e}. */
    public int source(int e) {
        return a[e];
    }

    public int target(int e) {
        return b[e];
    }

    /** Tie strength of link {@code e}, 1–4. */
    public int strength(int e) {
        return strength[e];
    }

    public String kind(int e) {
        return KINDS[kind[e]];
    }

    /** Individual harm score of subject {@code i} (≥ 0). */
    public double harm(int i) {
        return harm[i];
    }

    /** Gang of subject {@code i}, or -1. */
    public int gang(int i) {
        return gang[i];
    }

    public int gangCount() {
        return gangCount;
    }

    /** Degree of every subject. */
    public int[] degrees() {
        int[] degree = new int[subjects];
        for (int e = 0; e < a.length; e++) {
            degree[a[e]]++;
            degree[b[e]]++;
        }
        return degree;
    }

    private static final class Builder {
        private final int n;
        private final int target;
        private final SplittableRandom random;
        private final int[] a;
        private final int[] b;
        private final byte[] strength;
        private final byte[] kind;
        private final int[] endpoints;
        private final LongSet pairs;
        private final int[] order;
        private final int[] position;
        private final int[] gang;
        private final double[] activity;
        private int size;
        private int gangs;

        Builder(int n, int target, long seed) {
            this.n = n;
            this.target = target;
            this.random = new SplittableRandom(seed);
            this.a = new int[target];
            this.b = new int[target];
            this.strength = new byte[target];
            this.kind = new byte[target];
            this.endpoints = new int[2 * target];
            this.pairs = new LongSet(target);
            this.order = new int[n];
            this.position = new int[n];
            this.gang = new int[n];
            this.activity = new double[n];
        }

        SyntheticNetwork build() {
            shuffle();
            activity();
            Arrays.fill(gang, -1);
            int[] gangStart = recruitGangs();
            tieGangs(gangStart);
            tieAllies(gangStart);
            fill();
            return new SyntheticNetwork(n, a, b, strength, kind, harm(), gang, gangs);
        }

        /** A random order of subjects: gangs and neighbourhoods are runs of it. */
        private void shuffle() {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < n; i++) {
                position[order[i]] = i;
            }
        }

        /** Gangs of size {@code 8 + 72u³} (mean ~26) over the first {@link #GANG_SHARE} of the order. */
        private int[] recruitGangs() {
            int members = (int) (n * GANG_SHARE);
            int[] starts = new int[members / 8 + 2];
            int p = 0;
            while (p < members) {
                double u = random.nextDouble();
                int gangSize = Math.min(members - p, 8 + (int) (72 * u * u * u));
                if (gangSize < 3) {
                    break;
                }
                starts[gangs] = p;
                for (int i = p; i < p + gangSize; i++) {
                    gang[order[i]] = gangs;
                }
                p += gangSize;
                gangs++;
            }
            starts[gangs] = p;
            return starts;
        }

        /** Each member ties to 3–9 others of the gang, 60 % of them to the core (the first fifth). */
        private void tieGangs(int[] starts) {
            for (int g = 0; g < gangs; g++) {
                int from = starts[g];
                int gangSize = starts[g + 1] - from;
                int core = Math.max(2, gangSize / 5);
                for (int i = from; i < from + gangSize; i++) {
                    int picks = Math.min(gangSize - 1, 3 + random.nextInt(7));
                    for (int k = 0; k < picks && size < target; k++) {
                        int j = from + (random.nextDouble() < 0.6 ? random.nextInt(core) : random.nextInt(gangSize));
                        boolean coreTie = i - from < core && j - from < core;
                        add(
                                order[i],
                                order[j],
                                coreTie ? 2 + random.nextInt(3) : 1 + random.nextInt(2),
                                kindOfGangTie());
                    }
                }
            }
        }

        /** A quarter of gangs are allied to another: a broker of each ties to 2–5 of the other's members. */
        private void tieAllies(int[] starts) {
            if (gangs < 2) {
                return;
            }
            for (int g = 0; g < gangs; g++) {
                if (random.nextDouble() >= 0.25) {
                    continue;
                }
                int other = random.nextInt(gangs - 1);
                if (other >= g) {
                    other++;
                }
                int broker = order[starts[g] + random.nextInt(starts[g + 1] - starts[g])];
                int otherSize = starts[other + 1] - starts[other];
                int ties = 2 + random.nextInt(4);
                for (int k = 0; k < ties && size < target; k++) {
                    add(broker, order[starts[other] + random.nextInt(otherSize)], 1 + random.nextInt(2), 0);
                }
            }
        }

        /**
         * The remaining ties: a subject drawn in proportion to its activity ties to someone of its
         * neighbourhood (55 %) or to the end of a uniformly chosen existing tie (preferential
         * attachment, 45 %). Activity is heavy-tailed, so degrees are too.
         */
        private void fill() {
            double[] cumulative = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += activity[i];
                cumulative[i] = total;
            }
            while (size < target) {
                int u = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                u = Math.min(n - 1, u >= 0 ? u : -u - 1);
                int v;
                if (size == 0 || random.nextDouble() < 0.55) {
                    int block = position[u] / NEIGHBOURHOOD * NEIGHBOURHOOD;
                    v = order[Math.min(n - 1, block + random.nextInt(NEIGHBOURHOOD))];
                } else {
                    v = endpoints[random.nextInt(2 * size)];
                }
                double u01 = random.nextDouble();
                int k = u01 < 0.8 ? 0 : u01 < 0.9 ? 2 : u01 < 0.95 ? 3 : 1;
                add(u, v, u01 < 0.7 ? 1 : u01 < 0.95 ? 2 : 3, k);
            }
        }

        /** Offending activity: Pareto(1.7) capped at 300 (a few prolific offenders). */
        private void activity() {
            for (int i = 0; i < n; i++) {
                activity[i] = Math.min(300, StrictMath.pow(1 - random.nextDouble(), -1 / 1.7));
            }
        }

        private byte kindOfGangTie() {
            return (byte) (random.nextDouble() < 0.3 ? 1 : 0);
        }

        private void add(int u, int v, int tieStrength, int tieKind) {
            if (u == v || !pairs.add(u < v ? (long) u << 32 | v : (long) v << 32 | u)) {
                return;
            }
            a[size] = u;
            b[size] = v;
            strength[size] = (byte) tieStrength;
            kind[size] = (byte) tieKind;
            endpoints[2 * size] = u;
            endpoints[2 * size + 1] = v;
            size++;
        }

        /** Follows activity (× 0.5–1.5), doubled for gang members; 0 for a third of the subjects. */
        private double[] harm() {
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                if (u < 1.0 / 3) {
                    continue;
                }
                double score = activity[i] * (0.5 + random.nextDouble());
                h[i] = gang[i] >= 0 ? 2 * score : score;
            }
            return h;
        }
    }

    /** Open-addressing set of non-negative longs (pairs), membership only. */
    static final class LongSet {
        private final long[] slots;
        private final int mask;

        LongSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
            slots = new long[capacity];
            Arrays.fill(slots, -1L);
            mask = capacity - 1;
        }

        /** Adds {@code key} (≥ 0); false if it was there. */
        boolean add(long key) {
            int i = (int) mix(key) & mask;
            while (slots[i] != -1L) {
                if (slots[i] == key) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = key;
            return true;
        }

        private static long mix(long key) {
            long z = key * 0x9E3779B97F4A7C15L;
            return z ^ (z >>> 29);
        }
    }
}
