package uk.nexus.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A self-check of a bundle against the rules of docs/import-format.md that are cheap to test: columns, required
 * fields, ids, dates and instants, enums, grades and handling codes, provenance, references, natural keys, the
 * referral state machine. Not the importer; it exists so that a generator bug shows up as a failing test.
 */
final class BundleCheck {

    static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$");
    static final Pattern ALPHA3 = Pattern.compile("^[A-Z]{3}$");
    static final Pattern GRADE_3X5X2 = Pattern.compile("^[1-3][A-E]$");
    static final Pattern GRADE_5X5X5 = Pattern.compile("^[A-E][1-5]$");
    static final Pattern ETHNICITY = Pattern.compile("^(A[1-5]|B[1-3]|M[1-4]|O[1-9]|W[1-4])$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ]+$");
    static final Pattern BAND = Pattern.compile("^[1-3][A-C]$");
    static final Pattern DECIMAL = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
    static final Set<String> FREE_TEXT =
            Set.of("summary", "justification", "handling_conditions", "barrier", "description");
    static final List<String> PROVENANCE =
            List.of("source", "recorded_at", "valid_from", "valid_to", "basis", "grade_scheme", "grade", "handling");

    /** Columns per file: name → required. */
    static final Map<String, Map<String, Boolean>> COLUMNS = new LinkedHashMap<>();

    static {
        file(
                "subjects.csv",
                "subject_id!",
                "surname!",
                "forenames!",
                "dob",
                "gender",
                "nationalities",
                "immigration_status",
                "ethnicity",
                "pnc_id",
                "cro_number",
                "passport_number",
                "borough",
                "flags",
                "review_date!",
                "source!",
                "recorded_at!");
        link("aliases.csv", "subject_id!", "surname!", "forenames!", "dob", "kind!");
        file(
                "groups.csv",
                "group_id!",
                "type!",
                "name!",
                "borough",
                "ocgm_band",
                "primary_activity",
                "review_date!",
                "source!",
                "recorded_at!");
        link("memberships.csv", "subject_id!", "group_id!", "role!");
        file("locations.csv", "location_id!", "kind!", "name!", "postcode", "borough", "lat", "lon");
        link("subject_locations.csv", "subject_id!", "location_id!", "kind!");
        file("phones.csv", "phone_id!", "number!", "kind");
        file("vehicles.csv", "vehicle_id!", "vrm!", "make", "model", "colour");
        file("weapons.csv", "weapon_id!", "kind!", "description");
        link("uses.csv", "subject_id!", "object_type!", "object_id!");
        file(
                "incidents.csv",
                "incident_id!",
                "type!",
                "offence_code!",
                "occurred_at!",
                "location_id",
                "borough",
                "summary",
                "review_date!",
                "source!",
                "recorded_at!");
        link("involvements.csv", "subject_id!", "incident_id!", "category!", "outcome");
        link("associations.csv", "subject_id!", "associate_id!", "kind!", "weight", "intel_id");
        file(
                "intelligence.csv",
                "intel_id!",
                "summary!",
                "grade_scheme!",
                "grade!",
                "handling!",
                "handling_conditions",
                "review_date!",
                "source!",
                "recorded_at!");
        file("intel_subjects.csv", "intel_id!", "subject_id!", "role!");
        file(
                "convictions.csv",
                "conviction_id!",
                "subject_id!",
                "offence_code!",
                "convicted_on!",
                "country!",
                "court",
                "sentence",
                "incident_id",
                "source!",
                "recorded_at!");
        file(
                "checks.csv",
                "check_id!",
                "subject_id!",
                "kind!",
                "requested_at!",
                "completed_at",
                "result!",
                "summary",
                "incident_id",
                "source!",
                "recorded_at!");
        file("originators.csv", "originator_id!", "name!", "description");
        file(
                "referrals.csv",
                "referral_id!",
                "subject_id!",
                "originator_id!",
                "state!",
                "justification!",
                "created_at!",
                "created_by!",
                "submitted_at",
                "approved_at",
                "approved_by",
                "decided_at",
                "rejection_reason",
                "outcome",
                "outcome_at",
                "barrier",
                "next_review",
                "borough");
    }

