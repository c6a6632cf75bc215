package uk.nexus.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes subjects.csv and aliases.csv last, when every subject's record (first seen, convictions, capabilities) is
 * known, and plants near-duplicate subjects on request with a ground-truth file beside the bundle's files.
 */
final class Subjects {

    private static final String PNC_CHECK = "ZABCDEFGHJKLMNPQRTUVWXY";

    private record Alias(String surname, String forenames, long dob, String kind) {}

    private final Force f;
    private final Identities names;

    Subjects(Force f, Identities names) {
        this.f = f;
        this.names = names;
    }

    void write() {
        Rng rng = Rng.stream(f.seed, "subjects");
        for (int s = 0; s < f.subjects(); s++) {
            Identities.Identity id = names.of(s);
            long recorded = f.firstSeen[s] < f.now ? f.firstSeen[s] : f.pastInstant(rng, 900, 6);
            writeSubject(s, f.subjectId(s), id.surname(), id.forenames(), f.dob[s], recorded, false, rng);
            aliases(s, id, recorded, rng);
        }
    }

    private void writeSubject(
            int s,
            String subjectId,
            String surname,
            String forenames,
            long dob,
            long recorded,
            boolean duplicate,
            Rng rng) {
        boolean offender = f.kind[s] == Force.OFFENDER;
        People.Nationality nat = f.nationalityOf(s);
        NameRegion region = NameRegion.values()[f.region[s]];
        CsvFile out = f.out.subjects;
        out.add(subjectId).add(surname).add(forenames);
        if (rng.chance(offender ? 0.96 : 0.88)) {
            out.date(dob);
        } else {
            out.empty();
        }
        out.add(Force.GENDERS[f.gender[s]]).add(nat.cell()).add(People.IMMIGRATION[f.immigration[s]]);
        String ethnicity = region.ethnicity;
        if (ethnicity != null && region == NameRegion.CARIBBEAN && rng.chance(0.2)) {
            ethnicity = "M1";
        }
        if (region == NameRegion.SOUTH_ASIAN_MUSLIM
                && (nat.cell().contains("BGD") || !nat.cell().contains("PAK") && rng.chance(0.5))) {
            ethnicity = "A3";
        }
        out.add(ethnicity != null && rng.chance(0.6) ? ethnicity : "");
        int year = Time.year(Math.min(recorded / Time.DAY, dob + 18 * 365L));
        if (offender && rng.chance(duplicate ? 0.3 : 0.93)) {
            long serial = (s * 7_919L + 12_345L) % 10_000_000L;
            long check = ((year % 100) * 10_000_000L + serial) % 23;
            out.add(String.format(java.util.Locale.ROOT, "%d/%07d%c", year, serial, PNC_CHECK.charAt((int) check)));
        } else {
            out.empty();
        }
        if (offender && !duplicate && rng.chance(f.ukConvictions[s] > 0 ? 0.9 : 0.3)) {
            long serial = (s * 104_729L + 777L) % 1_000_000L;
            long check = ((year % 100) * 1_000_000L + serial) % 23;
            out.add(String.format(
                    java.util.Locale.ROOT, "%06d/%02d%c", serial, year % 100, PNC_CHECK.charAt((int) check)));
        } else {
            out.empty();
        }
        if (!nat.british() && nat.recorded() && rng.chance(0.35)) {
            out.add("" + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26))
                    + String.format(java.util.Locale.ROOT, "%07d", rng.nextInt(10_000_000)));
        } else if (nat.british() && rng.chance(0.08)) {
            out.add(String.format(java.util.Locale.ROOT, "%09d", 100_000_000 + rng.nextInt(899_999_999)));
        } else {
            out.empty();
        }
        out.add(f.borough(s)).add(offender && !duplicate ? flags(s, rng) : "");
        out.date(f.reviewDate(rng, 0.04));
        out.add(
                switch (f.kind[s]) {
                    case Force.OFFENDER -> "PNC";
                    case Force.VICTIM_ONLY -> "Crime report victim record";
                    case Force.WITNESS_ONLY -> "Crime report witness record";
                    default -> "Intelligence nominal record";
                });
        out.instant(recorded).endRow();
    }

    private String flags(int s, Rng rng) {
        StringBuilder sb = new StringBuilder();
        int caps = f.caps[s];
        flag(sb, "FIREARMS", (caps & Force.CAP_FIREARMS) != 0 && rng.chance(0.8));
        flag(sb, "WEAPONS", (caps & Force.CAP_BLADES) != 0 && rng.chance(0.7));
        flag(sb, "VIOLENCE", (caps & Force.CAP_VIOLENCE) != 0 && rng.chance(0.6));
        flag(sb, "DRUGS", (caps & Force.CAP_DRUGS) != 0 && rng.chance(0.5));
        flag(sb, "ESCAPE_RISK", rng.chance(0.01));
        flag(sb, "SELF_HARM", rng.chance(0.03));
        flag(sb, "MENTAL_HEALTH", rng.chance(0.04));
        flag(sb, "CONTAGIOUS", rng.chance(0.005));
        return sb.toString();
    }

    private static void flag(StringBuilder sb, String flag, boolean set) {
        if (set) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(flag);
        }
    }

    /** Day and month swapped, as when a date of birth is written the American way; null if that is no change. */
    static @Nullable LocalDate transposed(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        if (d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue()) {
            return null;
        }
        return LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
    }

    private void aliases(int s, Identities.Identity id, long recorded, Rng rng) {
        boolean offender = f.kind[s] == Force.OFFENDER;
        if (!rng.chance(offender ? 0.38 : 0.06)) {
            return;
        }
        Set<Alias> aliases = new LinkedHashSet<>();
        int want = offender ? rng.between(1, 3) : 1;
        for (int attempt = 0; attempt < 8 && aliases.size() < want; attempt++) {
            Alias a = offender ? alias(s, id, rng) : spelling(id, rng);
            if (a != null
                    && !(a.surname().equals(id.surname())
                            && a.forenames().equals(id.forenames())
                            && a.dob() == Long.MIN_VALUE)) {
                aliases.add(a);
            }
        }
        for (Alias a : aliases) {
            long at = recorded + (long) ((f.now - 120 - recorded) * rng.nextDouble());
            CsvFile out = f.out.aliases;
            out.add(f.subjectId(s))
                    .add(a.surname())
                    .add(a.forenames())
                    .dateOrEmpty(a.dob())
                    .add(a.kind());
            if (rng.chance(0.7)) {
                f.fact(
                        out,
                        "CU/" + Geography.BOROUGH_CODES[f.geo.boroughOfNbh(f.nbh[s])] + "/" + Time.year(at / Time.DAY)
                                + "/" + (1_000_000 + rng.nextInt(8_999_999)),
                        at,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE);
            } else {
                f.assessment(
                        out,
                        "ID-ASSESSMENT/" + Time.year(at / Time.DAY) + "/" + (10_000 + rng.nextInt(89_999)),
                        at,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE,
                        null);
            }
            out.endRow();
        }
    }

    private @Nullable Alias spelling(Identities.Identity id, Rng rng) {
        String v = People.variant(id.first(), rng);
        if (v != null) {
            return new Alias(
                    id.surname(),
                    id.forenames().replaceFirst(java.util.regex.Pattern.quote(id.first()), v),
                    Long.MIN_VALUE,
                    "ALTERNATIVE_SPELLING");
        }
        String sv = People.variant(id.surname(), rng);
        return sv == null ? null : new Alias(sv, id.forenames(), Long.MIN_VALUE, "ALTERNATIVE_SPELLING");
    }

    private @Nullable Alias alias(int s, Identities.Identity id, Rng rng) {
        double r = rng.nextDouble();
        if (r < 0.3) {
            return spelling(id, rng);
        }
        if (r < 0.45) {
            return new Alias(id.first(), id.surname(), Long.MIN_VALUE, "ALIAS");
        }
        if (r < 0.6) {
            LocalDate t = transposed(f.dob[s]);
            return t == null ? null : new Alias(id.surname(), id.forenames(), t.toEpochDay(), "ALIAS");
        }
        if (r < 0.75) {
            String[] list = id.female() ? id.region().female : id.region().male;
            long dob = Math.min(f.asOfDay - 14 * 365L, f.dob[s] + rng.between(-900, 900));
            return new Alias(rng.pick(id.region().surnames), rng.pick(list), dob, "ALIAS");
        }
        if (r < 0.95 || !id.female()) {
            String nick = rng.chance(0.3) ? People.shortForm(id.first()) : null;
            return new Alias(
                    id.surname(), nick != null ? nick : rng.pick(People.STREET_NAMES), Long.MIN_VALUE, "NICKNAME");
        }
        return new Alias(rng.pick(id.region().surnames), id.forenames(), Long.MIN_VALUE, "MAIDEN_NAME");
    }

    /**
     * Plants {@code count} near-duplicates of existing offenders (new subject ids after the last one) and writes the
     * ground truth to {@code _duplicates-truth.csv}, which is not a bundle file.
     */
    void plantDuplicates(Path dir, int count) {
        if (count == 0) {
            return;
        }
        Rng rng = Rng.stream(f.seed, "duplicates");
        List<String> truth = new ArrayList<>();
        truth.add("duplicate_id,original_id,variations");
        boolean[] used = new boolean[f.subjects()];
        for (int d = 0; d < count; d++) {
            int s;
            do {
                s = rng.nextInt(f.subjects());
            } while (used[s] || f.kind[s] != Force.OFFENDER);
            used[s] = true;
            Identities.Identity id = names.of(s);
            String surname = id.surname();
            String forenames = id.forenames();
            long dob = f.dob[s];
            List<String> variations = new ArrayList<>();
            int changes = rng.between(1, 2);
            for (int c = 0; c < changes; c++) {
                double r = rng.nextDouble();
                String v = People.variant(id.first(), rng);
                String nick = People.shortForm(id.first());
                LocalDate t = transposed(dob);
                if (r < 0.22 && v != null && !variations.contains("TRANSLITERATION")) {
                    forenames = forenames.replaceFirst(java.util.regex.Pattern.quote(id.first()), v);
                    variations.add("TRANSLITERATION");
                } else if (r < 0.27 && nick != null && !variations.contains("NICKNAME")) {
                    forenames = forenames.replaceFirst(java.util.regex.Pattern.quote(id.first()), nick);
                    variations.add("NICKNAME");
                } else if (r < 0.42 && t != null && !variations.contains("DOB_TRANSPOSED")) {
                    dob = t.toEpochDay();
                    variations.add("DOB_TRANSPOSED");
                } else if (r < 0.52 && !variations.contains("NAMES_SWAPPED") && !variations.contains("INITIAL")) {
                    String tmp = surname;
                    surname = forenames.split(" ")[0];
                    forenames = tmp;
                    variations.add("NAMES_SWAPPED");
                } else if (r < 0.6 && !variations.contains("INITIAL") && !variations.contains("NAMES_SWAPPED")) {
                    forenames = forenames.substring(0, 1);
                    variations.add("INITIAL");
                } else if (r < 0.68 && !variations.contains("DOB_YEAR")) {
                    dob = LocalDate.ofEpochDay(dob)
                            .plusYears(rng.chance(0.5) ? 1 : -1)
                            .toEpochDay();
                    variations.add("DOB_YEAR");
                } else if (!variations.contains("TYPO") && surname.length() > 3) {
                    int at = 1 + rng.nextInt(surname.length() - 2);
                    surname = surname.substring(0, at) + surname.substring(at + 1);
                    variations.add("TYPO");
                } else if (!variations.contains("DOB_SHIFTED")) {
                    dob += rng.chance(0.5) ? 1 : -1;
                    variations.add("DOB_SHIFTED");
                }
            }
            String dupId = f.id("S", f.subjects() + d);
            long recorded = f.now - rng.betweenLong(Time.DAY, 300 * Time.DAY);
            writeSubject(s, dupId, surname, forenames, dob, recorded, true, rng);
            if (f.home[s] >= 0 && rng.chance(0.5)) {
                CsvFile out = f.out.subjectLocations;
                out.add(dupId).add(f.locationId(f.home[s])).add("HOME");
                f.fact(
                        out,
                        "CU/" + Geography.BOROUGH_CODES[f.geo.boroughOfNbh(f.nbh[s])] + "/"
                                + Time.year(recorded / Time.DAY) + "/address-given",
                        recorded,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE);
                out.endRow();
                variations.add("SAME_HOME");
            }
            truth.add(dupId + "," + f.subjectId(s) + "," + String.join(";", variations));
        }
        try {
            Files.writeString(
                    dir.resolve(Bundle.TRUTH_FILE), String.join("\r\n", truth) + "\r\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
