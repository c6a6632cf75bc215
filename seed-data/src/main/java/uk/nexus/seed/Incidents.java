package uk.nexus.seed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Incidents with their involvements, and what follows from them: UK convictions (from CONVICTION incidents),
 * co-offender ties, checks on people in custody, overseas convictions found by ACRO checks, and intelligence naming
 * a suspect. Offenders are drawn in proportion to a heavy-tailed activity; co-offenders mostly from the same gang,
 * OCG or neighbourhood, so the co-offending projection is clustered.
 */
final class Incidents {

    static final String[] TYPES = {"CRIME_REPORT", "ARREST", "CUSTODY", "STOP", "SHOOTING", "STABBING", "CONVICTION"};
    static final int CRIME_REPORT = 0;
    static final int ARREST = 1;
    static final int CUSTODY = 2;
    static final int STOP = 3;
    static final int SHOOTING = 4;
    static final int STABBING = 5;
    static final int CONVICTION = 6;

    private static final String[] SOURCE_PREFIX = {"CR", "AR", "CU", "SS", "CR", "CR", "CT"};

    /** Relative frequency of each offence among incidents (codes not listed here get a small default weight). */
    private static final Map<String, Double> BASE = Map.ofEntries(
            Map.entry("POSSESSION_CLASS_B", 12.0),
            Map.entry("POSSESSION_CLASS_A", 8.0),
            Map.entry("PWITS_CLASS_A", 7.0),
            Map.entry("SUPPLY_CLASS_A", 6.0),
            Map.entry("PWITS_CLASS_B", 3.0),
            Map.entry("SUPPLY_CLASS_B", 3.0),
            Map.entry("IMPORTATION_CLASS_A", 0.2),
            Map.entry("COMMON_ASSAULT", 6.0),
            Map.entry("ABH", 6.0),
            Map.entry("WOUNDING", 2.5),
            Map.entry("WOUNDING_WITH_INTENT", 2.0),
            Map.entry("ROBBERY_PERSONAL", 7.0),
            Map.entry("ROBBERY_BUSINESS", 0.8),
            Map.entry("ROBBERY_DWELLING", 0.6),
            Map.entry("POSSESSION_BLADED_ARTICLE", 6.0),
            Map.entry("THREATENING_WITH_BLADE", 1.2),
            Map.entry("POSSESSION_FIREARM", 0.6),
            Map.entry("FIREARM_INTENT_ENDANGER_LIFE", 0.3),
            Map.entry("POSSESSION_AMMUNITION", 0.3),
            Map.entry("MURDER", 0.1),
            Map.entry("MANSLAUGHTER", 0.05),
            Map.entry("ATTEMPTED_MURDER", 0.15),
            Map.entry("BURGLARY_RESIDENTIAL", 3.0),
            Map.entry("BURGLARY_NON_RESIDENTIAL", 1.5),
            Map.entry("THEFT", 3.0),
            Map.entry("THEFT_FROM_PERSON", 2.0),
            Map.entry("VEHICLE_TAKING", 1.5),
            Map.entry("HANDLING", 1.5),
            Map.entry("CRIMINAL_DAMAGE", 2.0),
            Map.entry("PUBLIC_ORDER", 2.0),
            Map.entry("AFFRAY", 1.5),
            Map.entry("VIOLENT_DISORDER", 0.5),
            Map.entry("MONEY_LAUNDERING", 0.6),
            Map.entry("FRAUD", 1.0),
            Map.entry("DANGEROUS_DRIVING", 1.0),
            Map.entry("BREACH_OF_ORDER", 2.0),
            Map.entry("HARASSMENT", 1.0),
            Map.entry("STALKING", 0.3),
            Map.entry("CONTROLLING_BEHAVIOUR", 0.8),
            Map.entry("THREATS_TO_KILL", 0.6),
            Map.entry("KIDNAP", 0.2),
            Map.entry("RAPE", 0.3),
            Map.entry("SEXUAL_ASSAULT", 0.5),
            Map.entry("CHILD_SEXUAL_EXPLOITATION", 0.15),
            Map.entry("MODERN_SLAVERY", 0.2),
            Map.entry("ARSON_ENDANGER_LIFE", 0.2),
            Map.entry("PERVERTING_JUSTICE", 0.2),
            Map.entry("WITNESS_INTIMIDATION", 0.3));

