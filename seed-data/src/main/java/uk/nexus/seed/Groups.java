package uk.nexus.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Street gangs (heavy-tailed sizes 8-80, drawn from one neighbourhood and its borough, with leaders, core, members and
 * periphery), organised crime groups (a core of LEADER/PRINCIPAL/SIGNIFICANT and a periphery), the feuds between
 * gangs, the alliances that brokers span (members of two gangs) and the supply lines from OCGs to gangs.
 */
final class Groups {

    static final String[] GANG_ACTIVITIES = {"DRUGS_SUPPLY", "ROBBERY", "VIOLENCE", "FIREARMS", "EXPLOITATION"};
    private static final Weighted GANG_ACTIVITY_MIX = new Weighted(60, 15, 15, 5, 5);

    static final String[] OCG_ACTIVITIES = {
        "DRUGS_SUPPLY",
        "FIREARMS",
        "EXPLOITATION",
        "MONEY_LAUNDERING",
        "ORGANISED_ACQUISITIVE",
        "IMMIGRATION_CRIME",
        "FRAUD"
    };
    private static final Weighted OCG_ACTIVITY_MIX = new Weighted(45, 10, 12, 10, 13, 5, 5);

    private static final String[] BANDS = {"1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C"};
    private static final Weighted BAND_MIX = new Weighted(3, 5, 5, 8, 14, 14, 12, 10, 8);

    private static final String[] GANG_PATTERNS = {"%s Boys", "%s Crew", "Young %s", "%s Mandem", "%s Gang", "%s Tribe"
    };

    private static final String[] CODEWORDS = {
        "Kestrel",
        "Obsidian",
        "Harrier",
        "Juniper",
        "Marble",
        "Cobalt",
        "Falcon",
        "Granite",
        "Hemlock",
        "Ironwood",
        "Jackal",
        "Lantern",
        "Mercury",
        "Nightjar",
        "Onyx",
        "Pike",
        "Quartz",
        "Raven",
        "Sable",
        "Talon",
        "Umber",
        "Viper",
        "Wren",
        "Yarrow",
        "Zephyr",
        "Bracken",
        "Citadel",
        "Driftwood",
        "Ember",
        "Flint"
    };

    private final Force f;
    private final Population pop;
    private final Intel intel;
    private final Identities names;

    final int gangCount;
    final int ocgCount;
    int[][] gangMembers = new int[0][];
    int[][] ocgMembers = new int[0][];
    int[] gangNbh = new int[0];
    int[] ocgNbh = new int[0];
    int[] gangActivity = new int[0];
    int[] ocgActivity = new int[0];
    String[] gangNames = new String[0];
    String[] ocgNames = new String[0];
    IntList[] rivals = new IntList[0];
    final List<int[]> feuds = new ArrayList<>();
    final List<int[]> alliances = new ArrayList<>();
    /** (ocg, gang) pairs. */
    final List<int[]> supplyLines = new ArrayList<>();

    Groups(Force f, Population pop, Intel intel, Identities names) {
        this.f = f;
        this.pop = pop;
        this.intel = intel;
        this.names = names;
        this.gangCount = f.settings.gangs();
        this.ocgCount = f.settings.ocgs();
    }

    void generate() {
        Rng rng = Rng.stream(f.seed, "groups");
        makeGangs(rng);
        makeOcgs(rng);
        makeFeudsAndAlliances(rng);
        writeGroups(rng);
        writeMemberships(Rng.stream(f.seed, "memberships"));
    }

    private boolean free(int s) {
        return f.kind[s] == Force.OFFENDER && f.gang[s] < 0 && f.ocg[s] < 0;
    }

    /** A free offender near neighbourhood {@code k}: there, else in its borough, else anywhere; -1 if none found. */
    private int recruit(int k, double local, Rng rng) {
        int[][] pools = pop.offendersByNbh;
        if (rng.chance(local)) {
            for (int attempt = 0; attempt < 12; attempt++) {
                int[] here = pools[k];
                if (here.length > 0) {
                    int s = here[rng.nextInt(here.length)];
                    if (free(s)) {
                        return s;
                    }
                }
            }
        }
        for (int attempt = 0; attempt < 24; attempt++) {
            int[] there = pools[f.geo.nearbyNbh(k, rng)];
            if (there.length > 0) {
                int s = there[rng.nextInt(there.length)];
                if (free(s)) {
                    return s;
                }
            }
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int s = rng.nextInt(f.subjects());
            if (free(s)) {
                return s;
            }
        }
        return -1;
    }

