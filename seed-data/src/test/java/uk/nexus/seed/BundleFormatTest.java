package uk.nexus.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated bundle keeps every rule of docs/import-format.md that {@link BundleCheck} can test. */
class BundleFormatTest {

    @Test
    void default_bundle_passes_the_self_check() {
        Bundles.Generated b = Bundles.defaults();
        assertThat(new BundleCheck(b.dir(), b.settings().asOf()).run()).isEmpty();
    }

    @Test
    void small_bundle_with_planted_duplicates_and_another_seed_passes_the_self_check() {
        GeneratorSettings s =
                GeneratorSettings.defaults(1_000, 7, LocalDate.of(2025, 2, 28)).withPlantedDuplicates(40);
        Bundles.Generated b = Bundles.of(s);
        assertThat(new BundleCheck(b.dir(), s.asOf()).run()).isEmpty();
        assertThat(b.table("subjects.csv").size()).isEqualTo(1_040);
    }

    @Test
    void every_known_file_and_the_manifest_are_written_with_the_documented_columns() throws IOException {
        Bundles.Generated b = Bundles.defaults();
        for (String file : Bundle.FILES) {
            Table t = b.table(file);
            assertThat(t.header())
                    .as(file)
                    .containsExactlyElementsOf(BundleCheck.COLUMNS.get(file).keySet());
        }
        assertThat(Files.readString(b.dir().resolve("manifest.json")))
                .contains("\"format\": \"nexus-csv-bundle\"")
                .contains("\"version\": 1");
        assertThat(Files.exists(b.dir().resolve(Bundle.TRUTH_FILE))).isFalse();
    }

    @Test
    void the_self_check_catches_violations() throws IOException {
        Bundles.Generated good = Bundles.of(GeneratorSettings.defaults(1_000, 7, LocalDate.of(2025, 2, 28)));
        Path dir = Bundles.newDir();
        for (String f : Bundle.FILES) {
            Files.copy(good.dir().resolve(f), dir.resolve(f));
        }
        Files.copy(good.dir().resolve("manifest.json"), dir.resolve("manifest.json"));
        append(
                dir,
                "involvements.csv",
                "S000001,INC000001,VICTIM,CONVICTED,CR/1,2024-01-01T00:00:00Z,,,FACT,3x5x2,2B,P");
        append(dir, "associations.csv", "S000001,S000001,FRIEND,0,,src,2024-13-01T00:00:00Z,,,ASSESSMENT,3x5x2,7Z,C");
        append(
                dir,
                "referrals.csv",
                "R-X,S000001,TP_CUSTODY,APPROVED,j,2024-01-02T00:00:00Z,analyst,2024-01-01T00:00:00Z,"
                        + "2024-01-03T00:00:00Z,analyst,,,DEPORTED,,,,");
        append(dir, "involvements.csv", "S999999,INC000001,WITNESS,,CR/1,2024-01-01T00:00:00Z,,,FACT,,,");
        List<String> errors = new BundleCheck(dir, LocalDate.of(2025, 2, 28)).run();
        assertThat(errors)
                .anyMatch(e -> e.startsWith("involvements.csv:") && e.contains(":outcome: must be empty"))
                .anyMatch(e -> e.contains("a FACT carries no grade"))
                .anyMatch(e -> e.contains("associations.csv") && e.contains(":recorded_at: not an instant"))
                .anyMatch(e -> e.contains(":subject_id: unknown reference"))
                .anyMatch(e -> e.contains(":kind: not one of"))
                .anyMatch(e -> e.contains(":associate_id: same as subject_id"))
                .anyMatch(e -> e.contains(":grade: not a 3x5x2 grade"))
                .anyMatch(e -> e.contains(":approved_by: four-eyes"))
                .anyMatch(e -> e.contains(":submitted_at: before created_at"))
                .anyMatch(e -> e.contains(":outcome: only if ACCEPTED"));
    }

    private static void append(Path dir, String file, String row) throws IOException {
        Files.writeString(dir.resolve(file), row + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
