package uk.nexus.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writes_a_bundle_and_prints_counts_per_file() throws IOException {
        Path dir = Bundles.newDir().resolve("bundle");
        int code = run("--out", dir.toString(), "--subjects", "500", "--seed", "3", "--as-of=2026-06-30");
        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).contains("subjects.csv", "500", "referrals.csv", "links");
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("500 subjects, seed 3, as of 2026-06-30");
        assertThat(new BundleCheck(dir, java.time.LocalDate.of(2026, 6, 30)).run())
                .isEmpty();
    }

    @Test
    void count_overrides_and_planted_duplicates_are_applied() throws IOException {
        Path dir = Bundles.newDir();
        int code = run(
                "--out",
                dir.toString(),
                "--subjects",
                "1000",
                "--gangs",
                "5",
                "--ocgs",
                "2",
                "--incidents",
                "3000",
                "--referrals",
                "100",
                "--plant-duplicates",
                "20");
        assertThat(code).isZero();
        Bundles.Generated b = new Bundles.Generated(GeneratorSettings.defaults(), dir, null);
        assertThat(b.table("groups.csv").size()).isEqualTo(7);
        assertThat(b.table("incidents.csv").size()).isEqualTo(3_000);
        assertThat(b.table("referrals.csv").size()).isEqualTo(100);
        assertThat(b.table("subjects.csv").size()).isEqualTo(1_020);
        assertThat(Files.readAllLines(dir.resolve(Bundle.TRUTH_FILE)))
                .hasSize(21)
                .first()
                .isEqualTo("duplicate_id,original_id,variations");
    }

    @Test
    void a_duplicate_rate_plants_that_share_of_the_subjects() throws IOException {
        Path dir = Bundles.newDir();
        assertThat(run("--out", dir.toString(), "--subjects", "1000", "--duplicates", "0.05"))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve(ForceGenerator.TRUTH_FILE))).hasSize(51);
        assertThat(run("--out", dir.toString(), "--subjects", "1000", "--duplicates", "0.5"))
                .isEqualTo(GenerateCommand.USAGE);
        assertThat(err()).contains("--duplicates: a share between 0 and 0.1");
    }

    @Test
    void missing_out_is_a_usage_error() {
        assertThat(run("--subjects", "1000")).isEqualTo(GenerateCommand.USAGE);
        assertThat(err()).contains("--out DIR is required").contains("usage:");
        assertThat(out()).isEmpty();
    }

    @Test
    void unknown_flags_and_bad_values_are_rejected_with_a_clear_message() {
        assertThat(run("--out", "x", "--colour", "red")).isEqualTo(GenerateCommand.USAGE);
        assertThat(err()).contains("unknown option --colour");
        err.reset();
        assertThat(run("--out", "x", "--subjects", "many")).isEqualTo(GenerateCommand.USAGE);
        assertThat(err()).contains("--subjects: not a whole number: many");
        err.reset();
        assertThat(run("--out", "x", "--as-of", "2026-13-01")).isEqualTo(GenerateCommand.USAGE);
        assertThat(err()).contains("--as-of: not a date YYYY-MM-DD");
        err.reset();
        assertThat(run("--out", "x", "--subjects", "10")).isEqualTo(GenerateCommand.USAGE);
        assertThat(err()).contains("subjects must be between 100 and");
        err.reset();
        assertThat(run("--out", "x", "--seed")).isEqualTo(GenerateCommand.USAGE);
        assertThat(err()).contains("--seed needs a value");
    }

    @Test
    void help_prints_usage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("--plant-duplicates N");
    }

    @Test
    void an_unwritable_directory_fails_without_a_stack_trace() throws IOException {
        Path file = Files.createTempFile(Bundles.newDir(), "not-a-dir", ".txt");
        assertThat(run("--out", file.toString(), "--subjects", "100")).isEqualTo(GenerateCommand.FAILED);
        assertThat(err()).contains("cannot write");
    }
}
