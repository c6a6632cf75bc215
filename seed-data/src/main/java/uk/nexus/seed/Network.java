package uk.nexus.seed;

import org.jspecify.annotations.Nullable;

/**
 * Associations between subjects: dense intra-gang ties around leaders and core, OCG cores with their periphery,
 * supply lines from OCGs to gangs, brokers between allied gangs, RIVAL ties across feuds, family and partners,
 * co-offenders from shared convictions, cellmates, and, outside groups, preferential attachment (new ties go to
 * people who already have many), which gives the heavy-tailed degree distribution of real nominal indexes.
 */
final class Network {

    static final String[] KINDS = {"ASSOCIATE", "FAMILY", "PARTNER", "CO_OFFENDER", "CELLMATE", "RIVAL"};
    static final int ASSOCIATE = 0;
    static final int FAMILY = 1;
    static final int PARTNER = 2;
    static final int CO_OFFENDER = 3;
    static final int CELLMATE = 4;
    static final int RIVAL = 5;

    private static final String[] WEIGHTS = {"0.5", "1", "1", "1.5", "2", "3"};

    private final Force f;
    private final Population pop;
    private final Groups groups;
    private final Intel intel;
    private final Identities names;
    private final LongSet pairs = new LongSet();
    /** Both ends of every non-hostile tie so far: sampling from it picks people in proportion to their degree. */
    private final IntList endpoints = new IntList(1 << 16);

    private final int[] degree;

    /** Subjects with a custodial UK sentence, with the prison and the day it started (for cellmates). */
    final IntList custodial = new IntList();

    final IntList custodialPrison = new IntList();
    final IntList custodialDay = new IntList();

    Network(Force f, Population pop, Groups groups, Intel intel, Identities names) {
        this.f = f;
        this.pop = pop;
        this.groups = groups;
        this.intel = intel;
        this.names = names;
        this.degree = new int[f.subjects()];
    }

