package uk.nexus.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nexus.ingest.ImportError;

class SpecReaderTest {

    @Test
    void header_problems_are_all_reported_and_no_row_is_read() throws IOException {
        var result = read("subjects.csv", "subject_id,surname,forname,surname\nX1,A,B,C\n");
        assertThat(result.errors())
                .containsExactly(
                        "subjects.csv:1:forname: unknown column (see docs/import-format.md for subjects.csv)",
                        "subjects.csv:1:surname: column named twice",
                        "subjects.csv:1:forenames: required column is missing",
                        "subjects.csv:1:review_date: required column is missing",
                        "subjects.csv:1:source: required column is missing",
                        "subjects.csv:1:recorded_at: required column is missing");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void victims_and_witnesses_carry_no_outcome_and_offenders_must_have_one() throws IOException {
        var result = read("involvements.csv", """
                subject_id,incident_id,category,outcome,source,recorded_at,basis
                S1,I1,VICTIM,CONVICTED,CRIS-1,2024-01-01T00:00:00Z,FACT
                S2,I1,OFFENDER,,CRIS-1,2024-01-01T00:00:00Z,FACT
                S3,I1,WITNESS,,CRIS-1,2024-01-01T00:00:00Z,FACT
                """);
        assertThat(result.errors())
                .containsExactly(
                        "involvements.csv:2:outcome: must be empty for a VICTIM: only offenders and suspects have"
                                + " an outcome (\"CONVICTED\")",
                        "involvements.csv:3:outcome: required for an OFFENDER or SUSPECT (the evidence level)");
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void grades_must_fit_their_scheme_and_facts_carry_none() throws IOException {
        var result = read("associations.csv", """
                subject_id,associate_id,kind,source,recorded_at,basis,grade_scheme,grade,handling
                S1,S2,ASSOCIATE,INT-1,2024-01-01T00:00:00Z,ASSESSMENT,5x5x5,B2,4
                S1,S3,ASSOCIATE,INT-1,2024-01-01T00:00:00Z,ASSESSMENT,5x5x5,2B,P
                S1,S4,FAMILY,CRIMS,2024-01-01T00:00:00Z,FACT,3x5x2,1A,P
                S1,S5,ASSOCIATE,INT-1,2024-01-01T00:00:00Z,ASSESSMENT,,2B,
                S1,S1,ASSOCIATE,INT-1,2024-01-01T00:00:00Z,ASSESSMENT,,,
                """);
        assertThat(result.errors())
                .containsExactly(
                        "associations.csv:3:grade: not a 5x5x5 grade (source A-E then intelligence 1-5, e.g. B2)"
                                + " (\"2B\")",
                        "associations.csv:3:handling: not a 5x5x5 handling code (1 to 5) (\"P\")",
                        "associations.csv:4:grade_scheme: a FACT carries no intelligence grade",
                        "associations.csv:5:grade_scheme: required with a grade or handling code",
                        "associations.csv:6:associate_id: a subject cannot be associated with itself (\"S1\")");
    }

    @Test
    void referral_rules_enforce_four_eyes_state_fields_and_time_order() throws IOException {
        var result = read("referrals.csv", """
                referral_id,subject_id,originator_id,state,justification,created_at,created_by,submitted_at,approved_at,approved_by,decided_at,outcome,outcome_at
                R1,S1,HOIE,APPROVED,why,2024-01-02T00:00:00Z,amy,2024-01-01T00:00:00Z,2024-01-03T00:00:00Z,amy,,,
                R2,S1,HOIE,SUBMITTED,why,2024-01-02T00:00:00Z,amy,,,,,DEPORTED,2024-02-01T00:00:00Z
                """);
        assertThat(result.errors())
                .containsExactly(
                        "referrals.csv:2:approved_by: four-eyes: the approver must not be the author (\"amy\")",
                        "referrals.csv:2:submitted_at: is before created_at (\"2024-01-01T00:00Z\")",
                        "referrals.csv:3:submitted_at: required once a referral is SUBMITTED",
                        "referrals.csv:3:outcome: only an ACCEPTED referral has an outcome (\"DEPORTED\")");
    }

    @Test
    void a_row_with_too_few_fields_is_an_error_of_that_line() throws IOException {
        var result = read("phones.csv", "phone_id,number\nP1,+44 7700 900000\nP2\n");
        assertThat(result.errors()).containsExactly("phones.csv:3: has 1 fields but the header names 2");
        assertThat(result.rows()).hasSize(1);
    }

    private record Result(List<String> errors, List<Row> rows) {}

    private static Result read(String file, String csv) throws IOException {
        Problems problems = new Problems(100);
        List<Row> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1000)) {
            SpecReader.read(reader, BundleSchema.file(file), problems, rows::add);
        }
        return new Result(problems.kept().stream().map(ImportError::toString).toList(), rows);
    }
}
