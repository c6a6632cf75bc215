package uk.nexus.seed;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state shared by the generation phases: settings, reference tables, the open bundle and the per-subject facts
 * that later phases depend on, held in primitive arrays (a few dozen bytes per subject) so that a million subjects
 * fit comfortably; everything else is streamed to disk as soon as it is made.
 */
final class Force {

    static final byte OFFENDER = 0;
    static final byte VICTIM_ONLY = 1;
    static final byte WITNESS_ONLY = 2;
    static final byte OTHER = 3;

    static final String[] GENDERS = {"M", "F", "X", "U"};
    static final String[] GANG_ROLES = {"LEADER", "CORE", "MEMBER", "PERIPHERAL", "ASSOCIATE"};
    static final String[] OCG_ROLES = {"LEADER", "PRINCIPAL", "SIGNIFICANT", "PERIPHERAL", "ASSOCIATE"};

    static final int CAP_FIREARMS = 1;
    static final int CAP_VIOLENCE = 2;
    static final int CAP_DRUGS = 4;
    static final int CAP_EXPLOITATION = 8;
    static final int CAP_BLADES = 16;

    /** Users of the fictional force (the four demo users and some officers). */
    static final String[] CREATORS = {"analyst", "detective", "referrals", "dc.hartwell", "pc.amadi", "dc.kowal"};

    static final String[] APPROVERS = {"supervisor", "ds.brennan", "di.okoro"};

    record Grade(String scheme, String grade, String handling) {}

    final GeneratorSettings settings;
    final long seed;
    final long asOfDay;
    /** 00:00 UTC of the as-of day; every instant written is before it. */
    final long now;

    final int n;
    final int idWidth;

    final List<ReferenceData.Offence> offences;
    final Geography geo;
    final Bundle out;

    final byte[] kind;
    final byte[] gender;
    final byte[] nationality;
    final byte[] region;
    final byte[] immigration;
    final int[] dob;
    final int[] nbh;
    final int[] household;
    final float[] activity;
    final int[] gang;
    final int[] gang2;
    final int[] ocg;
    final byte[] gangRole;
    final byte[] ocgRole;
    final int[] home;
    final byte[] caps;
    final short[] ukConvictions;
    final long[] firstSeen;
    final int[] lastCustody;
    final long[] lastCustodyAt;

    final Progress progress;

    int intelCount;
    int convictionCount;
    int checkCount;

    Force(GeneratorSettings settings, Bundle out, Progress progress) {
        this.settings = settings;
        this.seed = settings.seed();
        this.asOfDay = settings.asOf().toEpochDay();
        this.now = asOfDay * Time.DAY;
        this.n = settings.subjects() + settings.plantDuplicates();
        this.idWidth = Math.max(6, Long.toString(settings.subjects() * 10L).length());
        this.offences = ReferenceData.offences();
        this.out = out;
        int s = settings.subjects();
        kind = new byte[s];
        gender = new byte[s];
        nationality = new byte[s];
        region = new byte[s];
        immigration = new byte[s];
        dob = new int[s];
        nbh = new int[s];
        household = new int[s];
        activity = new float[s];
        gang = filled(s);
        gang2 = filled(s);
        ocg = filled(s);
        gangRole = new byte[s];
        ocgRole = new byte[s];
        home = filled(s);
        caps = new byte[s];
        ukConvictions = new short[s];
        firstSeen = new long[s];
        Arrays.fill(firstSeen, Long.MAX_VALUE);
        lastCustody = filled(s);
        lastCustodyAt = new long[s];
        this.geo = new Geography(this);
        this.progress = progress;
    }

    /** Receives progress lines of long runs. */
    interface Progress {
        void line(String text);
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }

    int subjects() {
        return settings.subjects();
    }

    People.Nationality nationalityOf(int subject) {
        return People.NATIONALITIES[nationality[subject]];
    }

    /** Eligible for an immigration referral: not British, with a recorded non-GBR nationality. */
    boolean foreignNational(int subject) {
        People.Nationality nat = nationalityOf(subject);
        return nat.recorded() && !nat.british() && immigration[subject] != People.BRITISH_CITIZEN;
    }

    String id(String prefix, long index) {
        String digits = Long.toString(index + 1);
        StringBuilder sb = new StringBuilder(prefix.length() + idWidth);
        sb.append(prefix);
        for (int i = digits.length(); i < idWidth; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    String subjectId(int subject) {
        return id("S", subject);
    }

    String incidentId(int incident) {
        return id("INC", incident);
    }

    String locationId(int location) {
        return id("L", location);
    }

    String groupId(boolean isOcg, int group) {
        int width = 3;
        String digits = Integer.toString(group + 1);
        StringBuilder sb = new StringBuilder(isOcg ? "OCG-" : "GANG-");
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    String borough(int subject) {
        return geo.boroughName(geo.boroughOfNbh(nbh[subject]));
    }

    void seen(int subject, long at) {
        if (at < firstSeen[subject]) {
            firstSeen[subject] = at;
        }
    }

    /**
     * A moment in the last {@code years} years, more recent moments more likely (exponential with the given mean age
     * in days), at a time of day weighted to evenings and nights.
     */
    long pastInstant(Rng rng, double meanAgeDays, int years) {
        long daysAgo = 1 + (long) rng.truncatedExponential(meanAgeDays, years * 365.0 - 2);
        return (asOfDay - daysAgo) * Time.DAY + secondOfDay(rng);
    }

    private static final Weighted HOURS =
            new Weighted(5, 4, 3, 2, 1.5, 1, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7, 7, 6.5, 6);

    static int secondOfDay(Rng rng) {
        return HOURS.sample(rng) * 3600 + rng.nextInt(3600);
    }

    /** {@code at} moved to before now if it is not (keeps the order of consecutive moments by a minute per step). */
    long clampPast(long at) {
        return Math.min(at, now - 60);
    }

    /** A MoPI review date: mostly in the future, {@code pastShare} of them past review. */
    long reviewDate(Rng rng, double pastShare) {
        if (rng.chance(pastShare)) {
            return asOfDay - rng.between(1, 240);
        }
        return asOfDay + rng.between(30, 1_460);
    }

    void fact(CsvFile f, String source, long recordedAt, long validFrom, long validTo) {
        f.add(source)
                .instant(recordedAt)
                .dateOrEmpty(validFrom)
                .dateOrEmpty(validTo)
                .add("FACT");
        f.empty().empty().empty();
    }

    void assessment(CsvFile f, String source, long recordedAt, long validFrom, long validTo, @Nullable Grade grade) {
        f.add(source)
                .instant(recordedAt)
                .dateOrEmpty(validFrom)
                .dateOrEmpty(validTo)
                .add("ASSESSMENT");
        if (grade == null) {
            f.empty().empty().empty();
        } else {
            f.add(grade.scheme()).add(grade.grade()).add(grade.handling());
        }
    }
}