    private long key(int a, int b, int kind) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo * f.subjects() + hi) * 8 + kind;
    }

    boolean linked(int a, int b, int kind) {
        return pairs.contains(key(a, b, kind));
    }

    /** Writes one association unless the pair already has one of that kind; false if it was skipped. */
    boolean associate(
            int a,
            int b,
            int kind,
            @Nullable String weight,
            Intel.@Nullable Report report,
            String source,
            long recordedAt,
            long validFrom,
            long validTo,
            boolean fact) {
        if (a == b || a < 0 || b < 0 || !pairs.add(key(a, b, kind))) {
            return false;
        }
        CsvFile out = f.out.associations;
        out.add(f.subjectId(a)).add(f.subjectId(b)).add(KINDS[kind]).add(weight == null ? "" : weight);
        out.add(report == null ? "" : report.id());
        if (fact) {
            f.fact(out, source, recordedAt, validFrom, validTo);
        } else {
            f.assessment(out, source, recordedAt, validFrom, validTo, report == null ? null : report.grade());
        }
        out.endRow();
        if (kind != RIVAL) {
            endpoints.add(a);
            endpoints.add(b);
            degree[a]++;
            degree[b]++;
        }
        return true;
    }

    void coOffenders(int a, int b, String source, long recordedAt, long day) {
        associate(a, b, CO_OFFENDER, "2", null, source, recordedAt, day, Long.MIN_VALUE, true);
    }

    void generate() {
        Rng rng = Rng.stream(f.seed, "network");
        for (int g = 0; g < groups.gangCount; g++) {
            gang(g, rng);
        }
        for (int o = 0; o < groups.ocgCount; o++) {
            ocg(o, rng);
        }
        supplyLines(rng);
        alliances(rng);
        feuds(rng);
        families(rng);
        partners(rng);
        cellmates(rng);
        attachment(rng);
    }

    /** An intelligence report on {@code subject} seen with {@code others}; each tie becomes a graded assessment. */
    private void intelTies(Rng rng, int subject, int[] others, int count, int kind, String context) {
        long recorded = f.pastInstant(rng, 700, 5);
        StringBuilder text = new StringBuilder(160).append(names.of(subject).display());
        text.append(kind == RIVAL ? " is in dispute with " : " has been seen in company of ");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : i == count - 1 ? " and " : ", ")
                    .append(names.of(others[i]).display());
        }
        text.append(context).append('.');
        Intel.Report r = intel.report(rng, recorded, text.toString());
        intel.mention(r, subject, "SUBJECT");
        long from = recorded / Time.DAY - rng.between(0, 200);
        for (int i = 0; i < count; i++) {
            intel.mention(r, others[i], f.kind[others[i]] == Force.OFFENDER ? "ASSOCIATE" : "MENTIONED");
            associate(
                    subject,
                    others[i],
                    kind,
                    WEIGHTS[rng.nextInt(WEIGHTS.length)],
                    r,
                    r.id(),
                    recorded,
                    from,
                    Long.MIN_VALUE,
                    false);
        }
    }

    /** A tie recorded as a fact: seen together on a stop, named on the same custody record. */
    private void factTie(Rng rng, int a, int b, int kind) {
        long recorded = f.pastInstant(rng, 700, 5);
        String source = "SS/" + Time.year(recorded / Time.DAY) + "/" + (1_000_000 + rng.nextInt(8_999_999));
        associate(a, b, kind, "1", null, source, recorded, recorded / Time.DAY, Long.MIN_VALUE, true);
    }

    private int pickDistinct(int[] from, int not, Rng rng) {
        for (int attempt = 0; attempt < 6; attempt++) {
            int s = from[rng.nextInt(from.length)];
            if (s != not) {
                return s;
            }
        }
        return -1;
    }

    private void gang(int g, Rng rng) {
        int[] members = groups.gangMembers[g];
        if (members.length < 2) {
            return;
        }
        int coreSize = Math.max(2, (int) (members.length * 0.25));
        int[] core = java.util.Arrays.copyOf(members, Math.min(coreSize, members.length));
        String context = " near " + f.geo.name(f.geo.estate(groups.gangNbh[g], 0));
        for (int s : members) {
            int role = f.gangRole[s];
            int ties = switch (role) {
                case 0 -> rng.between(4, 8);
                case 1 -> rng.between(2, 5);
                case 2 -> rng.between(1, 2);
                default -> rng.between(0, 2);
            };
            int[] others = new int[3];
            int pending = 0;
            for (int t = 0; t < ties; t++) {
                int o = pickDistinct(rng.chance(0.6) ? core : members, s, rng);
                if (o < 0 || linked(s, o, ASSOCIATE) || contains(others, pending, o)) {
                    continue;
                }
                if (rng.chance(0.5)) {
                    factTie(rng, s, o, ASSOCIATE);
                    continue;
                }
                others[pending++] = o;
                if (pending == 3 || rng.chance(0.15)) {
                    intelTies(rng, s, others, pending, ASSOCIATE, context);
                    pending = 0;
                }
            }
            if (pending > 0) {
                intelTies(rng, s, others, pending, ASSOCIATE, context);
            }
        }
    }

    private static boolean contains(int[] values, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }

    private void ocg(int o, Rng rng) {
        int[] members = groups.ocgMembers[o];
        IntList core = new IntList();
        for (int s : members) {
            if (f.ocgRole[s] <= 2) {
                core.add(s);
            }
        }
        String context = ", in connection with " + groups.ocgNames[o];
        for (int i = 0; i < core.size(); i++) {
            for (int j = i + 1; j < core.size(); j++) {
                if (rng.chance(0.8)) {
                    intelTies(rng, core.get(i), new int[] {core.get(j)}, 1, ASSOCIATE, context);
                }
            }
        }
        if (core.isEmpty()) {
            return;
        }
        for (int s : members) {
            if (f.ocgRole[s] > 2) {
                int ties = rng.between(1, 2);
                for (int t = 0; t < ties; t++) {
                    int c = core.get(rng.nextInt(core.size()));
                    if (!linked(s, c, ASSOCIATE)) {
                        intelTies(rng, c, new int[] {s}, 1, ASSOCIATE, context);
                    }
                }
            }
        }
    }

    private void supplyLines(Rng rng) {
        for (int[] line : groups.supplyLines) {
            int[] ocgMembers = groups.ocgMembers[line[0]];
            int[] gangMembers = groups.gangMembers[line[1]];
            if (ocgMembers.length == 0 || gangMembers.length == 0) {
                continue;
            }
            int links = rng.between(1, 3);
            for (int l = 0; l < links; l++) {
                int supplier = ocgMembers[rng.nextInt(Math.min(ocgMembers.length, 4))];
                int buyer = gangMembers[rng.nextInt(Math.min(gangMembers.length, 1 + gangMembers.length / 4))];
                intelTies(
                        rng,
                        supplier,
                        new int[] {buyer},
                        1,
                        ASSOCIATE,
                        ", believed to be supplying drugs to " + groups.gangNames[line[1]]);
            }
        }
    }

    private void alliances(Rng rng) {
        for (int[] a : groups.alliances) {
            int[] x = groups.gangMembers[a[0]];
            int[] y = groups.gangMembers[a[1]];
            int links = rng.between(1, 3);
            for (int l = 0; l < links && x.length > 0 && y.length > 0; l++) {
                factTie(rng, x[rng.nextInt(x.length)], y[rng.nextInt(y.length)], ASSOCIATE);
            }
        }
    }

    private void feuds(Rng rng) {
        for (int[] feud : groups.feuds) {
            int[] x = groups.gangMembers[feud[0]];
            int[] y = groups.gangMembers[feud[1]];
            if (x.length == 0 || y.length == 0) {
                continue;
            }
            int links = rng.between(2, 6);
            for (int l = 0; l < links; l++) {
                int a = x[rng.nextInt(x.length)];
                int b = y[rng.nextInt(y.length)];
                if (!linked(a, b, RIVAL)) {
                    intelTies(
                            rng,
                            a,
                            new int[] {b},
                            1,
                            RIVAL,
                            ", linked to the feud between " + groups.gangNames[feud[0]] + " and "
                                    + groups.gangNames[feud[1]]);
                }
            }
        }
    }

    private void families(Rng rng) {
        for (int s = 0; s < f.subjects(); s++) {
            int head = f.household[s];
            if (head != s) {
                long recorded = f.pastInstant(rng, 900, 6);
                associate(
                        head,
                        s,
                        FAMILY,
                        "3",
                        null,
                        "PNC/" + f.subjectId(head) + "/family",
                        recorded,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE,
                        true);
            }
        }
    }

    private void partners(Rng rng) {
        for (int s = 0; s < f.subjects(); s++) {
            if (f.kind[s] != Force.OFFENDER || !rng.chance(0.04)) {
                continue;
            }
            int[] pool = rng.chance(0.5) ? pop.victimsByNbh[f.nbh[s]] : pop.offendersByNbh[f.nbh[s]];
            int p = pool.length == 0 ? -1 : pool[rng.nextInt(pool.length)];
            if (p >= 0 && p != s && f.household[p] != f.household[s] && f.gender[p] != f.gender[s]) {
                long recorded = f.pastInstant(rng, 700, 5);
                boolean fact = rng.chance(0.6);
                if (fact) {
                    associate(
                            s,
                            p,
                            PARTNER,
                            "3",
                            null,
                            "CU/" + Geography.BOROUGH_CODES[f.geo.boroughOfNbh(f.nbh[s])] + "/"
                                    + Time.year(recorded / Time.DAY) + "/next-of-kin",
                            recorded,
                            recorded / Time.DAY - rng.between(0, 400),
                            Long.MIN_VALUE,
                            true);
                } else {
                    intelTies(rng, s, new int[] {p}, 1, PARTNER, ", believed to be in a relationship");
                }
            }
        }
    }

    private void cellmates(Rng rng) {
        int prisons = Geography.prisons();
        IntList[] byPrison = new IntList[prisons];
        for (int p = 0; p < prisons; p++) {
            byPrison[p] = new IntList();
        }
        for (int i = 0; i < custodial.size(); i++) {
            byPrison[custodialPrison.get(i)].add(i);
        }
        for (int p = 0; p < prisons; p++) {
            IntList list = byPrison[p];
            for (int i = 1; i < list.size(); i++) {
                if (!rng.chance(0.07)) {
                    continue;
                }
                int a = list.get(i);
                int b = list.get(i - 1 - rng.nextInt(Math.min(i, 5)));
                int day = Math.max(custodialDay.get(a), custodialDay.get(b)) + rng.between(1, 60);
                if (day >= f.asOfDay - 1) {
                    continue;
                }
                long recorded = day * Time.DAY + Force.secondOfDay(rng);
                associate(
                        custodial.get(a),
                        custodial.get(b),
                        CELLMATE,
                        "1",
                        null,
                        f.geo.prisonName(p) + " cell allocation " + Time.year(day),
                        recorded,
                        day,
                        Math.min(f.asOfDay - 1, day + rng.between(30, 400)),
                        true);
            }
        }
    }

    /**
     * Offenders outside groups join the network one at a time; each makes 0-3 ties, mostly to someone chosen in
     * proportion to degree (Barabasi-Albert), otherwise to a neighbour.
     */
    private void attachment(Rng rng) {
        IntList loners = new IntList();
        for (int s = 0; s < f.subjects(); s++) {
            if (f.kind[s] == Force.OFFENDER && f.gang[s] < 0 && f.ocg[s] < 0) {
                loners.add(s);
            }
        }
        int[] order = loners.toArray();
        rng.shuffle(order);
        for (int s : order) {
            double r = rng.nextDouble();
            int ties = r < 0.3 ? 0 : r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
            for (int t = 0; t < ties; t++) {
                int o;
                if (!endpoints.isEmpty() && rng.chance(0.8)) {
                    // the best connected of three degree-proportional picks: super-linear attachment, which grows
                    // the few local hubs ("faces") that real nominal indexes have
                    o = endpoints.get(rng.nextInt(endpoints.size()));
                    for (int pick = 0; pick < 2; pick++) {
                        int other = endpoints.get(rng.nextInt(endpoints.size()));
                        if (degree[other] > degree[o]) {
                            o = other;
                        }
                    }
                } else {
                    o = pop.near(pop.offendersByNbh, f.nbh[s], rng);
                }
                // only offenders: a victim or witness is never made to look like a criminal associate
                if (o < 0 || o == s || f.kind[o] != Force.OFFENDER || linked(s, o, ASSOCIATE)) {
                    continue;
                }
                if (rng.chance(0.85)) {
                    factTie(rng, s, o, ASSOCIATE);
                } else {
                    intelTies(rng, s, new int[] {o}, 1, ASSOCIATE, "");
                }
            }
        }
    }
}
