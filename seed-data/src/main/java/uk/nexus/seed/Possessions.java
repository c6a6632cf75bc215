package uk.nexus.seed;

import org.jspecify.annotations.Nullable;

/**
 * Phones, vehicles and weapons with who uses them, and the places linked to each subject. Shared objects and places
 * are linkage signals: deal-line phones used by several gang members, a gang's firearm, mopeds, stash addresses,
 * family homes.
 */
final class Possessions {

    private static final String[][] VEHICLES = {
        {"Mercedes-Benz", "C-Class"},
        {"BMW", "3 Series"},
        {"Audi", "A3"},
        {"Volkswagen", "Golf"},
        {"Ford", "Fiesta"},
        {"Toyota", "Prius"},
        {"Land Rover", "Range Rover Sport"},
        {"Vauxhall", "Corsa"},
        {"Honda", "PCX125"},
        {"Yamaha", "NMAX 125"},
        {"Peugeot", "208"},
        {"Nissan", "Qashqai"},
        {"Mercedes-Benz", "Sprinter"},
        {"Ford", "Transit"},
        {"Kia", "Sportage"}
    };

    private static final String[] COLOURS = {"Black", "White", "Silver", "Grey", "Blue", "Red", "Green"};

    private static final String[] FIREARMS = {
        "Converted blank-firing pistol", "Sawn-off shotgun", "Self-loading pistol (9mm)", "Revolver", "Sub-machine gun"
    };
    private static final String[] BLADES = {"Zombie knife", "Machete", "Kitchen knife", "Lock knife", "Combat knife"};

    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";

    private final Force f;
    private final Groups groups;
    private final Intel intel;
    private final Identities names;

    private int phones;
    private int vehicles;
    private int weapons;

    Possessions(Force f, Groups groups, Intel intel, Identities names) {
        this.f = f;
        this.groups = groups;
        this.intel = intel;
        this.names = names;
    }

    void generate() {
        Rng rng = Rng.stream(f.seed, "possessions");
        for (int g = 0; g < groups.gangCount; g++) {
            gangObjects(g, rng);
        }
        for (int o = 0; o < groups.ocgCount; o++) {
            ocgObjects(o, rng);
        }
        for (int s = 0; s < f.subjects(); s++) {
            personal(s, rng);
        }
        places(Rng.stream(f.seed, "places"));
    }

    private String phone(Rng rng, boolean burner) {
        int p = phones++;
        String number;
        if (p < 1_000) {
            // Ofcom's range reserved for drama: never a real subscriber
            number = String.format(java.util.Locale.ROOT, "07700 900%03d", p);
        } else {
            long scrambled = (p * 387_420_489L + 123_456_789L) % 1_000_000_000L;
            String digits = String.format(java.util.Locale.ROOT, "%09d", scrambled);
            number = "07" + digits.substring(0, 3) + " " + digits.substring(3);
        }
        String id = f.id("PH", p);
        f.out.phones.add(id).add(number).add(burner ? "BURNER" : "MOBILE").endRow();
        return id;
    }

    private String vehicle(Rng rng) {
        String id = f.id("VEH", vehicles++);
        String[] mm = rng.pick(VEHICLES);
        // the letter I is never issued in the random part of a current-format registration mark
        String vrm = "" + PLATE_LETTERS.charAt(rng.nextInt(PLATE_LETTERS.length()))
                + PLATE_LETTERS.charAt(rng.nextInt(PLATE_LETTERS.length()))
                + String.format(
                        java.util.Locale.ROOT, "%02d", rng.chance(0.5) ? rng.between(15, 25) : rng.between(65, 75))
                + " I" + PLATE_LETTERS.charAt(rng.nextInt(PLATE_LETTERS.length()))
                + PLATE_LETTERS.charAt(rng.nextInt(PLATE_LETTERS.length()));
        f.out.vehicles
                .add(id)
                .add(vrm)
                .add(mm[0])
                .add(mm[1])
                .add(rng.pick(COLOURS))
                .endRow();
        return id;
    }

    private String weapon(String kind, String description) {
        String id = f.id("WPN", weapons++);
        f.out.weapons.add(id).add(kind).add(description).endRow();
        return id;
    }