    private static final Set<String> POSSESSION = Set.of(
            "POSSESSION_CLASS_A",
            "POSSESSION_CLASS_B",
            "POSSESSION_BLADED_ARTICLE",
            "POSSESSION_FIREARM",
            "POSSESSION_AMMUNITION",
            "PWITS_CLASS_A",
            "PWITS_CLASS_B",
            "HANDLING");
    private static final Set<String> HOMICIDE = Set.of("MURDER", "ATTEMPTED_MURDER", "MANSLAUGHTER");
    private static final Set<String> WOUNDING = Set.of("WOUNDING_WITH_INTENT", "WOUNDING");
    private static final Set<String> DOMESTIC = Set.of("CONTROLLING_BEHAVIOUR", "STALKING", "HARASSMENT");
    private static final Set<String> AT_HOME =
            Set.of("BURGLARY_RESIDENTIAL", "ROBBERY_DWELLING", "CONTROLLING_BEHAVIOUR", "STALKING", "HARASSMENT");
    private static final Set<String> BLADES = Set.of("POSSESSION_BLADED_ARTICLE", "THREATENING_WITH_BLADE");

    private static final String[] PRISON_WORDS = {"custody", "imprisonment", "detention in a young offender institution"
    };

    private final Force f;
    private final Population pop;
    private final Groups groups;
    private final Intel intel;
    private final Identities names;
    private final Referrals referrals;
    private final Network network;

    private final Weighted gangOffences;
    private final Weighted ocgOffences;
    private final Weighted otherOffences;
    private final Weighted[] typeByOffence;
    private final double[] victimShare;
    private final String[] lowerDescription;
    private final double[] cumulativeActivity;
    /** 0 = no ACRO check yet, 1 = no overseas record, 2 = overseas convictions found. */
    private final byte[] overseas;

    Incidents(
            Force f,
            Population pop,
            Groups groups,
            Intel intel,
            Identities names,
            Referrals referrals,
            Network network) {
        this.f = f;
        this.pop = pop;
        this.groups = groups;
        this.intel = intel;
        this.names = names;
        this.referrals = referrals;
        this.network = network;
        List<ReferenceData.Offence> offences = f.offences;
        int count = offences.size();
        double[] gang = new double[count];
        double[] ocg = new double[count];
        double[] other = new double[count];
        typeByOffence = new Weighted[count];
        victimShare = new double[count];
        lowerDescription = new String[count];
        for (int o = 0; o < count; o++) {
            ReferenceData.Offence off = offences.get(o);
            String code = off.code();
            double base = BASE.getOrDefault(code, 0.1);
            gang[o] = base * gangFactor(off);
            ocg[o] = base * ocgFactor(off);
            other[o] = base * otherFactor(off);
            typeByOffence[o] = typeMix(code);
            victimShare[o] = victimShare(off);
            String d = off.description();
            lowerDescription[o] = Character.toLowerCase(d.charAt(0)) + d.substring(1);
        }
        gangOffences = new Weighted(gang);
        ocgOffences = new Weighted(ocg);
        otherOffences = new Weighted(other);
        cumulativeActivity = new double[f.subjects()];
        double sum = 0;
        for (int s = 0; s < f.subjects(); s++) {
            sum += f.activity[s];
            cumulativeActivity[s] = sum;
        }
        overseas = new byte[f.subjects()];
    }

