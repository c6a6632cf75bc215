package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nexus.GraphIT;
import uk.nexus.security.Role;
import uk.nexus.seed.GenerateCommand;
import uk.nexus.web.CsvTable;

/**
 * Issue 6 item 2 end to end: re-importing changes nothing (to the checksum), and bad input — huge
 * fields, a line that never ends, wrong encodings, BOMs, CRLF, quoted line breaks — is refused whole
 * with a precise error or read correctly; formula-like cells are stored as text and defused in exports.
 */
class ImportSafetyIT extends GraphIT {

    private static final String SUBJECTS_HEADER = "subject_id,surname,forenames,dob,review_date,source,recorded_at";

    @TempDir
    Path temp;

    @BeforeEach
    void tiny() {
        wipe();
        load("tiny");
    }

    @Test
    void importing_a_whole_generated_force_twice_changes_no_node_relationship_or_property() throws IOException {
        Path force = temp.resolve("force");
        assertThat(GenerateCommand.run(
                        new String[] {"--out", force.toString(), "--subjects", "300", "--seed", "11"},
                        new PrintStream(PrintStream.nullOutputStream()),
                        System.err))
                .isZero();
        ImportReport first = importer.load(force, "first", BundleImporter.Progress.NONE);
        GraphCensus before = GraphCensus.of(driver);

        ImportReport second = importer.load(force, "second", BundleImporter.Progress.NONE);

        assertThat(GraphCensus.of(driver)).isEqualTo(before);
        assertThat(second.entities()).isEqualTo(first.entities()).isPositive();
        assertThat(second.links()).isEqualTo(first.links()).isPositive();
        assertThat(count("MATCH (r:ImportRun {status: 'COMPLETED'}) RETURN count(r)"))
                .isEqualTo(3);
    }

    @Test
    void a_ten_megabyte_cell_is_refused_at_its_line_and_nothing_is_written() throws IOException {
        Path bundle = bundleWith(
                "subjects.csv",
                SUBJECTS_HEADER + "\nH1,Fine,Anna,,2029-01-01,X,2024-01-01T10:00:00Z\nH2,\"" + "x".repeat(10_000_000)
                        + "\",Bo,,2029-01-01,X,2024-01-01T10:00:00Z\n");

        assertRefused(
                bundle, "subjects.csv:3: a field longer than 100000 characters; the rest of the file was not read");
    }

    @Test
    void a_quote_that_is_never_closed_is_refused_at_the_line_it_opened_and_nothing_is_written() throws IOException {
        Path bundle = bundleWith(
                "subjects.csv",
                SUBJECTS_HEADER + "\nH1,Fine,Anna,,2029-01-01,X,2024-01-01T10:00:00Z\nH2,\"Open,Bo,,2029-01-01,X,"
                        + "2024-01-01T10:00:00Z\nH3,Fine,Cy,,2029-01-01,X,2024-01-01T10:00:00Z\n");

        assertRefused(
                bundle,
                "subjects.csv:3: a quoted field opened on this line is never closed; the rest of the file was not read");
    }

    @Test
    void a_windows_1252_file_is_refused_at_the_line_of_the_first_accent_with_a_hint() throws IOException {
        Path bundle =
                bundleWith("manifest.json", Files.readString(bundleDir("tiny").resolve("manifest.json")));
        Files.writeString(
                bundle.resolve("subjects.csv"),
                SUBJECTS_HEADER
                        + "\nH1,Fine,Anna,,2029-01-01,X,2024-01-01T10:00:00Z\nH2,Nu\u00f1ez,Jos\u00e9,,2029-01-01,X,"
                        + "2024-01-01T10:00:00Z\n",
                Charset.forName("windows-1252"));

        assertRefused(
                bundle,
                "subjects.csv:3: not valid UTF-8: byte 0xF1, which is \"\u00f1\" in Windows-1252/Latin-1; the file is"
                        + " probably in that encoding: save it as UTF-8; the rest of the file was not read");
    }

    @Test
    void a_utf16_file_is_refused_with_the_reason() throws IOException {
        Path bundle =
                bundleWith("manifest.json", Files.readString(bundleDir("tiny").resolve("manifest.json")));
        byte[] text = (SUBJECTS_HEADER + "\nH1,Fine,Anna,,2029-01-01,X,2024-01-01T10:00:00Z\n")
                .getBytes(StandardCharsets.UTF_16); // big-endian with its byte-order mark
        Files.write(bundle.resolve("subjects.csv"), text);

        assertRefused(
                bundle,
                "subjects.csv:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark FE FF); save it as UTF-8;"
                        + " the rest of the file was not read");
    }