    private void useFact(int s, String type, String object, Rng rng) {
        long recorded = f.pastInstant(rng, 700, 5);
        String source = (rng.chance(0.5) ? "SS/" : "CU/" + Geography.BOROUGH_CODES[f.geo.boroughOfNbh(f.nbh[s])] + "/")
                + Time.year(recorded / Time.DAY) + "/" + (1_000_000 + rng.nextInt(8_999_999));
        CsvFile out = f.out.uses;
        out.add(f.subjectId(s)).add(type).add(object);
        f.fact(out, source, recorded, recorded / Time.DAY, Long.MIN_VALUE);
        out.endRow();
    }

    /** One intelligence report attributing a shared object to several subjects. */
    private void useShared(int[] users, int count, String type, String object, String what, Rng rng) {
        long recorded = f.pastInstant(rng, 500, 4);
        StringBuilder text = new StringBuilder(what).append(" (").append(object).append(") is used by ");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : i == count - 1 ? " and " : ", ")
                    .append(names.of(users[i]).display());
        }
        Intel.Report r = intel.report(rng, recorded, text.append('.').toString());
        for (int i = 0; i < count; i++) {
            intel.mention(r, users[i], i == 0 ? "SUBJECT" : "ASSOCIATE");
            CsvFile out = f.out.uses;
            out.add(f.subjectId(users[i])).add(type).add(object);
            f.assessment(out, r.id(), recorded, recorded / Time.DAY - rng.between(0, 90), Long.MIN_VALUE, r.grade());
            out.endRow();
        }
    }

    private int distinctUsers(int[] members, int[] users, int want, Rng rng) {
        int count = 0;
        for (int attempt = 0; attempt < want * 3 && count < want; attempt++) {
            int s = members[rng.nextInt(members.length)];
            boolean dup = false;
            for (int i = 0; i < count; i++) {
                dup |= users[i] == s;
            }
            if (!dup) {
                users[count++] = s;
            }
        }
        return count;
    }

    private void gangObjects(int g, Rng rng) {
        int[] members = groups.gangMembers[g];
        if (members.length < 2) {
            return;
        }
        int[] users = new int[6];
        if (groups.gangActivity[g] == 0) {
            int lines = rng.between(1, 3);
            for (int l = 0; l < lines; l++) {
                int n = distinctUsers(members, users, rng.between(2, 5), rng);
                useShared(users, n, "PHONE", phone(rng, true), "A deal line", rng);
            }
        }
        if (groups.gangHasFirearms(g) || rng.chance(0.3)) {
            int n = distinctUsers(members, users, rng.between(2, 4), rng);
            useShared(users, n, "WEAPON", weapon("FIREARM", rng.pick(FIREARMS)), "A firearm", rng);
        }
        if (rng.chance(0.35)) {
            int n = distinctUsers(members, users, rng.between(2, 3), rng);
            useShared(users, n, "VEHICLE", vehicle(rng), "A moped", rng);
        }
    }

    private void ocgObjects(int o, Rng rng) {
        int[] members = groups.ocgMembers[o];
        if (members.length < 2) {
            return;
        }
        int[] users = new int[6];
        int n = distinctUsers(members, users, rng.between(2, 3), rng);
        useShared(users, n, "VEHICLE", vehicle(rng), "A vehicle", rng);
        if (groups.ocgActivity[o] == 1) {
            n = distinctUsers(members, users, rng.between(1, 3), rng);
            useShared(users, n, "WEAPON", weapon("FIREARM", rng.pick(FIREARMS)), "A firearm", rng);
            n = distinctUsers(members, users, 1, rng);
            useShared(
                    users,
                    n,
                    "WEAPON",
                    weapon("AMMUNITION", rng.between(10, 200) + " rounds of 9mm ammunition"),
                    "Ammunition",
                    rng);
        }
    }

    private void personal(int s, Rng rng) {
        if (f.kind[s] != Force.OFFENDER) {
            if (rng.chance(0.08)) {
                useFact(s, "PHONE", phone(rng, false), rng);
            }
            return;
        }
        double pPhone = f.ocg[s] >= 0 ? 0.7 : f.gang[s] >= 0 ? 0.5 : 0.18;
        if (rng.chance(pPhone)) {
            int count = f.ocg[s] >= 0 && f.ocgRole[s] <= 2 ? rng.between(1, 3) : 1;
            for (int i = 0; i < count; i++) {
                useFact(s, "PHONE", phone(rng, i > 0), rng);
            }
        }
        if (rng.chance(f.ocg[s] >= 0 ? 0.25 : 0.08)) {
            useFact(s, "VEHICLE", vehicle(rng), rng);
        }
        if ((f.caps[s] & Force.CAP_BLADES) != 0 && rng.chance(0.3)) {
            useFact(s, "WEAPON", weapon("BLADE", rng.pick(BLADES)), rng);
        }
        if ((f.caps[s] & Force.CAP_FIREARMS) != 0 && rng.chance(0.1)) {
            useFact(s, "WEAPON", weapon("FIREARM", rng.pick(FIREARMS)), rng);
        }
    }

    private void place(
            int s,
            int loc,
            String kind,
            String source,
            long recorded,
            long from,
            long to,
            Intel.@Nullable Report report) {
        CsvFile out = f.out.subjectLocations;
        out.add(f.subjectId(s)).add(f.locationId(loc)).add(kind);
        if (report == null) {
            f.fact(out, source, recorded, from, to);
        } else {
            f.assessment(out, report.id(), recorded, from, to, report.grade());
        }
        out.endRow();
    }

    private void places(Rng rng) {
        for (int s = 0; s < f.subjects(); s++) {
            int k = f.nbh[s];
            long recorded = f.pastInstant(rng, 900, 6);
            String source =
                    f.kind[s] == Force.OFFENDER ? "PNC" : "CR/" + Time.year(recorded / Time.DAY) + "/witness-details";
            if (f.home[s] >= 0) {
                place(
                        s,
                        f.home[s],
                        "HOME",
                        source,
                        recorded,
                        recorded / Time.DAY - rng.between(0, 700),
                        Long.MIN_VALUE,
                        null);
                if (rng.chance(0.07)) {
                    int former = f.geo.randomAddress(f.geo.nearbyNbh(k, rng), rng);
                    if (former != f.home[s]) {
                        long to = recorded / Time.DAY - rng.between(1, 300);
                        place(s, former, "FORMER_HOME", source, recorded, to - rng.between(200, 2_000), to, null);
                    }
                }
            }
            if (rng.chance(f.kind[s] == Force.OFFENDER ? 0.04 : 0.06)) {
                place(
                        s,
                        f.geo.venue(f.geo.nearbyNbh(k, rng), rng.nextInt(Geography.VENUE_COUNT)),
                        "WORK",
                        source,
                        recorded,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE,
                        null);
            }
        }
        for (int g = 0; g < groups.gangCount; g++) {
            int[] members = groups.gangMembers[g];
            int k = groups.gangNbh[g];
            int turf = rng.chance(0.6) ? f.geo.estate(k, 0) : f.geo.venue(k, rng.nextInt(Geography.VENUE_COUNT));
            long recorded = f.pastInstant(rng, 500, 4);
            for (int s : members) {
                if (rng.chance(0.5)) {
                    place(
                            s,
                            turf,
                            "FREQUENTS",
                            "GANG-ASSESSMENT/" + f.groupId(false, g) + "/" + Time.year(recorded / Time.DAY),
                            recorded,
                            Long.MIN_VALUE,
                            Long.MIN_VALUE,
                            null);
                }
            }
            if (groups.gangActivity[g] == 0 && members.length >= 3) {
                // a stash address, often the flat of a vulnerable person taken over by the gang
                int stash = f.geo.randomAddress(k, rng);
                int[] users = new int[3];
                int n = distinctUsers(members, users, rng.between(1, 3), rng);
                long at = f.pastInstant(rng, 400, 3);
                StringBuilder text = new StringBuilder("Drugs are believed to be stored at ")
                        .append(f.geo.name(stash))
                        .append(" by ");
                for (int i = 0; i < n; i++) {
                    text.append(i == 0 ? "" : i == n - 1 ? " and " : ", ")
                            .append(names.of(users[i]).display());
                }
                Intel.Report r = intel.report(rng, at, text.append('.').toString());
                for (int i = 0; i < n; i++) {
                    intel.mention(r, users[i], i == 0 ? "SUBJECT" : "ASSOCIATE");
                    place(users[i], stash, "STASH", r.id(), at, at / Time.DAY - rng.between(0, 60), Long.MIN_VALUE, r);
                }
            }
        }
    }
}
