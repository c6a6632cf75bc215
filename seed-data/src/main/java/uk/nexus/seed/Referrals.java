package uk.nexus.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Referrals of foreign national offenders to immigration enforcement. Planned before the incidents (so that every TP
 * Custody referral has the custody event that triggered it) and written last (so that the justification can cite the
 * subject's record). Counts per originator follow {@code source_share_pct} by largest remainder; outcomes follow the
 * source documents (at 1,269 referrals: exactly 75 deported, 101 immigration detention, 140 reporting restrictions,
 * 144 HMP detention, 54 HMP remand, 568 live investigation, 157 un-actionable, and 30 not yet accepted).
 */
final class Referrals {

    static final String[] OUTCOMES = {
        "DEPORTED",
        "IMMIGRATION_DETENTION",
        "REPORTING_RESTRICTIONS",
        "HMP_DETENTION",
        "HMP_REMAND",
        "LIVE_INVESTIGATION",
        "UNACTIONABLE"
    };

    /** Dispositions 0-6 = ACCEPTED with OUTCOMES[d]; then DRAFT, SUBMITTED, APPROVED, REJECTED. */
    private static final long[] DISPOSITION_WEIGHTS = {75, 101, 140, 144, 54, 568, 157, 6, 9, 7, 8};

    static final int DRAFT = 7;
    static final int SUBMITTED = 8;
    static final int APPROVED = 9;
    static final int REJECTED = 10;
    static final int UNACTIONABLE = 6;
    static final int DEPORTED = 0;

    private static final String[] BARRIERS = {
        "No valid travel document; emergency travel document application refused by the country of return.",
        "Outstanding asylum claim must be determined before removal can proceed.",
        "Article 8 family-life appeal pending at the First-tier Tribunal.",
        "Nationality disputed; identity not yet verified by the country of return.",
        "Country of return is not currently accepting enforced returns.",
        "Subject awaiting trial in the UK; removal deferred until the criminal case concludes."
    };

    private static final String[] REJECTIONS = {
        "Insufficient evidence of harm to meet the high-harm threshold.",
        "Subject already managed by the Criminal Casework Directorate.",
        "Duplicate of an existing referral.",
        "Not a current immigration enforcement priority; re-refer if further offending."
    };

    private final Force f;
    private final List<ReferenceData.Originator> originators;

    int count;
    int[] subject = new int[0];
    int[] originator = new int[0];
    long[] created = new long[0];
    int[] disposition = new int[0];
    /** Referrals that need a custody event: the TP Custody ones (index into the arrays above). */
    int[] custodyReferrals = new int[0];
    /** Incident and offence of that custody event, filled in by the incident phase. */
    int[] custodyIncident = new int[0];

    int[] custodyOffence = new int[0];
    int[] perOriginator = new int[0];

    Referrals(Force f) {
        this.f = f;
        this.originators = ReferenceData.originators();
    }

    List<ReferenceData.Originator> originators() {
        return originators;
    }

    void plan(Groups groups) {
        Rng rng = Rng.stream(f.seed, "referrals");
        count = f.settings.referrals();
        long[] shares = new long[originators.size()];
        for (int o = 0; o < shares.length; o++) {
            shares[o] = originators.get(o).shareBasisPoints();
        }
        perOriginator = ReferenceData.apportion(count, shares);
        IntList all = new IntList();
        IntList gangs = new IntList();
        IntList ocgs = new IntList();
        IntList women = new IntList();
        for (int s = 0; s < f.subjects(); s++) {
            if (f.kind[s] == Force.OFFENDER && f.foreignNational(s)) {
                all.add(s);
                if (f.gang[s] >= 0) {
                    gangs.add(s);
                }
                if (f.ocg[s] >= 0) {
                    ocgs.add(s);
                }
                if (f.gender[s] == 1) {
                    women.add(s);
                }
            }
        }
        if (all.isEmpty() && count > 0) {
            throw new IllegalStateException("no foreign national offenders to refer");
        }
        subject = new int[count];
        originator = new int[count];
        created = new long[count];
        int[] referred = new int[f.subjects()];
        IntList tp = new IntList();
        int r = 0;
        for (int o = 0; o < originators.size(); o++) {
            String id = originators.get(o).id();
            IntList preferred = switch (id) {
                case "SCO8_STREET_GANGS" -> gangs;
                case "SCO7_OCN_GANG" -> gangs.size() > ocgs.size() * 2 ? gangs : ocgs;
                case "OCG" -> ocgs;
                case "HO_MOTHERS_MINORS" -> women;
                default -> all;
            };
            for (int c = 0; c < perOriginator[o]; c++, r++) {
                originator[r] = o;
                subject[r] = choose(preferred.isEmpty() ? all : preferred, all, referred, rng);
                referred[subject[r]]++;
                created[r] = f.now - rng.betweenLong(3 * 3_600, 364 * Time.DAY);
                if (id.equals("TP_CUSTODY")) {
                    tp.add(r);
                }
            }
        }
        custodyReferrals = tp.toArray();
        custodyIncident = new int[custodyReferrals.length];
        custodyOffence = new int[custodyReferrals.length];
        Arrays.fill(custodyIncident, -1);
        assignDispositions(rng);
        for (int i = 0; i < count; i++) {
            // the status as last recorded follows the outcome
            if (disposition[i] == DEPORTED) {
                f.immigration[subject[i]] = People.DEPORTATION_ORDER;
            }
        }
    }

    private int choose(IntList preferred, IntList all, int[] referred, Rng rng) {
        boolean repeatAllowed = rng.chance(0.02);
        for (int attempt = 0; attempt < 12; attempt++) {
            IntList pool = attempt < 6 && rng.chance(0.8) ? preferred : all;
            int s = pool.get(rng.nextInt(pool.size()));
            if (referred[s] == 0 || repeatAllowed) {
                return s;
            }
        }
        return all.get(rng.nextInt(all.size()));
    }

    /** Pending states go to the most recent referrals; decided ones are spread over the rest. */
    private void assignDispositions(Rng rng) {
        int[] perDisposition = ReferenceData.apportion(count, DISPOSITION_WEIGHTS);
        Integer[] byAge = new Integer[count];
        for (int i = 0; i < count; i++) {
            byAge[i] = i;
        }
        Arrays.sort(byAge, (a, b) -> Long.compare(created[b], created[a]));
        disposition = new int[count];
        Arrays.fill(disposition, -1);
        int pending = perDisposition[DRAFT] + perDisposition[SUBMITTED] + perDisposition[APPROVED];
        int window = Math.min(count, Math.max(pending * 3, pending + 10));
        for (int d = DRAFT; d <= APPROVED; d++) {
            for (int c = 0; c < perDisposition[d]; c++) {
                int i;
                do {
                    i = byAge[rng.nextInt(window)];
                } while (disposition[i] >= 0);
                disposition[i] = d;
            }
        }
        int[] rest = new int[count - pending];
        int k = 0;
        for (int d = 0; d < DISPOSITION_WEIGHTS.length; d++) {
            if (d < DRAFT || d > APPROVED) {
                for (int c = 0; c < perDisposition[d]; c++) {
                    rest[k++] = d;
                }
            }
        }
        rng.shuffle(rest);
        k = 0;
        for (int i = 0; i < count; i++) {
            if (disposition[i] < 0) {
                disposition[i] = rest[k++];
            }
        }
    }

    void write(Groups groups, Identities names) {
        Rng rng = Rng.stream(f.seed, "referral-rows");
        CsvFile out = f.out.referrals;
        for (ReferenceData.Originator o : originators) {
            f.out.originators.add(o.id()).add(o.name()).add(o.description()).endRow();
        }
        int[] tpIndex = new int[count];
        Arrays.fill(tpIndex, -1);
        for (int t = 0; t < custodyReferrals.length; t++) {
            tpIndex[custodyReferrals[t]] = t;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> created[a] != created[b] ? Long.compare(created[a], created[b]) : a - b);
        for (int n = 0; n < count; n++) {
            int i = order[n];
            int s = subject[i];
            int d = disposition[i];
            ReferenceData.Originator o = originators.get(originator[i]);
            String creator = o.id().equals("TP_CUSTODY") && rng.chance(0.5) ? "referrals" : rng.pick(Force.CREATORS);
            long c = created[i];
            // durations of each step; compressed if the chain would reach past the as-of date
            long[] steps = {
                rng.betweenLong(600, 2 * Time.DAY),
                rng.betweenLong(3_600, 4 * Time.DAY),
                rng.betweenLong(Time.DAY, 14 * Time.DAY),
                d == DEPORTED ? rng.betweenLong(20 * Time.DAY, 150 * Time.DAY) : rng.betweenLong(3_600, 30 * Time.DAY)
            };
            int used = d == DRAFT ? 0 : d == SUBMITTED ? 1 : d == APPROVED ? 2 : d == REJECTED ? 3 : 4;
            long total = 0;
            for (int k = 0; k < used; k++) {
                total += steps[k];
            }
            long room = f.now - 120 - c;
            long[] at = new long[4];
            long t = c;
            for (int k = 0; k < used; k++) {
                t += total > room ? steps[k] * room / total : steps[k];
                at[k] = t;
            }
            out.add(f.id("REF", n)).add(f.subjectId(s)).add(o.id());
            out.add(d < DRAFT ? "ACCEPTED" : new String[] {"DRAFT", "SUBMITTED", "APPROVED", "REJECTED"}[d - DRAFT]);
            out.add(justification(s, o, tpIndex[i], groups, names));
            out.instant(c).add(creator);
            stamp(out, used >= 1, at[0]);
            stamp(out, used >= 2, at[1]);
            out.add(used >= 2 ? rng.pick(Force.APPROVERS) : "");
            stamp(out, used >= 3, at[2]);
            out.add(d == REJECTED ? rng.pick(REJECTIONS) : "");
            out.add(d < DRAFT ? OUTCOMES[d] : "");
            stamp(out, d < DRAFT, at[3]);
            out.add(d == UNACTIONABLE ? rng.pick(BARRIERS) : "");
            if (d < DRAFT && d != DEPORTED) {
                out.date(f.asOfDay + (rng.chance(0.06) ? -rng.between(1, 14) : rng.between(7, 90)));
            } else {
                out.empty();
            }
            out.add(f.borough(s));
            out.endRow();
        }
    }

    private static void stamp(CsvFile out, boolean present, long at) {
        if (present) {
            out.instant(at);
        } else {
            out.empty();
        }
    }

    private String justification(int s, ReferenceData.Originator o, int tp, Groups groups, Identities names) {
        People.Nationality nat = f.nationalityOf(s);
        StringBuilder sb = new StringBuilder(240);
        sb.append(names.of(s).display())
                .append(", ")
                .append(People.countryName(nat.cell()))
                .append(" national");
        String status = People.IMMIGRATION[f.immigration[s]];
        sb.append(
                status.isEmpty() ? " (immigration status not recorded)" : " (" + status.toLowerCase(Locale.ROOT) + ")");
        if (tp >= 0 && custodyIncident[tp] >= 0) {
            ReferenceData.Offence off = f.offences.get(custodyOffence[tp]);
            sb.append(", detained in custody (")
                    .append(f.incidentId(custodyIncident[tp]))
                    .append(") for ");
            sb.append(off.description().toLowerCase(Locale.ROOT));
        }
        sb.append(". ").append(f.ukConvictions[s]).append(" UK conviction(s) on record.");
        if (f.gang[s] >= 0) {
            sb.append(" Assessed ").append(Force.GANG_ROLES[f.gangRole[s]].toLowerCase(Locale.ROOT));
            sb.append(" of ").append(groups.gangNames[f.gang[s]]).append('.');
        }
        if (f.ocg[s] >= 0) {
            sb.append(" Assessed ").append(Force.OCG_ROLES[f.ocgRole[s]].toLowerCase(Locale.ROOT));
            sb.append(" of ").append(groups.ocgNames[f.ocg[s]]).append('.');
        }
        sb.append(" Referred by ").append(o.name()).append(" for consideration of immigration enforcement action.");
        return sb.toString();
    }
}
