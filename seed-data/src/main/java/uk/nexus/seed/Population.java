package uk.nexus.seed;

/**
 * Who the subjects are: kind (offender, victim-only, witness-only, other), household, neighbourhood, nationality,
 * immigration status, gender, date of birth, home address and offending activity. Names are not stored: they are
 * regenerated from the subject's own random stream when written ({@link Identities}).
 */
final class Population {

    private static final Weighted KIND = new Weighted(80, 11, 5, 4);

    private static final Weighted[] GENDER = {
        new Weighted(86, 13, 0.3, 0.7),
        new Weighted(55, 44, 0.2, 0.8),
        new Weighted(50, 49, 0.2, 0.8),
        new Weighted(50, 49, 0.2, 0.8)
    };

    /** Share of subjects per kind whose home address is recorded. */
    private static final double[] HOME = {0.86, 0.85, 0.8, 0.7};

    private final Force f;

    /** Offenders, victim-only and witness-only subjects per neighbourhood. */
    int[][] offendersByNbh = new int[0][];

    int[][] victimsByNbh = new int[0][];
    int[][] witnessesByNbh = new int[0][];
    int[][] othersByNbh = new int[0][];

    Population(Force f) {
        this.f = f;
    }

    void generate() {
        Rng rng = Rng.stream(f.seed, "population");
        int n = f.subjects();
        int i = 0;
        while (i < n) {
            int size = rng.chance(0.09) ? rng.between(2, 4) : 1;
            int head = i;
            int k = f.geo.sampleNbh(rng);
            int nat = People.sampleNationality(rng);
            NameRegion region = People.region(People.NATIONALITIES[nat], rng);
            for (int j = 0; j < size && i < n; j++, i++) {
                f.household[i] = head;
                f.nbh[i] = k;
                // children of foreign nationals are often British-born
                f.nationality[i] = (byte) (j > 0 && nat > 8 && rng.chance(0.3) ? 0 : nat);
                f.region[i] = (byte) region.ordinal();
                f.kind[i] = (byte) KIND.sample(rng);
                f.gender[i] = (byte) GENDER[f.kind[i]].sample(rng);
                f.immigration[i] = (byte) People.sampleImmigration(f.nationalityOf(i), rng);
                f.dob[i] = (int) dobFor(f.kind[i] == Force.OFFENDER, rng);
                if (f.kind[i] == Force.OFFENDER) {
                    f.activity[i] = (float) rng.pareto(1.7, 40);
                }
                assignHome(i, head, rng);
            }
        }
        buildPools();
    }

    long dobFor(boolean offender, Rng rng) {
        double r = rng.nextDouble();
        int age;
        if (offender) {
            if (r < 0.07) {
                age = rng.between(14, 16);
            } else if (r < 0.80) {
                // 17-35, most in their early twenties
                age = 17 + (int) (18 * Math.min(rng.nextDouble(), rng.nextDouble()));
            } else {
                age = rng.between(36, 60);
            }
        } else {
            age = r < 0.7 ? rng.between(16, 35) : rng.between(14, 60);
        }
        return ageToDob(age, rng);
    }

    long ageToDob(int age, Rng rng) {
        return f.asOfDay - age * 365L - (age / 4) - rng.between(1, 364);
    }

    private void assignHome(int i, int head, Rng rng) {
        int k = f.nbh[i];
        if (i != head && f.home[head] >= 0 && rng.chance(0.9)) {
            f.home[i] = f.home[head];
            return;
        }
        if (!rng.chance(HOME[f.kind[i]])) {
            return;
        }
        int used = f.geo.homesUsed(k);
        // a few offenders share an address with unrelated people (shared houses, cuckooed flats)
        if (f.kind[i] == Force.OFFENDER && used > 3 && rng.chance(0.04)) {
            f.home[i] = -2 - rng.nextInt(used);
        } else {
            f.home[i] = -2 - f.geo.newHome(k);
        }
    }

    /** Homes hold neighbourhood-local numbers (encoded as -2-number) until the location table is laid out. */
    void resolveHomes() {
        for (int i = 0; i < f.subjects(); i++) {
            if (f.home[i] <= -2) {
                f.home[i] = f.geo.address(f.nbh[i], -2 - f.home[i]);
            }
        }
    }

    private void buildPools() {
        int nbhs = f.geo.neighbourhoods();
        int[][] counts = new int[4][nbhs];
        for (int i = 0; i < f.subjects(); i++) {
            counts[f.kind[i]][f.nbh[i]]++;
        }
        int[][][] pools = new int[4][nbhs][];
        for (int kind = 0; kind < 4; kind++) {
            for (int k = 0; k < nbhs; k++) {
                pools[kind][k] = new int[counts[kind][k]];
            }
        }
        int[][] fill = new int[4][nbhs];
        for (int i = 0; i < f.subjects(); i++) {
            pools[f.kind[i]][f.nbh[i]][fill[f.kind[i]][f.nbh[i]]++] = i;
        }
        offendersByNbh = pools[Force.OFFENDER];
        victimsByNbh = pools[Force.VICTIM_ONLY];
        witnessesByNbh = pools[Force.WITNESS_ONLY];
        othersByNbh = pools[Force.OTHER];
    }

    /** A subject from {@code pools} in neighbourhood {@code k}, else elsewhere in its borough, else anywhere; -1 if none. */
    int near(int[][] pools, int k, Rng rng) {
        int[] here = pools[k];
        if (here.length > 0 && rng.chance(0.85)) {
            return here[rng.nextInt(here.length)];
        }
        for (int attempt = 0; attempt < 4; attempt++) {
            int[] there = pools[f.geo.nearbyNbh(k, rng)];
            if (there.length > 0) {
                return there[rng.nextInt(there.length)];
            }
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            int[] any = pools[rng.nextInt(pools.length)];
            if (any.length > 0) {
                return any[rng.nextInt(any.length)];
            }
        }
        return here.length > 0 ? here[rng.nextInt(here.length)] : -1;
    }
}