    private static double gangFactor(ReferenceData.Offence off) {
        String c = off.code();
        if (c.startsWith("SUPPLY") || c.startsWith("PWITS")) {
            return 2;
        }
        if (c.equals("ROBBERY_PERSONAL")) {
            return 1.8;
        }
        if (off.category().equals("WEAPONS") || HOMICIDE.contains(c) || WOUNDING.contains(c)) {
            return 2.5;
        }
        if (c.equals("IMPORTATION_CLASS_A") || c.equals("FRAUD")) {
            return 0.3;
        }
        if (off.category().equals("SEXUAL_OFFENCES") || DOMESTIC.contains(c) || c.equals("MONEY_LAUNDERING")) {
            return 0.5;
        }
        return 1;
    }

    private static double ocgFactor(ReferenceData.Offence off) {
        String c = off.code();
        return switch (c) {
            case "IMPORTATION_CLASS_A" -> 15;
            case "MODERN_SLAVERY" -> 10;
            case "MONEY_LAUNDERING" -> 8;
            case "FRAUD", "KIDNAP" -> 3;
            case "SUPPLY_CLASS_A", "PWITS_CLASS_A", "POSSESSION_FIREARM", "FIREARM_INTENT_ENDANGER_LIFE" -> 2;
            case "POSSESSION_CLASS_A", "POSSESSION_CLASS_B", "ROBBERY_PERSONAL", "PUBLIC_ORDER", "COMMON_ASSAULT" ->
                0.3;
            default -> off.category().equals("THEFT") ? 0.5 : 1;
        };
    }

    private static double otherFactor(ReferenceData.Offence off) {
        String c = off.code();
        if (c.startsWith("POSSESSION_CLASS")
                || off.category().equals("THEFT")
                || off.category().equals("BURGLARY")
                || DOMESTIC.contains(c)) {
            return 1.4;
        }
        if (c.equals("IMPORTATION_CLASS_A") || c.equals("MODERN_SLAVERY")) {
            return 0.1;
        }
        if (off.capability().equals("FIREARMS") || HOMICIDE.contains(c)) {
            return 0.3;
        }
        if (WOUNDING.contains(c)) {
            return 0.6;
        }
        return 1;
    }

    /** How an offence comes to police notice: weights over {@link #TYPES}. */
    private static Weighted typeMix(String code) {
        if (POSSESSION.contains(code)) {
            return new Weighted(10, 15, 22, 42, 0, 0, 11);
        }
        if (code.equals("FIREARM_INTENT_ENDANGER_LIFE")) {
            return new Weighted(15, 5, 10, 0, 58, 0, 12);
        }
        if (HOMICIDE.contains(code)) {
            return new Weighted(20, 5, 12, 0, 15, 35, 13);
        }
        if (WOUNDING.contains(code)) {
            return new Weighted(28, 8, 12, 0, 5, 34, 13);
        }
        if (code.equals("THREATENING_WITH_BLADE") || code.equals("VEHICLE_TAKING")) {
            return new Weighted(37, 15, 22, 15, 0, 0, 11);
        }
        return new Weighted(42, 15, 31, 0, 0, 0, 12);
    }

    private static double victimShare(ReferenceData.Offence off) {
        return switch (off.category()) {
            case "SEXUAL_OFFENCES" -> 0.45;
            case "VIOLENCE_AGAINST_THE_PERSON", "ROBBERY", "EXPLOITATION" -> 0.22;
            case "BURGLARY" -> 0.08;
            case "OTHER" -> off.code().equals("WITNESS_INTIMIDATION") ? 0.4 : 0;
            case "CRIMINAL_DAMAGE", "PUBLIC_ORDER" -> 0.04;
            case "THEFT" -> off.code().equals("THEFT_FROM_PERSON") ? 0.1 : 0;
            default -> 0;
        };
    }