    @Test
    void a_utf8_bom_crlf_line_ends_and_quoted_line_breaks_are_read_and_later_lines_keep_their_numbers()
            throws IOException {
        String rows = "\uFEFF" + SUBJECTS_HEADER + "\r\n"
                + "H1,\"Two\r\nLines\",\"Anna \"\"Nan\"\"\",,2029-01-01,X,2024-01-01T10:00:00Z\r\n"
                + "H2,Fine,Bo,1990-02-30,2029-01-01,X,2024-01-01T10:00:00Z\r\n";
        Path bundle = bundleWith("subjects.csv", rows);

        assertRefused(bundle, "subjects.csv:4:dob: not a date, expected YYYY-MM-DD (\"1990-02-30\")");

        Files.writeString(bundle.resolve("subjects.csv"), rows.replace("1990-02-30", "1990-02-28"));
        importer.load(bundle, "test", BundleImporter.Progress.NONE);
        assertThat(count("MATCH (s:Subject {id: 'H1', surname: 'Two\r\nLines', forenames: 'Anna \"Nan\"'})"
                        + " RETURN count(s)"))
                .isEqualTo(1);
        assertThat(count("MATCH (s:Subject {id: 'H2', dob: date('1990-02-28')}) RETURN count(s)"))
                .isEqualTo(1);
    }

    @Test
    void formula_cells_are_stored_as_text_and_defused_in_the_network_and_tracker_csv() throws Exception {
        String formula = "=HYPERLINK(\"http://x.invalid\",\"open\")";
        Path bundle = bundleWith(
                "subjects.csv",
                Files.readString(bundleDir("tiny").resolve("subjects.csv"))
                        .replace("T1,Okonkwo-Reyes,", "T1,\"" + formula.replace("\"", "\"\"") + "\","));
        importer.load(bundle, "test", BundleImporter.Progress.NONE);
        assertThat(count("MATCH (s:Subject {id: 'T1', surname: $f}) RETURN count(s)", java.util.Map.of("f", formula)))
                .as("stored exactly as given")
                .isEqualTo(1);

        String network = mvc.perform(get("/api/subjects/T1/network/export")
                        .param("format", "CSV")
                        .param("recipient", "FORCE")
                        .param("hops", "1")
                        .with(as(Role.DETECTIVE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(network).contains("'=HYPERLINK(");
        assertThat(network).doesNotContainPattern("(^|,|\\n)\"?=HYPERLINK");

        String tracker = mvc.perform(get("/api/referrals/tracker").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode item =
                JsonMapper.builder().build().readTree(tracker).path("items").get(0);
        String name = item.path("subjectName").asString();
        assertThat(name).as("the tracker carries the name as text").startsWith("=HYPERLINK(");
        // The tracker view's download renders its rows with CsvTable, as here.
        String csv = new CsvTable(
                        List.of("referral", "subject"),
                        List.of(List.of(item.path("id").asString(), name)))
                .render();
        assertThat(csv)
                .contains(",\"'=HYPERLINK(")
                .doesNotContain(",\"=HYPERLINK(")
                .doesNotContain(",=HYPERLINK(");
    }

    private void assertRefused(Path bundle, String error) {
        GraphCensus before = GraphCensus.of(driver);
        assertThatThrownBy(() -> importer.load(bundle, "test", BundleImporter.Progress.NONE))
                .isInstanceOfSatisfying(
                        BundleRejectedException.class,
                        e -> assertThat(e.errors().stream().map(ImportError::toString))
                                .contains(error));
        assertThat(GraphCensus.of(driver)).as("nothing written").isEqualTo(before);
    }

    /** A copy of the tiny bundle's manifest plus one file. */
    private Path bundleWith(String file, String text) throws IOException {
        Path bundle = Files.createTempDirectory(temp, "bundle");
        try (Stream<Path> files = Files.list(bundleDir("tiny"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("manifest.json"))
                    .toList()) {
                Files.copy(f, bundle.resolve(f.getFileName()));
            }
        }
        Files.writeString(bundle.resolve(file), text, StandardCharsets.UTF_8);
        return bundle;
    }
}