    private void makeGangs(Rng rng) {
        gangMembers = new int[gangCount][];
        gangNbh = new int[gangCount];
        gangActivity = new int[gangCount];
        gangNames = new String[gangCount];
        rivals = new IntList[gangCount];
        for (int g = 0; g < gangCount; g++) {
            rivals[g] = new IntList(4);
            int k = f.geo.sampleNbh(rng);
            gangNbh[g] = k;
            gangActivity[g] = GANG_ACTIVITY_MIX.sample(rng);
            double u = rng.nextDouble();
            int size = 8 + (int) (72 * u * u * u);
            IntList members = new IntList(size);
            for (int m = 0; m < size; m++) {
                int s = recruit(k, 0.7, rng);
                if (s < 0) {
                    break;
                }
                f.gang[s] = g;
                members.add(s);
            }
            gangMembers[g] = members.toArray();
            int leaders = size > 40 ? 2 : 1;
            for (int m = 0; m < gangMembers[g].length; m++) {
                int s = gangMembers[g][m];
                double pos = (double) m / gangMembers[g].length;
                int role = m < leaders ? 0 : pos < 0.22 ? 1 : pos < 0.77 ? 2 : pos < 0.95 ? 3 : 4;
                f.gangRole[s] = (byte) role;
                f.activity[s] *= (float) new double[] {1.5, 2.5, 2.0, 1.2, 1.0}[role];
                int age = role <= 1
                        ? rng.between(19, 32)
                        : 15 + (int) (15 * Math.min(rng.nextDouble(), rng.nextDouble()));
                f.dob[s] = (int) pop.ageToDob(age, rng);
            }
            String word = Geography.STREET_WORDS[rng.nextInt(Geography.STREET_WORDS.length)];
            gangNames[g] = rng.chance(0.3)
                    ? f.geo.district(k) + (rng.chance(0.5) ? " Crew" : " Gang")
                    : String.format(java.util.Locale.ROOT, rng.pick(GANG_PATTERNS), word);
        }
    }

    private void makeOcgs(Rng rng) {
        ocgMembers = new int[ocgCount][];
        ocgNbh = new int[ocgCount];
        ocgActivity = new int[ocgCount];
        ocgNames = new String[ocgCount];
        for (int o = 0; o < ocgCount; o++) {
            int k = f.geo.sampleNbh(rng);
            ocgNbh[o] = k;
            ocgActivity[o] = OCG_ACTIVITY_MIX.sample(rng);
            int core = rng.between(3, 6);
            int periphery = rng.between(4, 20);
            IntList members = new IntList(core + periphery);
            for (int m = 0; m < core + periphery; m++) {
                int s = -1;
                if (m >= core && gangCount > 0 && rng.chance(0.2)) {
                    // a gang member on the periphery of an OCG: the supply chain reaching the street
                    int[] gm = gangMembers[rng.nextInt(gangCount)];
                    if (gm.length > 0) {
                        int c = gm[rng.nextInt(gm.length)];
                        if (f.ocg[c] < 0 && f.gang2[c] < 0 && f.gangRole[c] > 0) {
                            s = c;
                        }
                    }
                }
                if (s < 0) {
                    s = recruit(k, 0.3, rng);
                }
                if (s < 0) {
                    break;
                }
                f.ocg[s] = o;
                members.add(s);
                int role = m == 0 ? 0 : m < core ? (m <= 2 ? 1 : 2) : rng.chance(0.8) ? 3 : 4;
                f.ocgRole[s] = (byte) role;
                if (f.gang[s] < 0) {
                    int age = role <= 2 ? rng.between(28, 55) : rng.between(19, 45);
                    f.dob[s] = (int) pop.ageToDob(age, rng);
                    f.activity[s] *= role <= 2 ? 1.2f : 1.5f;
                }
            }
            ocgMembers[o] = members.toArray();
            ocgNames[o] = "OCG " + CODEWORDS[o % CODEWORDS.length]
                    + (o >= CODEWORDS.length ? " " + (o / CODEWORDS.length + 1) : "");
        }
    }

    private int nearbyGang(int g, Rng rng) {
        // prefer a gang of the same borough: feuds and alliances are local
        int borough = f.geo.boroughOfNbh(gangNbh[g]);
        for (int attempt = 0; attempt < 30; attempt++) {
            int h = rng.nextInt(gangCount);
            if (h != g && f.geo.boroughOfNbh(gangNbh[h]) == borough) {
                return h;
            }
        }
        int h = rng.nextInt(gangCount);
        return h == g ? -1 : h;
    }

