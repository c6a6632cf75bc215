package uk.nexus.seed;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The open CSV files of one bundle, with the columns of docs/import-format.md in the order given there. */
final class Bundle implements Closeable {

    static final String[] PROVENANCE = {
        "source", "recorded_at", "valid_from", "valid_to", "basis", "grade_scheme", "grade", "handling"
    };

    /** Every file this generator may write, in writing order; {@code manifest.json} is written separately. */
    static final List<String> FILES = List.of(
            "subjects.csv",
            "aliases.csv",
            "groups.csv",
            "memberships.csv",
            "locations.csv",
            "subject_locations.csv",
            "phones.csv",
            "vehicles.csv",
            "weapons.csv",
            "uses.csv",
            "incidents.csv",
            "involvements.csv",
            "associations.csv",
            "intelligence.csv",
            "intel_subjects.csv",
            "convictions.csv",
            "checks.csv",
            "originators.csv",
            "referrals.csv");

    static final String TRUTH_FILE = "_duplicates-truth.csv";

    final CsvFile subjects;
    final CsvFile aliases;
    final CsvFile groups;
    final CsvFile memberships;
    final CsvFile locations;
    final CsvFile subjectLocations;
    final CsvFile phones;
    final CsvFile vehicles;
    final CsvFile weapons;
    final CsvFile uses;
    final CsvFile incidents;
    final CsvFile involvements;
    final CsvFile associations;
    final CsvFile intelligence;
    final CsvFile intelSubjects;
    final CsvFile convictions;
    final CsvFile checks;
    final CsvFile originators;
    final CsvFile referrals;

    private final List<CsvFile> all = new ArrayList<>();

    Bundle(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(TRUTH_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        subjects = open(
                dir,
                "subjects.csv",
                "subject_id",
                "surname",
                "forenames",
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
                "review_date",
                "source",
                "recorded_at");
        aliases = link(dir, "aliases.csv", "subject_id", "surname", "forenames", "dob", "kind");
        groups = open(
                dir,
                "groups.csv",
                "group_id",
                "type",
                "name",
                "borough",
                "ocgm_band",
                "primary_activity",
                "review_date",
                "source",
                "recorded_at");
        memberships = link(dir, "memberships.csv", "subject_id", "group_id", "role");
        locations = open(dir, "locations.csv", "location_id", "kind", "name", "postcode", "borough", "lat", "lon");
        subjectLocations = link(dir, "subject_locations.csv", "subject_id", "location_id", "kind");
        phones = open(dir, "phones.csv", "phone_id", "number", "kind");
        vehicles = open(dir, "vehicles.csv", "vehicle_id", "vrm", "make", "model", "colour");
        weapons = open(dir, "weapons.csv", "weapon_id", "kind", "description");
        uses = link(dir, "uses.csv", "subject_id", "object_type", "object_id");
        incidents = open(
                dir,
                "incidents.csv",
                "incident_id",
                "type",
                "offence_code",
                "occurred_at",
                "location_id",
                "borough",
                "summary",
                "review_date",
                "source",
                "recorded_at");
        involvements = link(dir, "involvements.csv", "subject_id", "incident_id", "category", "outcome");
        associations = link(dir, "associations.csv", "subject_id", "associate_id", "kind", "weight", "intel_id");
        intelligence = open(
                dir,
                "intelligence.csv",
                "intel_id",
                "summary",
                "grade_scheme",
                "grade",
                "handling",
                "handling_conditions",
                "review_date",
                "source",
                "recorded_at");
        intelSubjects = open(dir, "intel_subjects.csv", "intel_id", "subject_id", "role");
        convictions = open(
                dir,
                "convictions.csv",
                "conviction_id",
                "subject_id",
                "offence_code",
                "convicted_on",
                "country",
                "court",
                "sentence",
                "incident_id",
                "source",
                "recorded_at");
        checks = open(
                dir,
                "checks.csv",
                "check_id",
                "subject_id",
                "kind",
                "requested_at",
                "completed_at",
                "result",
                "summary",
                "incident_id",
                "source",
                "recorded_at");
        originators = open(dir, "originators.csv", "originator_id", "name", "description");
        referrals = open(
                dir,
                "referrals.csv",
                "referral_id",
                "subject_id",
                "originator_id",
                "state",
                "justification",
                "created_at",
                "created_by",
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

    private CsvFile open(Path dir, String name, String... header) {
        CsvFile f = new CsvFile(dir, name, header);
        all.add(f);
        return f;
    }

    private CsvFile link(Path dir, String name, String... columns) {
        String[] header = new String[columns.length + PROVENANCE.length];
        System.arraycopy(columns, 0, header, 0, columns.length);
        System.arraycopy(PROVENANCE, 0, header, columns.length, PROVENANCE.length);
        return open(dir, name, header);
    }

    List<GenerationSummary.FileCount> counts() {
        List<GenerationSummary.FileCount> result = new ArrayList<>();
        for (String name : FILES) {
            for (CsvFile f : all) {
                if (f.name().equals(name)) {
                    result.add(new GenerationSummary.FileCount(name, f.rows()));
                }
            }
        }
        return result;
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (CsvFile f : all) {
            try {
                f.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
