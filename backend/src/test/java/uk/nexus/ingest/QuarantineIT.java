package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.GraphIT;

/** "Load the valid rows and quarantine the rest", and loading the quarantine once it is fixed. */
class QuarantineIT extends GraphIT {

    private static final String SUBJECT_Q1_BAD =
            "Q1,Ashdown,Petra,1990-13-01,F,,,,,,,Northgate,,2029-01-01,CRIMS-9,2024-01-01T10:00:00Z";
    private static final String SUBJECT_Q2 =
            "Q2,Mercer,\"Ivo\nJan\",1992-01-01,M,,,,,,,Northgate,,2029-01-01,CRIMS-9,2024-01-01T10:00:00Z";
    private static final String ASSOCIATION_OF_Q1 = "Q1,T1,ASSOCIATE,,,INT-9,2024-01-01T10:00:00Z,,,FACT,,,";
    private static final String ASSOCIATION_UNKNOWN = "Q2,NOBODY,ASSOCIATE,,,INT-9,2024-01-01T10:00:00Z,,,FACT,,,";
    private static final String ASSOCIATION_VALID = "Q2,T1,ASSOCIATE,,,INT-9,2024-01-01T10:00:00Z,,,FACT,,,";
    private static final String ALIAS_OF_Q1 = "Q1,Ash,Pet,,ALIAS,CUSTODY-9,2024-02-01T09:00:00Z,FACT";

    @TempDir
    Path temp;

    @Autowired
    QuarantiningImporter quarantining;

    @BeforeEach
    void empty() {
        wipe();
    }