    private void makeFeudsAndAlliances(Rng rng) {
        if (gangCount < 2) {
            return;
        }
        for (int g = 0; g < gangCount; g++) {
            double r = rng.nextDouble();
            int want = r < 0.55 ? 0 : r < 0.85 ? 1 : 2;
            for (int w = 0; w < want && rivals[g].size() < 3; w++) {
                int h = nearbyGang(g, rng);
                if (h >= 0 && !rivals[g].contains(h) && rivals[h].size() < 4) {
                    rivals[g].add(h);
                    rivals[h].add(g);
                    feuds.add(new int[] {g, h});
                }
            }
        }
        for (int g = 0; g < gangCount; g++) {
            if (!rng.chance(0.22)) {
                continue;
            }
            int h = nearbyGang(g, rng);
            if (h < 0 || rivals[g].contains(h)) {
                continue;
            }
            alliances.add(new int[] {g, h});
            // the broker: a member of g who is also on the edge of h
            int[] gm = gangMembers[g];
            for (int attempt = 0; attempt < 10 && gm.length > 0; attempt++) {
                int s = gm[rng.nextInt(gm.length)];
                if (f.gang2[s] < 0 && f.ocg[s] < 0 && f.gangRole[s] > 0) {
                    f.gang2[s] = h;
                    break;
                }
            }
        }
        for (int o = 0; o < ocgCount; o++) {
            if (ocgActivity[o] != 0 && !rng.chance(0.2)) {
                continue;
            }
            int lines = rng.between(1, 3);
            int borough = f.geo.boroughOfNbh(ocgNbh[o]);
            for (int l = 0; l < lines; l++) {
                int g = rng.nextInt(gangCount);
                for (int attempt = 0; attempt < 20 && f.geo.boroughOfNbh(gangNbh[g]) != borough; attempt++) {
                    g = rng.nextInt(gangCount);
                }
                supplyLines.add(new int[] {o, g});
            }
        }
    }

    boolean gangHasFirearms(int g) {
        return gangActivity[g] == 3 || (gangMembers[g].length > 40);
    }

    private void writeGroups(Rng rng) {
        CsvFile out = f.out.groups;
        for (int g = 0; g < gangCount; g++) {
            long recorded = f.pastInstant(rng, 300, 3);
            out.add(f.groupId(false, g)).add("GANG").add(gangNames[g]);
            out.add(f.geo.boroughName(f.geo.boroughOfNbh(gangNbh[g]))).empty().add(GANG_ACTIVITIES[gangActivity[g]]);
            out.date(f.reviewDate(rng, 0.05)).add("Gangs assessment " + Time.year(recorded / Time.DAY));
            out.instant(recorded).endRow();
        }
        for (int o = 0; o < ocgCount; o++) {
            long recorded = f.pastInstant(rng, 200, 2);
            long day = recorded / Time.DAY;
            out.add(f.groupId(true, o)).add("OCG").add(ocgNames[o]);
            out.add(f.geo.boroughName(f.geo.boroughOfNbh(ocgNbh[o]))).add(BANDS[BAND_MIX.sample(rng)]);
            out.add(OCG_ACTIVITIES[ocgActivity[o]]).date(f.reviewDate(rng, 0.05));
            out.add("OCGM mapping " + Time.year(day) + "-Q"
                    + (java.time.LocalDate.ofEpochDay(day).getMonthValue() + 2) / 3);
            out.instant(recorded).endRow();
        }
    }

    private void writeMemberships(Rng rng) {
        for (int g = 0; g < gangCount; g++) {
            for (int s : gangMembers[g]) {
                membership(rng, s, false, g, Force.GANG_ROLES[f.gangRole[s]]);
            }
        }
        for (int s = 0; s < f.subjects(); s++) {
            if (f.gang2[s] >= 0) {
                membership(rng, s, false, f.gang2[s], rng.chance(0.5) ? "PERIPHERAL" : "ASSOCIATE");
            }
        }
        for (int o = 0; o < ocgCount; o++) {
            for (int s : ocgMembers[o]) {
                membership(rng, s, true, o, Force.OCG_ROLES[f.ocgRole[s]]);
            }
        }
    }

    private void membership(Rng rng, int s, boolean isOcg, int group, String role) {
        long from = f.asOfDay - rng.between(60, 1_800);
        long to = Long.MIN_VALUE;
        if (rng.chance(0.07)) {
            long end = from + rng.between(100, 900);
            if (end < f.asOfDay - 1) {
                to = end;
            }
        }
        long recorded = f.clampPast(from * Time.DAY + rng.between(1, 40) * Time.DAY + Force.secondOfDay(rng));
        String groupId = f.groupId(isOcg, group);
        String groupName = isOcg ? ocgNames[group] : gangNames[group];
        CsvFile out = f.out.memberships;
        out.add(f.subjectId(s)).add(groupId).add(role);
        if (rng.chance(0.2)) {
            Intel.Report r = intel.report(
                    rng,
                    recorded,
                    names.of(s).display() + " is assessed as " + rolePhrase(role) + " of " + groupName + ".");
            intel.mention(r, s, "SUBJECT");
            f.assessment(out, r.id(), recorded, from, to, r.grade());
        } else {
            String source = isOcg
                    ? "OCGM/" + groupId + "/" + Time.year(recorded / Time.DAY)
                    : "GANG-ASSESSMENT/" + groupId + "/" + Time.year(recorded / Time.DAY);
            f.assessment(out, source, recorded, from, to, null);
        }
        out.endRow();
    }

    private static String rolePhrase(String role) {
        return switch (role) {
            case "LEADER" -> "a leader";
            case "ASSOCIATE" -> "an associate";
            case "MEMBER" -> "a member";
            default -> "a " + role.toLowerCase(java.util.Locale.ROOT) + " member";
        };
    }
}