    private static void file(String name, String... columns) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        for (String c : columns) {
            m.put(c.replace("!", ""), c.endsWith("!"));
        }
        COLUMNS.put(name, m);
    }

    private static void link(String name, String... columns) {
        file(name, columns);
        Map<String, Boolean> m = COLUMNS.get(name);
        for (String p : PROVENANCE) {
            m.put(p, p.equals("source") || p.equals("recorded_at") || p.equals("basis"));
        }
    }

    private final Path dir;
    private final LocalDate asOf;
    private final Instant now;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Table> tables = new HashMap<>();
    private final Set<String> offenceCodes = new HashSet<>();

    BundleCheck(Path dir, LocalDate asOf) {
        this.dir = dir;
        this.asOf = asOf;
        this.now = asOf.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        for (ReferenceData.Offence o : ReferenceData.offences()) {
            offenceCodes.add(o.code());
        }
    }

    Table table(String file) {
        return tables.computeIfAbsent(file, f -> Table.read(dir, f));
    }

    private void error(Table t, Table.Row r, String field, String message) {
        errors.add(t.file() + ":" + r.line() + ":" + field + ": " + message + " (\""
                + r.values().get(field) + "\")");
    }

    List<String> run() {
        manifest();
        for (var e : COLUMNS.entrySet()) {
            if (Files.exists(dir.resolve(e.getKey()))) {
                columns(table(e.getKey()), e.getValue());
            } else if (e.getKey().equals("subjects.csv")) {
                errors.add("subjects.csv is missing");
            }
        }
        Set<String> subjects = ids("subjects.csv", "subject_id");
        Set<String> groups = ids("groups.csv", "group_id");
        Set<String> locations = ids("locations.csv", "location_id");
        Set<String> incidents = ids("incidents.csv", "incident_id");
        Set<String> intel = ids("intelligence.csv", "intel_id");
        Map<String, Set<String>> objects = Map.of(
                "PHONE", ids("phones.csv", "phone_id"),
                "VEHICLE", ids("vehicles.csv", "vehicle_id"),
                "WEAPON", ids("weapons.csv", "weapon_id"));
        Set<String> originators = new HashSet<>(ids("originators.csv", "originator_id"));
        for (ReferenceData.Originator o : ReferenceData.originators()) {
            originators.add(o.id());
        }
        ids("convictions.csv", "conviction_id");
        ids("checks.csv", "check_id");
        ids("referrals.csv", "referral_id");

        for (Table.Row r : table("subjects.csv").rows()) {
            Table t = table("subjects.csv");
            notFuture(t, r, "dob");
            oneOf(t, r, "gender", "M", "F", "X", "U");
            list(t, r, "nationalities", v -> ALPHA3.matcher(v).matches());
            oneOf(
                    t,
                    r,
                    "immigration_status",
                    "BRITISH_CITIZEN",
                    "SETTLED",
                    "PRE_SETTLED",
                    "LEAVE_TO_REMAIN",
                    "VISA_HOLDER",
                    "ASYLUM_SEEKER",
                    "REFUGEE",
                    "OVERSTAYER",
                    "ILLEGAL_ENTRANT",
                    "DEPORTATION_ORDER",
                    "UNKNOWN");
            matches(t, r, "ethnicity", ETHNICITY);
            Set<String> flags = Set.of(
                    "FIREARMS",
                    "WEAPONS",
                    "VIOLENCE",
                    "DRUGS",
                    "ESCAPE_RISK",
                    "SELF_HARM",
                    "MENTAL_HEALTH",
                    "CONTAGIOUS");
            list(t, r, "flags", flags::contains);
        }
        links("aliases.csv", subjects, List.of("subject_id", "surname", "forenames", "dob", "kind"), (t, r) -> {
            notFuture(t, r, "dob");
            oneOf(t, r, "kind", "ALIAS", "NICKNAME", "MAIDEN_NAME", "ALTERNATIVE_SPELLING");
        });
        for (Table.Row r : table("groups.csv").rows()) {
            Table t = table("groups.csv");
            oneOf(t, r, "type", "GANG", "OCG");
            matches(t, r, "ocgm_band", BAND);
            if (!r.get("ocgm_band").isEmpty() && !r.get("type").equals("OCG")) {
                error(t, r, "ocgm_band", "OCG only");
            }
        }
        links("memberships.csv", subjects, List.of("subject_id", "group_id", "source"), (t, r) -> {
            ref(t, r, "group_id", groups);
            oneOf(t, r, "role", "LEADER", "PRINCIPAL", "SIGNIFICANT", "CORE", "MEMBER", "PERIPHERAL", "ASSOCIATE");
        });
        for (Table.Row r : table("locations.csv").rows()) {
            Table t = table("locations.csv");
            oneOf(t, r, "kind", "ADDRESS", "STREET", "ESTATE", "VENUE", "PRISON", "CUSTODY_SUITE", "PORT");
            String lat = r.get("lat");
            String lon = r.get("lon");
            if (lat.isEmpty() != lon.isEmpty()) {
                error(t, r, "lat", "lat and lon: both or neither");
            } else if (!lat.isEmpty()) {
                decimalIn(t, r, "lat", -90, 90);
                decimalIn(t, r, "lon", -180, 180);
            }
        }
        links("subject_locations.csv", subjects, List.of("subject_id", "location_id", "kind", "source"), (t, r) -> {
            ref(t, r, "location_id", locations);
            oneOf(t, r, "kind", "HOME", "FORMER_HOME", "FREQUENTS", "WORK", "STASH");
        });
        for (Table.Row r : table("phones.csv").rows()) {
            matches(table("phones.csv"), r, "number", PHONE);
            oneOf(table("phones.csv"), r, "kind", "MOBILE", "LANDLINE", "BURNER");
        }
        for (Table.Row r : table("weapons.csv").rows()) {
            oneOf(table("weapons.csv"), r, "kind", "FIREARM", "BLADE", "AMMUNITION", "OTHER");
        }
        links("uses.csv", subjects, List.of("subject_id", "object_type", "object_id", "source"), (t, r) -> {
            oneOf(t, r, "object_type", "PHONE", "VEHICLE", "WEAPON");
            Set<String> target = objects.get(r.get("object_type"));
            if (target != null) {
                ref(t, r, "object_id", target);
            }
        });
        for (Table.Row r : table("incidents.csv").rows()) {
            Table t = table("incidents.csv");
            oneOf(t, r, "type", "CRIME_REPORT", "ARREST", "CUSTODY", "STOP", "SHOOTING", "STABBING", "CONVICTION");
            ref(t, r, "offence_code", offenceCodes);
            notFuture(t, r, "occurred_at");
            ref(t, r, "location_id", locations);
        }
        links("involvements.csv", subjects, List.of("subject_id", "incident_id", "category"), (t, r) -> {
            ref(t, r, "incident_id", incidents);
            oneOf(t, r, "category", "OFFENDER", "SUSPECT", "VICTIM", "WITNESS", "OTHER");
            oneOf(t, r, "outcome", "CONVICTED", "CHARGED", "CAUTIONED", "ARRESTED", "NO_FURTHER_ACTION", "SUSPECTED");
            boolean offender =
                    r.get("category").equals("OFFENDER") || r.get("category").equals("SUSPECT");
            if (offender == r.get("outcome").isEmpty()) {
                error(t, r, "outcome", offender ? "required for OFFENDER/SUSPECT" : "must be empty for this category");
            }
        });
        links("associations.csv", subjects, List.of("subject_id", "associate_id", "kind", "source"), (t, r) -> {
            ref(t, r, "associate_id", subjects);
            if (r.get("subject_id").equals(r.get("associate_id"))) {
                error(t, r, "associate_id", "same as subject_id");
            }
            oneOf(t, r, "kind", "ASSOCIATE", "FAMILY", "PARTNER", "CO_OFFENDER", "CELLMATE", "RIVAL");
            if (!r.get("weight").isEmpty()) {
                decimalIn(t, r, "weight", Double.MIN_VALUE, Double.MAX_VALUE);
            }
            ref(t, r, "intel_id", intel);
        });
        for (Table.Row r : table("intelligence.csv").rows()) {
            Table t = table("intelligence.csv");
            grade(t, r, true);
            String h = r.get("handling");
            boolean restricted = h.equals("C") || h.matches("[2-5]");
            if (restricted && r.get("handling_conditions").isEmpty()) {
                error(t, r, "handling_conditions", "required with handling " + h);
            }
        }
        Table mentions = table("intel_subjects.csv");
        unique(mentions, List.of("intel_id", "subject_id"));
        for (Table.Row r : mentions.rows()) {
            ref(mentions, r, "intel_id", intel);
            ref(mentions, r, "subject_id", subjects);
            oneOf(mentions, r, "role", "SUBJECT", "ASSOCIATE", "VICTIM", "MENTIONED");
        }
        for (Table.Row r : table("convictions.csv").rows()) {
            Table t = table("convictions.csv");
            ref(t, r, "subject_id", subjects);
            ref(t, r, "offence_code", offenceCodes);
            notFuture(t, r, "convicted_on");
            matches(t, r, "country", ALPHA3);
            ref(t, r, "incident_id", incidents);
        }
        for (Table.Row r : table("checks.csv").rows()) {
            Table t = table("checks.csv");
            ref(t, r, "subject_id", subjects);
            oneOf(t, r, "kind", "ACRO", "INTERPOL", "PNC", "SIS_II", "EAW");
            oneOf(t, r, "result", "PENDING", "NO_TRACE", "TRACE", "WANTED");
            ref(t, r, "incident_id", incidents);
            order(t, r, "requested_at", "completed_at");
        }
        referrals(subjects, originators);
        return errors;
    }

    private void manifest() {
        try {
            String json = Files.readString(dir.resolve("manifest.json"));
            if (!json.contains("\"format\": \"nexus-csv-bundle\"") || !json.contains("\"version\": 1")) {
                errors.add("manifest.json: format and version required");
            }
        } catch (IOException e) {
            errors.add("manifest.json: " + e.getMessage());
        }
    }

    private void columns(Table t, Map<String, Boolean> spec) {
        for (String h : t.header()) {
            if (!spec.containsKey(h)) {
                errors.add(t.file() + ":1:" + h + ": unknown column");
            }
        }
        for (var c : spec.entrySet()) {
            if (c.getValue() && !t.header().contains(c.getKey())) {
                errors.add(t.file() + ":1:" + c.getKey() + ": required column missing");
            }
        }
        for (Table.Row r : t.rows()) {
            for (var c : r.values().entrySet()) {
                String col = c.getKey();
                String v = c.getValue();
                if (Boolean.TRUE.equals(spec.get(col)) && v.isEmpty()) {
                    error(t, r, col, "required");
                }
                if (v.length() > (FREE_TEXT.contains(col) ? 10_000 : 200)) {
                    error(t, r, col, "too long");
                }
                if (v.isEmpty()) {
                    continue;
                }
                if ((col.endsWith("_id") && !col.equals("pnc_id"))
                        && !ID.matcher(v).matches()) {
                    error(t, r, col, "not an id");
                }
                if (col.equals("dob")
                        || col.equals("review_date")
                        || col.startsWith("valid_")
                        || col.equals("convicted_on")
                        || col.equals("next_review")) {
                    date(t, r, col);
                }
                if (col.endsWith("_at")) {
                    instant(t, r, col);
                }
            }
        }
    }

    private Set<String> ids(String file, String column) {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(dir.resolve(file))) {
            return ids;
        }
        Table t = table(file);
        for (Table.Row r : t.rows()) {
            if (!ids.add(r.get(column))) {
                error(t, r, column, "duplicate id");
            }
        }
        return ids;
    }

    private interface RowCheck {
        void check(Table t, Table.Row r);
    }

    private void links(String file, Set<String> subjects, List<String> key, RowCheck extra) {
        Table t = table(file);
        unique(t, key);
        for (Table.Row r : t.rows()) {
            ref(t, r, "subject_id", subjects);
            provenance(t, r);
            extra.check(t, r);
        }
    }

    private void unique(Table t, List<String> key) {
        Set<List<String>> seen = new HashSet<>();
        for (Table.Row r : t.rows()) {
            List<String> k = key.stream().map(r::get).toList();
            if (!seen.add(k)) {
                error(t, r, key.getFirst(), "duplicate natural key " + k);
            }
        }
    }

    private void provenance(Table t, Table.Row r) {
        String basis = r.get("basis");
        oneOf(t, r, "basis", "FACT", "ASSESSMENT");
        if (basis.equals("FACT")) {
            for (String c : List.of("grade_scheme", "grade", "handling")) {
                if (!r.get(c).isEmpty()) {
                    error(t, r, c, "a FACT carries no grade");
                }
            }
        } else if (!r.get("grade_scheme").isEmpty()
                || !r.get("grade").isEmpty()
                || !r.get("handling").isEmpty()) {
            grade(t, r, false);
        }
        try {
            if (!r.get("valid_from").isEmpty()
                    && !r.get("valid_to").isEmpty()
                    && parseDate(r.get("valid_to")).isBefore(parseDate(r.get("valid_from")))) {
                error(t, r, "valid_to", "before valid_from");
            }
        } catch (DateTimeParseException e) {
            // reported by the column check
        }
    }

    private void grade(Table t, Table.Row r, boolean required) {
        String scheme = r.get("grade_scheme");
        String grade = r.get("grade");
        String handling = r.get("handling");
        switch (scheme) {
            case "3x5x2" -> {
                if (!GRADE_3X5X2.matcher(grade).matches()) {
                    error(t, r, "grade", "not a 3x5x2 grade");
                }
                if (!handling.equals("P") && !handling.equals("C")) {
                    error(t, r, "handling", "not a 3x5x2 handling code");
                }
            }
            case "5x5x5" -> {
                if (!GRADE_5X5X5.matcher(grade).matches()) {
                    error(t, r, "grade", "not a 5x5x5 grade");
                }
                if (!handling.matches("[1-5]")) {
                    error(t, r, "handling", "not a 5x5x5 handling code");
                }
            }
            default -> error(t, r, "grade_scheme", required || !grade.isEmpty() ? "unknown scheme" : "scheme missing");
        }
    }

    private void referrals(Set<String> subjects, Set<String> originators) {
        Table t = table("referrals.csv");
        List<String> states = List.of("DRAFT", "SUBMITTED", "APPROVED", "ACCEPTED", "REJECTED");
        for (Table.Row r : t.rows()) {
            ref(t, r, "subject_id", subjects);
            ref(t, r, "originator_id", originators);
            oneOf(t, r, "state", states.toArray(String[]::new));
            int level = states.indexOf(r.get("state"));
            requiredIf(t, r, "submitted_at", level >= 1);
            requiredIf(t, r, "approved_at", level >= 2);
            requiredIf(t, r, "approved_by", level >= 2);
            requiredIf(t, r, "decided_at", level >= 3);
            requiredIf(t, r, "rejection_reason", r.get("state").equals("REJECTED"));
            if (!r.get("outcome").isEmpty() && !r.get("state").equals("ACCEPTED")) {
                error(t, r, "outcome", "only if ACCEPTED");
            }
            oneOf(
                    t,
                    r,
                    "outcome",
                    "DEPORTED",
                    "IMMIGRATION_DETENTION",
                    "REPORTING_RESTRICTIONS",
                    "HMP_DETENTION",
                    "HMP_REMAND",
                    "LIVE_INVESTIGATION",
                    "UNACTIONABLE");
            requiredIf(t, r, "outcome_at", !r.get("outcome").isEmpty());
            requiredIf(t, r, "barrier", r.get("outcome").equals("UNACTIONABLE"));
            if (!r.get("approved_by").isEmpty() && r.get("approved_by").equals(r.get("created_by"))) {
                error(t, r, "approved_by", "four-eyes: same as created_by");
            }
            order(t, r, "created_at", "submitted_at");
            order(t, r, "submitted_at", "approved_at");
            order(t, r, "approved_at", "decided_at");
            order(t, r, "decided_at", "outcome_at");
        }
    }

    private void requiredIf(Table t, Table.Row r, String column, boolean required) {
        if (required && r.get(column).isEmpty()) {
            error(t, r, column, "required in state " + r.get("state"));
        }
        if (!required && !r.get(column).isEmpty()) {
            error(t, r, column, "not expected in state " + r.get("state"));
        }
    }

    private void order(Table t, Table.Row r, String earlier, String later) {
        String a = r.get(earlier);
        String b = r.get(later);
        try {
            if (!a.isEmpty()
                    && !b.isEmpty()
                    && OffsetDateTime.parse(b)
                            .toInstant()
                            .isBefore(OffsetDateTime.parse(a).toInstant())) {
                error(t, r, later, "before " + earlier);
            }
        } catch (DateTimeParseException e) {
            // reported by the column check
        }
    }

    private void oneOf(Table t, Table.Row r, String column, String... allowed) {
        String v = r.get(column);
        if (!v.isEmpty() && !List.of(allowed).contains(v)) {
            error(t, r, column, "not one of " + List.of(allowed));
        }
    }

    private void list(Table t, Table.Row r, String column, java.util.function.Predicate<String> ok) {
        String v = r.get(column);
        if (v.isEmpty()) {
            return;
        }
        for (String item : v.split(";", -1)) {
            if (!ok.test(item)) {
                error(t, r, column, "bad list item " + item);
            }
        }
    }

    private void matches(Table t, Table.Row r, String column, Pattern p) {
        String v = r.get(column);
        if (!v.isEmpty() && !p.matcher(v).matches()) {
            error(t, r, column, "does not match " + p);
        }
    }

    private void ref(Table t, Table.Row r, String column, Set<String> targets) {
        String v = r.get(column);
        if (!v.isEmpty() && !targets.contains(v)) {
            error(t, r, column, "unknown reference");
        }
    }

    private void decimalIn(Table t, Table.Row r, String column, double min, double max) {
        String v = r.get(column);
        if (!DECIMAL.matcher(v).matches()) {
            error(t, r, column, "not a decimal");
            return;
        }
        double d = Double.parseDouble(v);
        if (d < min || d > max) {
            error(t, r, column, "out of range");
        }
    }

    private static LocalDate parseDate(String v) {
        return LocalDate.parse(v);
    }

    private void date(Table t, Table.Row r, String column) {
        String v = r.get(column);
        if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            error(t, r, column, "not a date, expected YYYY-MM-DD");
            return;
        }
        try {
            parseDate(v);
        } catch (DateTimeParseException e) {
            error(t, r, column, "not a date, expected YYYY-MM-DD");
        }
    }

    private void instant(Table t, Table.Row r, String column) {
        try {
            Instant i = OffsetDateTime.parse(r.get(column)).toInstant();
            // the data describes the past of its as-of day: nothing may be recorded at or after its start
            if (!i.isBefore(now)) {
                error(t, r, column, "not before the as-of date");
            }
        } catch (DateTimeParseException e) {
            error(t, r, column, "not an instant with offset");
        }
    }

    private void notFuture(Table t, Table.Row r, String column) {
        String v = r.get(column);
        if (v.isEmpty() || !v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return;
        }
        boolean future = column.endsWith("_at")
                ? !OffsetDateTime.parse(v).toInstant().isBefore(now)
                : !parseDate(v).isBefore(asOf);
        if (future) {
            error(t, r, column, "in the future");
        }
    }
}
