package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nexus.GraphIT;

class BundleImporterIT extends GraphIT {

    @TempDir
    Path temp;

    @BeforeEach
    void empty() {
        wipe();
    }

    @Test
    void loads_every_file_of_a_bundle_with_provenance_on_every_relationship() {
        ImportReport report = importer.load(bundleDir("tiny"), "test", BundleImporter.Progress.NONE);

        assertThat(count("MATCH (s:Subject) RETURN count(s)")).isEqualTo(6);
        assertThat(count("MATCH (g:Group:Gang) RETURN count(g)")).isEqualTo(1);
        assertThat(count("MATCH (g:Group:Ocg {ocgmBand: '1B'}) RETURN count(g)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Subject {id: 'T1'})-[r:MEMBER_OF]->(:Group) RETURN count(r)"))
                .isEqualTo(2);
        assertThat(count("MATCH (:Subject {id: 'T3'})-[r:INVOLVED_IN {category: 'VICTIM'}]->(:Incident {id: 'I2'})"
                        + " WHERE r.outcome IS NULL RETURN count(r)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Incident {id: 'I2'})-[:CLASSIFIED_AS]->(:Offence {code: 'WOUNDING_WITH_INTENT'})"
                        + " RETURN count(*)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Conviction {id: 'C2', overseas: true})<-[:HAS_CONVICTION]-(:Subject {id: 'T1'})"
                        + " RETURN count(*)"))
                .isEqualTo(1);
        assertThat(count("MATCH (n:IntelReport {id: 'N2'})-[r:MENTIONS]->(:Subject {id: 'T4'})"
                        + " WHERE r.grade = '1B' AND r.handling = 'C' AND r.basis = 'ASSESSMENT' RETURN count(r)"))
                .as("the report's grade travels with the mention")
                .isEqualTo(1);
        assertThat(count("MATCH (:Referral {id: 'R1', outcome: 'LIVE_INVESTIGATION'})-[:ORIGINATED_BY]->"
                        + "(:ReferralOriginator {id: 'TP_CUSTODY'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(count("MATCH ()-[r]->() WHERE r.source IS NULL OR r.recordedAt IS NULL OR r.basis IS NULL"
                        + " RETURN count(r)"))
                .as("relationships without provenance")
                .isZero();
        assertThat(count("MATCH ()-[r]->() WHERE r.basis = 'FACT' AND r.grade IS NOT NULL RETURN count(r)"))
                .as("facts carrying a grade")
                .isZero();
        assertThat(report.entities()).isEqualTo(6 + 2 + 2 + 1 + 1 + 3 + 2 + 2 + 1 + 1);
        assertThat(report.links()).isEqualTo(2 + 4 + 3 + 3 + 6 + 3 + 3);
        assertThat(count("MATCH (r:ImportRun {status: 'COMPLETED'}) RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void loading_the_same_bundle_again_changes_nothing() {
        load("tiny");
        Map<String, Long> before = census();

        load("tiny");

        assertThat(census()).isEqualTo(before);
    }

    @Test
    void a_bundle_with_errors_is_refused_with_every_error_and_nothing_is_written() throws IOException {
        load("tiny");
        Map<String, Long> before = census();
        Path bad = copyOf("tiny");
        write(bad, "subjects.csv", """
                subject_id,surname,forenames,dob,review_date,source,recorded_at
                B1,Ashdown,Petra,1990-13-01,2029-01-01,X,2024-01-01T10:00:00Z
                B2,,Leon,1991-01-01,2029-01-01,X,2024-01-01T10:00:00Z
                B3,Mercer,Ivo,1992-01-01,2029-01-01,X,yesterday
                """);
        write(bad, "associations.csv", """
                subject_id,associate_id,kind,source,recorded_at,basis,grade_scheme,grade,handling
                B3,T1,ASSOCIATE,INT-1,2024-01-01T10:00:00Z,ASSESSMENT,3x5x2,7Z,P
                B3,NOBODY,ASSOCIATE,INT-1,2024-01-01T10:00:00Z,FACT,,,
                T1,T2,ENEMY,INT-1,2024-01-01T10:00:00Z,FACT,,,
                """);

        assertThatThrownBy(() -> importer.load(bad, "test", BundleImporter.Progress.NONE))
                .isInstanceOfSatisfying(
                        BundleRejectedException.class,
                        e -> assertThat(e.errors().stream().map(ImportError::toString))
                                .contains(
                                        "subjects.csv:2:dob: not a date, expected YYYY-MM-DD (\"1990-13-01\")",
                                        "subjects.csv:3:surname: required",
                                        "subjects.csv:4:recorded_at: not an instant, expected e.g. 2024-03-01T14:22:00Z"
                                                + " (\"yesterday\")",
                                        "associations.csv:2:grade: not a 3x5x2 grade (source 1-3 then intelligence A-E,"
                                                + " e.g. 2B) (\"7Z\")",
                                        "associations.csv:3:associate_id: unknown subject (\"NOBODY\")",
                                        "associations.csv:4:kind: must be one of ASSOCIATE, FAMILY, PARTNER, CO_OFFENDER,"
                                                + " CELLMATE, RIVAL (\"ENEMY\")"));

        assertThat(census()).isEqualTo(before);
    }

    @Test
    void a_reference_to_a_subject_already_in_the_database_is_accepted() throws IOException {
        load("tiny");
        Path more = temp.resolve("more");
        Files.createDirectories(more);
        Files.copy(bundleDir("tiny").resolve("manifest.json"), more.resolve("manifest.json"));
        write(more, "associations.csv", """
                subject_id,associate_id,kind,source,recorded_at,basis
                T3,T6,FAMILY,CRIMS-9,2024-05-01T10:00:00Z,FACT
                """);

        importer.load(more, "test", BundleImporter.Progress.NONE);

        assertThat(count("MATCH (:Subject {id: 'T3'})-[r:ASSOCIATE_OF {kind: 'FAMILY'}]->(:Subject {id: 'T6'})"
                        + " RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void a_bundle_cannot_change_the_weight_of_a_loaded_offence() throws IOException {
        Path bundle = temp.resolve("offences");
        Files.createDirectories(bundle);
        Files.copy(bundleDir("tiny").resolve("manifest.json"), bundle.resolve("manifest.json"));
        write(bundle, "offences.csv", """
                offence_code,description,category,harm_days,capability
                MURDER,Murder,VIOLENCE_AGAINST_THE_PERSON,1,SERIOUS_VIOLENCE
                NEW_OFFENCE,A new offence,OTHER,10,NONE
                """);

        assertThatThrownBy(() -> importer.load(bundle, "test", BundleImporter.Progress.NONE))
                .isInstanceOfSatisfying(
                        BundleRejectedException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .hasToString(
                                        "offences.csv:2:harm_days: offence MURDER is already loaded with weight 5475.0;"
                                                + " replace the offence table to change a weight (\"1.0\")"));
        assertThat(count("MATCH (o:Offence {code: 'NEW_OFFENCE'}) RETURN count(o)"))
                .isZero();
    }

    @Test
    void unknown_files_and_a_missing_manifest_are_refused() throws IOException {
        Path bundle = temp.resolve("odd");
        Files.createDirectories(bundle);
        write(bundle, "subject.csv", "subject_id\nX1\n");

        assertThatThrownBy(() -> importer.load(bundle, "test", BundleImporter.Progress.NONE))
                .isInstanceOfSatisfying(
                        BundleRejectedException.class,
                        e -> assertThat(e.errors().stream().map(ImportError::toString))
                                .containsExactly(
                                        "manifest.json: missing: a bundle starts with manifest.json (format and version)",
                                        "subject.csv: unknown file: not part of the bundle format (docs/import-format.md)"));
    }

    private Map<String, Long> census() {
        return Map.of(
                "nodes",
                        count(
                                "MATCH (n) WHERE NOT n:ImportRun AND NOT n:AuditEntry AND NOT n:AuditHead RETURN count(n)"),
                "relationships", count("MATCH ()-[r]->() RETURN count(r)"),
                "properties",
                        count(
                                "MATCH (n) WHERE NOT n:ImportRun AND NOT n:AuditEntry AND NOT n:AuditHead RETURN sum(size(keys(n)))"),
                "relationshipProperties", count("MATCH ()-[r]->() RETURN sum(size(keys(r)))"));
    }

    private Path copyOf(String bundle) throws IOException {
        Path target = temp.resolve(bundle);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(bundleDir(bundle))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
}