    @Test
    void the_valid_rows_are_loaded_and_the_invalid_ones_and_those_that_refer_to_them_are_quarantined()
            throws IOException {
        Path bundle = plantedErrors();
        Path quarantine = temp.resolve("quarantine");

        QuarantiningImporter.Report report =
                quarantining.load(bundle, quarantine, "test", BundleImporter.Progress.NONE);

        assertThat(report.quarantinedByFile())
                .containsExactlyInAnyOrderEntriesOf(
                        java.util.Map.of("subjects.csv", 1L, "aliases.csv", 1L, "associations.csv", 2L));
        assertThat(report.errors().stream().map(ImportError::toString))
                .containsExactly(
                        "subjects.csv:8:dob: not a date, expected YYYY-MM-DD (\"1990-13-01\")",
                        "aliases.csv:4:subject_id: refers to subject Q1, whose row is quarantined (subjects.csv:8)"
                                + " (\"Q1\")",
                        "associations.csv:5:subject_id: refers to subject Q1, whose row is quarantined"
                                + " (subjects.csv:8) (\"Q1\")",
                        "associations.csv:6:associate_id: unknown subject (\"NOBODY\")");
        assertThat(count("MATCH (s:Subject) RETURN count(s)"))
                .as("T1-T6 and Q2")
                .isEqualTo(7);
        assertThat(count("MATCH (s:Subject {id: 'Q2', forenames: 'Ivo\nJan'}) RETURN count(s)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Subject {id: 'Q2'})-[r:ASSOCIATE_OF]->(:Subject {id: 'T1'}) RETURN count(r)"))
                .isEqualTo(1);
        assertThat(count("MATCH (s:Subject {id: 'Q1'}) RETURN count(s)")).isZero();
        assertThat(count("MATCH (r:ImportRun {status: 'COMPLETED'}) RETURN count(r)"))
                .isEqualTo(1);

        assertThat(quarantine.resolve("subjects.csv"))
                .content(StandardCharsets.UTF_8)
                .isEqualTo(header(bundle, "subjects.csv") + "\n" + SUBJECT_Q1_BAD + "\n");
        assertThat(quarantine.resolve("aliases.csv"))
                .content(StandardCharsets.UTF_8)
                .isEqualTo(header(bundle, "aliases.csv") + "\n" + ALIAS_OF_Q1 + "\n");
        assertThat(quarantine.resolve("associations.csv"))
                .content(StandardCharsets.UTF_8)
                .isEqualTo(header(bundle, "associations.csv") + "\n" + ASSOCIATION_OF_Q1 + "\n" + ASSOCIATION_UNKNOWN
                        + "\n");
        assertThat(quarantine.resolve("manifest.json")).hasSameTextualContentAs(bundle.resolve("manifest.json"));
        assertThat(Files.readString(quarantine.resolve("_errors.csv"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFfile,line,field,message,value,original_line\r\n"
                        + "subjects.csv,2,dob,\"not a date, expected YYYY-MM-DD\",1990-13-01,8\r\n"
                        + "aliases.csv,2,subject_id,\"refers to subject Q1, whose row is quarantined"
                        + " (subjects.csv:8)\",Q1,4\r\n"
                        + "associations.csv,2,subject_id,\"refers to subject Q1, whose row is quarantined"
                        + " (subjects.csv:8)\",Q1,5\r\n"
                        + "associations.csv,3,associate_id,unknown subject,NOBODY,6\r\n");
    }

    @Test
    void the_quarantine_once_fixed_loads_with_the_normal_import_and_gives_the_graph_of_a_clean_bundle()
            throws IOException {
        Path bundle = plantedErrors();
        Path quarantine = temp.resolve("quarantine");
        quarantining.load(bundle, quarantine, "test", BundleImporter.Progress.NONE);

        assertThatThrownBy(() -> importer.load(quarantine, "unfixed", BundleImporter.Progress.NONE))
                .as("the quarantine unfixed is refused like any bad bundle")
                .isInstanceOf(BundleRejectedException.class);
        fix(quarantine);
        importer.load(quarantine, "fixed", BundleImporter.Progress.NONE);
        GraphCensus afterQuarantine = GraphCensus.of(driver);

        wipe();
        fix(bundle);
        importer.load(bundle, "clean", BundleImporter.Progress.NONE);

        assertThat(afterQuarantine).isEqualTo(GraphCensus.of(driver));
        assertThat(afterQuarantine.nodes()).isGreaterThan(20);
    }

    @Test
    void a_bundle_without_errors_is_loaded_whole_and_no_quarantine_is_written() {
        Path quarantine = temp.resolve("quarantine");

        QuarantiningImporter.Report report =
                quarantining.load(bundleDir("tiny"), quarantine, "test", BundleImporter.Progress.NONE);

        assertThat(report.quarantine()).isNull();
        assertThat(report.quarantinedRows()).isZero();
        assertThat(quarantine).doesNotExist();
        GraphCensus quarantined = GraphCensus.of(driver);
        wipe();
        // the bundle alone (GraphIT.load adds fixtures the bundle cannot carry, decision 0645)
        importer.load(bundleDir("tiny"), "test", BundleImporter.Progress.NONE);
        assertThat(quarantined).isEqualTo(GraphCensus.of(driver));
    }

    @Test
    void a_fault_of_a_whole_file_cannot_be_quarantined_and_the_bundle_is_refused_with_nothing_written()
            throws IOException {
        Path bundle = plantedErrors();
        Files.writeString(
                bundle.resolve("phones.csv"),
                "phone_id,number,kind\nP9,\"+44 7700 900123,MOBILE\n",
                StandardCharsets.UTF_8);
        Path quarantine = temp.resolve("quarantine");

        assertThatThrownBy(() -> quarantining.load(bundle, quarantine, "test", BundleImporter.Progress.NONE))
                .isInstanceOfSatisfying(
                        BundleRejectedException.class,
                        e -> assertThat(e.errors().stream().map(ImportError::toString))
                                .contains("phones.csv:2: a quoted field opened on this line is never closed; the rest"
                                        + " of the file was not read"));
        assertThat(count("MATCH (s:Subject) RETURN count(s)")).isZero();
        assertThat(quarantine).doesNotExist();
    }

    @Test
    void the_command_line_loads_the_valid_rows_says_where_the_quarantine_is_and_exits_3() throws IOException {
        Path bundle = plantedErrors();
        Path quarantine = temp.resolve("q");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = ImportCommand.run(
                importer,
                quarantining,
                new String[] {bundle.toString(), "--quarantine", quarantine.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(ImportCommand.QUARANTINED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Quarantined 4 rows with 4 errors in " + quarantine);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("associations.csv:6:associate_id: unknown subject (\"NOBODY\")");
        assertThat(count("MATCH (s:Subject {id: 'Q2'}) RETURN count(s)")).isEqualTo(1);
    }

    private Path plantedErrors() throws IOException {
        Path bundle = temp.resolve("bundle");
        Files.createDirectories(bundle);
        try (Stream<Path> files = Files.list(bundleDir("tiny"))) {
            for (Path f : files.toList()) {
                Files.copy(f, bundle.resolve(f.getFileName()));
            }
        }
        append(bundle, "subjects.csv", SUBJECT_Q1_BAD, SUBJECT_Q2);
        append(bundle, "aliases.csv", ALIAS_OF_Q1);
        append(bundle, "associations.csv", ASSOCIATION_OF_Q1, ASSOCIATION_UNKNOWN, ASSOCIATION_VALID);
        return bundle;
    }

    private static void fix(Path bundle) throws IOException {
        replace(bundle, "subjects.csv", "1990-13-01", "1990-12-01");
        replace(bundle, "associations.csv", "NOBODY", "T2");
    }

    private static void replace(Path bundle, String file, String from, String to) throws IOException {
        Path path = bundle.resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
    }

    private static void append(Path bundle, String file, String... lines) throws IOException {
        Path path = bundle.resolve(file);
        Files.writeString(path, Files.readString(path) + String.join("\n", lines) + "\n");
    }

    private static String header(Path bundle, String file) throws IOException {
        return Files.readAllLines(bundle.resolve(file)).getFirst();
    }
}