    private int sampleLead(Rng rng) {
        double x = rng.nextDouble() * cumulativeActivity[cumulativeActivity.length - 1];
        int lo = 0;
        int hi = cumulativeActivity.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeActivity[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    void generate() {
        Rng rng = Rng.stream(f.seed, "incidents");
        int total = f.settings.incidents();
        int forced = Math.min(total, referrals.custodyReferrals.length);
        int step = Math.max(1, total / 10);
        int[] offenders = new int[4];
        IntList involved = new IntList(8);
        for (int idx = 0; idx < total; idx++) {
            if (idx > 0 && idx % step == 0 && f.subjects() >= 100_000) {
                f.progress.line(String.format(Locale.ROOT, "incidents: %,d of %,d", idx, total));
            }
            int lead;
            long at;
            int type;
            int offence;
            if (idx < forced) {
                int r = referrals.custodyReferrals[idx];
                lead = referrals.subject[r];
                at = referrals.created[r] - rng.betweenLong(2 * 3_600, 36 * 3_600);
                offence = offenceFor(lead, rng);
                type = CUSTODY;
                referrals.custodyIncident[idx] = idx;
                referrals.custodyOffence[idx] = offence;
            } else {
                lead = sampleLead(rng);
                at = f.pastInstant(rng, 1_100, 6);
                offence = offenceFor(lead, rng);
                type = typeByOffence[offence].sample(rng);
            }
            boolean identified = type == CONVICTION
                    || type == CUSTODY
                    || type == ARREST
                    || type == STOP
                    || idx < forced
                    || rng.chance(type == CRIME_REPORT ? 0.2 : 0.35);
            int count = 0;
            if (identified) {
                offenders[count++] = lead;
                double r = rng.nextDouble();
                int want = type == CUSTODY || type == STOP
                        ? (r < 0.94 ? 1 : 2)
                        : r < 0.82 ? 1 : r < 0.95 ? 2 : r < 0.99 ? 3 : 4;
                for (int attempt = 0; count < want && attempt < want * 3; attempt++) {
                    int co = coOffender(lead, rng);
                    if (co >= 0 && !contains(offenders, count, co)) {
                        offenders[count++] = co;
                    }
                }
            }
            writeIncident(idx, type, offence, lead, at, offenders, count, involved, rng);
        }
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private int offenceFor(int lead, Rng rng) {
        if (f.ocg[lead] >= 0 && (f.gang[lead] < 0 || rng.chance(0.5))) {
            return ocgOffences.sample(rng);
        }
        return f.gang[lead] >= 0 ? gangOffences.sample(rng) : otherOffences.sample(rng);
    }

    private int coOffender(int lead, Rng rng) {
        if (f.gang[lead] >= 0 && rng.chance(0.8)) {
            int[] m = groups.gangMembers[f.gang[lead]];
            return m[rng.nextInt(m.length)];
        }
        if (f.ocg[lead] >= 0 && rng.chance(0.7)) {
            int[] m = groups.ocgMembers[f.ocg[lead]];
            return m[rng.nextInt(m.length)];
        }
        return pop.near(pop.offendersByNbh, f.nbh[lead], rng);
    }

    private int location(int type, int offence, int lead, int victim, Rng rng) {
        int k = f.nbh[lead];
        if (type == CUSTODY) {
            return f.geo.custodySuite(f.geo.boroughOfNbh(k));
        }
        if (type == CONVICTION) {
            return -1;
        }
        if (AT_HOME.contains(f.offences.get(offence).code())) {
            return victim >= 0 && f.home[victim] >= 0 ? f.home[victim] : f.geo.randomAddress(k, rng);
        }
        double r = rng.nextDouble();
        int where = r < 0.65 ? k : r < 0.9 ? f.geo.nearbyNbh(k, rng) : rng.nextInt(f.geo.neighbourhoods());
        return f.geo.publicPlace(where, rng);
    }

    private void writeIncident(
            int idx, int type, int offence, int lead, long at, int[] offenders, int count, IntList involved, Rng rng) {
        ReferenceData.Offence off = f.offences.get(offence);
        long day = Math.floorDiv(at, Time.DAY);
        long recorded = f.clampPast(at + rng.betweenLong(600, 3 * Time.DAY));
        String id = f.incidentId(idx);
        String source = SOURCE_PREFIX[type] + "/"
                + (type == CUSTODY ? Geography.BOROUGH_CODES[f.geo.boroughOfNbh(f.nbh[lead])] + "/" : "")
                + Time.year(day) + "/" + (1_000_000 + idx);
        // a victim is chosen first so that crimes at home happen at the victim's address
        double pv = type == SHOOTING || type == STABBING ? 0.6 : victimShare[offence];
        int victim = rng.chance(pv) ? victim(lead, offence, offenders, count, rng) : -1;
        int loc = location(type, offence, lead, victim, rng);
        int borough = loc >= 0 ? f.geo.boroughOfLocation(loc) : f.geo.boroughOfNbh(f.nbh[lead]);
        String place = loc >= 0 ? f.geo.name(loc) : "";
        String court = f.geo.boroughName(borough) + (off.harmDays() >= 365 ? " Crown Court" : " Magistrates' Court");
        String summary = switch (type) {
            case STOP -> "Stop and search at " + place + ": " + lowerDescription[offence] + ".";
            case ARREST -> "Arrest at " + place + " on suspicion of " + lowerDescription[offence] + ".";
            case CUSTODY -> "Detained at " + place + ": " + lowerDescription[offence] + ".";
            case SHOOTING -> "Shots fired at " + place + ": " + lowerDescription[offence] + ".";
            case STABBING -> "Stabbing at " + place + ": " + lowerDescription[offence] + ".";
            case CONVICTION -> "Convicted at " + court + ": " + lowerDescription[offence] + ".";
            default -> off.description() + " reported at " + place + ".";
        };
        CsvFile out = f.out.incidents;
        out.add(id).add(TYPES[type]).add(off.code()).instant(at).add(loc >= 0 ? f.locationId(loc) : "");
        out.add(f.geo.boroughName(borough)).add(summary);
        long review = rng.chance(0.05) ? day + rng.between(365, 1_095) : day + 6 * 365 + rng.between(30, 400);
        out.date(review).add(source).instant(recorded).endRow();

        involved.clear();
        for (int i = 0; i < count; i++) {
            int s = offenders[i];
            involved.add(s);
            String[] co = categoryAndOutcome(type, rng);
            involvement(s, id, co[0], co[1], source, recorded, day);
            f.seen(s, at);
            track(s, off, type);
            if (type == CONVICTION) {
                conviction(s, offence, day, court, id, source, recorded, rng);
            }
            if (type == CUSTODY) {
                f.lastCustody[s] = idx;
                f.lastCustodyAt[s] = at;
                checks(s, id, at, source, rng);
            }
        }
        if (type == CONVICTION) {
            for (int i = 0; i < count; i++) {
                for (int j = i + 1; j < count; j++) {
                    network.coOffenders(offenders[i], offenders[j], source, recorded, day);
                }
            }
        }
        if (victim >= 0 && !involved.contains(victim)) {
            involved.add(victim);
            involvement(victim, id, "VICTIM", "", source, recorded, day);
            f.seen(victim, at);
            if (DOMESTIC.contains(off.code()) && count > 0 && f.kind[victim] != Force.OFFENDER) {
                network.associate(
                        offenders[0],
                        victim,
                        Network.PARTNER,
                        "3",
                        null,
                        source,
                        recorded,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE,
                        true);
            }
        }
        double pw = 0.015 + (type == SHOOTING || type == STABBING ? 0.2 : 0);
        if (rng.chance(pw)) {
            int w = rng.chance(0.8)
                    ? pop.near(pop.witnessesByNbh, f.nbh[lead], rng)
                    : pop.near(pop.othersByNbh, f.nbh[lead], rng);
            if (w >= 0 && !involved.contains(w)) {
                involved.add(w);
                involvement(w, id, "WITNESS", "", source, recorded, day);
                f.seen(w, at);
            }
        }
        if (rng.chance(0.005)) {
            int o = pop.near(pop.othersByNbh, f.nbh[lead], rng);
            if (o >= 0 && !involved.contains(o)) {
                involved.add(o);
                involvement(o, id, "OTHER", "", source, recorded, day);
                f.seen(o, at);
            }
        }
        if ((type == SHOOTING || type == STABBING || type == CRIME_REPORT) && rng.chance(count == 0 ? 0.1 : 0.04)) {
            intelSuspect(lead, id, offence, place, at, day, involved, rng);
        }
    }

    private static final String[][] CUSTODY_OUTCOMES = {
        {"OFFENDER", "CHARGED"}, {"OFFENDER", "CAUTIONED"}, {"SUSPECT", "ARRESTED"}, {"SUSPECT", "NO_FURTHER_ACTION"}
    };
    private static final Weighted CUSTODY_MIX = new Weighted(40, 10, 30, 20);
    private static final Weighted ARREST_MIX = new Weighted(20, 0, 60, 20);
    private static final Weighted STOP_MIX = new Weighted(15, 25, 25, 35);
    private static final String[][] REPORT_OUTCOMES = {
        {"SUSPECT", "SUSPECTED"}, {"SUSPECT", "ARRESTED"}, {"SUSPECT", "NO_FURTHER_ACTION"}, {"OFFENDER", "CHARGED"}
    };
    private static final Weighted REPORT_MIX = new Weighted(50, 25, 15, 10);

    private static String[] categoryAndOutcome(int type, Rng rng) {
        return switch (type) {
            case CONVICTION -> new String[] {"OFFENDER", "CONVICTED"};
            case CUSTODY -> CUSTODY_OUTCOMES[CUSTODY_MIX.sample(rng)];
            case ARREST -> CUSTODY_OUTCOMES[ARREST_MIX.sample(rng)];
            case STOP -> CUSTODY_OUTCOMES[STOP_MIX.sample(rng)];
            default -> REPORT_OUTCOMES[REPORT_MIX.sample(rng)];
        };
    }

    private void involvement(
            int s, String incident, String category, String outcome, String source, long rec, long day) {
        CsvFile out = f.out.involvements;
        out.add(f.subjectId(s)).add(incident).add(category).add(outcome);
        f.fact(out, source, rec, day, Long.MIN_VALUE);
        out.endRow();
    }

    private void track(int s, ReferenceData.Offence off, int type) {
        int caps = f.caps[s];
        switch (off.capability()) {
            case "FIREARMS" -> caps |= Force.CAP_FIREARMS;
            case "SERIOUS_VIOLENCE" -> caps |= Force.CAP_VIOLENCE;
            case "DRUGS" -> caps |= Force.CAP_DRUGS;
            case "EXPLOITATION" -> caps |= Force.CAP_EXPLOITATION;
            default -> {}
        }
        if (BLADES.contains(off.code()) || type == STABBING) {
            caps |= Force.CAP_BLADES;
        }
        if (type == SHOOTING) {
            caps |= Force.CAP_FIREARMS;
        }
        f.caps[s] = (byte) caps;
    }

    private int victim(int lead, int offence, int[] offenders, int count, Rng rng) {
        String code = f.offences.get(offence).code();
        int g = f.gang[lead];
        boolean violent = f.offences.get(offence).category().equals("VIOLENCE_AGAINST_THE_PERSON")
                || f.offences.get(offence).capability().equals("FIREARMS");
        if (g >= 0 && violent && !groups.rivals[g].isEmpty() && rng.chance(0.45)) {
            // gang violence: the victim is a member of a rival gang
            int[] rival = groups.gangMembers[groups.rivals[g].get(rng.nextInt(groups.rivals[g].size()))];
            if (rival.length > 0) {
                int v = rival[rng.nextInt(rival.length)];
                if (!contains(offenders, count, v)) {
                    return v;
                }
            }
        }
        if (DOMESTIC.contains(code)) {
            for (int attempt = 0; attempt < 4; attempt++) {
                int v = pop.near(pop.victimsByNbh, f.nbh[lead], rng);
                if (v >= 0 && f.gender[v] != f.gender[lead]) {
                    return v;
                }
            }
        }
        int v = rng.chance(0.62)
                ? pop.near(pop.victimsByNbh, f.nbh[lead], rng)
                : pop.near(pop.offendersByNbh, f.nbh[lead], rng);
        return v >= 0 && !contains(offenders, count, v) ? v : -1;
    }

    private void intelSuspect(
            int lead, String incident, int offence, String place, long at, long day, IntList involved, Rng rng) {
        int suspect = f.gang[lead] >= 0
                ? groups.gangMembers[f.gang[lead]][rng.nextInt(groups.gangMembers[f.gang[lead]].length)]
                : lead;
        if (involved.contains(suspect) || f.kind[suspect] != Force.OFFENDER) {
            return;
        }
        long recorded = f.clampPast(at + rng.betweenLong(Time.DAY, 20 * Time.DAY));
        Intel.Report r = intel.report(
                rng,
                recorded,
                names.of(suspect).display() + " is believed to have been involved in the "
                        + lowerDescription[offence] + (place.isEmpty() ? "" : " at " + place) + " on "
                        + Time.date(day) + " (" + incident + ").");
        intel.mention(r, suspect, "SUBJECT");
        CsvFile out = f.out.involvements;
        out.add(f.subjectId(suspect)).add(incident).add("SUSPECT").add("SUSPECTED");
        f.assessment(out, r.id(), recorded, day, Long.MIN_VALUE, r.grade());
        out.endRow();
        involved.add(suspect);
        f.seen(suspect, at);
        track(suspect, f.offences.get(offence), -1);
    }

    private void conviction(
            int s, int offence, long day, String court, String incident, String source, long recorded, Rng rng) {
        ReferenceData.Offence off = f.offences.get(offence);
        int harm = off.harmDays();
        String sentence;
        double factor = 0.5 + rng.nextDouble();
        if (harm >= 180) {
            int months = Math.max(6, (int) (harm / 30.4 * factor));
            sentence = months >= 48 && months % 12 < 6
                    ? (months / 12) + " years " + rng.pick(PRISON_WORDS)
                    : months + " months " + rng.pick(PRISON_WORDS);
            network.custodial.add(s);
            network.custodialPrison.add(rng.nextInt(Geography.prisons()));
            network.custodialDay.add((int) day);
        } else if (harm >= 28) {
            sentence = rng.chance(0.5)
                    ? Math.max(4, (int) (harm / 7 * factor)) + " weeks imprisonment suspended for 12 months"
                    : "Community order 12 months with unpaid work";
        } else {
            sentence = rng.chance(0.6) ? "Fine £" + (50 * rng.between(2, 20)) : "Conditional discharge 12 months";
        }
        CsvFile out = f.out.convictions;
        out.add(f.id("CONV", f.convictionCount++))
                .add(f.subjectId(s))
                .add(off.code())
                .date(day)
                .add("GBR");
        out.add(court).add(sentence).add(incident).add(source).instant(recorded).endRow();
        f.ukConvictions[s]++;
    }

    private void checks(int s, String incident, long at, String source, Rng rng) {
        People.Nationality nat = f.nationalityOf(s);
        boolean foreign = !nat.british();
        check(s, "PNC", incident, at, source, rng.chance(0.35), rng);
        if (foreign) {
            check(s, "ACRO", incident, at, source, rng.chance(0.85), rng);
            check(s, "INTERPOL", incident, at, source, rng.chance(0.3), rng);
        }
        if (nat.eu()) {
            check(s, "SIS_II", incident, at, source, rng.chance(0.6), rng);
            check(s, "EAW", incident, at, source, rng.chance(0.12), rng);
        }
    }

    private void check(int s, String kind, String incident, long at, String source, boolean run, Rng rng) {
        if (!run) {
            return;
        }
        long requested = f.clampPast(at + rng.betweenLong(1_800, 6 * 3_600));
        long completed = requested
                + switch (kind) {
                    case "PNC" -> rng.betweenLong(60, 1_800);
                    case "ACRO" -> rng.betweenLong(Time.DAY, 20 * Time.DAY);
                    case "INTERPOL" -> rng.betweenLong(Time.DAY, 5 * Time.DAY);
                    case "SIS_II" -> rng.betweenLong(300, 12 * 3_600);
                    default -> rng.betweenLong(3_600, 3 * Time.DAY);
                };
        boolean pending = completed >= f.now - 60;
        String result;
        String summary;
        String country = People.foreignNationality(f.nationalityOf(s).cell());
        String where = country == null ? "the country of origin" : People.countryName(country);
        switch (kind) {
            case "PNC" -> {
                double r = rng.nextDouble();
                result = r < 0.02 ? "WANTED" : f.ukConvictions[s] > 0 || r < 0.6 ? "TRACE" : "NO_TRACE";
                summary = result.equals("WANTED")
                        ? "Circulated as wanted on PNC."
                        : result.equals("TRACE") ? "PNC record held." : "No PNC record.";
            }
            case "ACRO" -> {
                if (pending) {
                    result = "PENDING";
                    summary = "Request sent to " + where + " via ACRO.";
                } else {
                    if (overseas[s] == 0) {
                        overseas[s] = (byte) (country != null && rng.chance(0.25) ? 2 : 1);
                        if (overseas[s] == 2) {
                            overseasConvictions(s, country, requested, completed, rng);
                        }
                    }
                    result = overseas[s] == 2 ? "TRACE" : "NO_TRACE";
                    summary = overseas[s] == 2
                            ? "Convictions recorded in " + where + " (ACRO/" + Time.year(requested / Time.DAY) + "/"
                                    + (100_000 + s) + ")."
                            : "No convictions recorded in " + where + ".";
                }
            }
            case "INTERPOL" -> {
                double r = rng.nextDouble();
                result = r < 0.01 ? "WANTED" : r < 0.05 ? "TRACE" : "NO_TRACE";
                summary = result.equals("WANTED")
                        ? "Red notice in force (" + where + ")."
                        : result.equals("TRACE") ? "Diffusion on record; no warrant." : "No trace on I-24/7.";
            }
            case "SIS_II" -> {
                double r = rng.nextDouble();
                result = r < 0.015 ? "WANTED" : r < 0.045 ? "TRACE" : "NO_TRACE";
                summary = result.equals("WANTED")
                        ? "Article 26 alert: wanted for arrest and surrender."
                        : result.equals("TRACE") ? "Discreet check alert on record." : "No SIS II alert.";
            }
            default -> {
                result = rng.chance(0.1) ? "WANTED" : "NO_TRACE";
                summary = result.equals("WANTED")
                        ? "European arrest warrant issued by " + where + "."
                        : "No arrest warrant found.";
            }
        }
        if (pending && !result.equals("PENDING")) {
            result = "PENDING";
            summary = "Awaiting result.";
        }
        CsvFile out = f.out.checks;
        out.add(f.id("CHK", f.checkCount++)).add(f.subjectId(s)).add(kind).instant(requested);
        if (pending) {
            out.empty();
        } else {
            out.instant(completed);
        }
        out.add(result)
                .add(summary)
                .add(incident)
                .add(source)
                .instant(requested)
                .endRow();
    }

    private void overseasConvictions(int s, String country, long requested, long completed, Rng rng) {
        int n = rng.between(1, 3);
        long earliest = f.dob[s] + 16 * 365L;
        for (int i = 0; i < n; i++) {
            long day = requested / Time.DAY - rng.between(200, 4_000);
            if (day < earliest) {
                continue;
            }
            ReferenceData.Offence off = f.offences.get(otherOffences.sample(rng));
            CsvFile out = f.out.convictions;
            out.add(f.id("CONV", f.convictionCount++))
                    .add(f.subjectId(s))
                    .add(off.code())
                    .date(day)
                    .add(country);
            out.add("Court in " + People.countryName(country));
            out.add(off.harmDays() >= 180 ? rng.between(6, 60) + " months imprisonment" : "Fine");
            out.empty()
                    .add("ACRO/" + Time.year(requested / Time.DAY) + "/" + (100_000 + s))
                    .instant(completed);
            out.endRow();
        }
    }
}
