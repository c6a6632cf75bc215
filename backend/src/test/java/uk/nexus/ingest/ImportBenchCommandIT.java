package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import uk.nexus.GraphIT;
import uk.nexus.ingest.internal.BundleSchema;
import uk.nexus.ingest.internal.FileSpec;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GeneratorSettings;

/**
 * {@code bench import} on a small generated force: our importer (here the test context's, on the
 * shared embedded database) and LOAD CSV into a fresh embedded store write the same nodes per label
 * and relationships per type, so the LOAD CSV statements stay in step with {@link BundleSchema}.
 */
class ImportBenchCommandIT extends GraphIT {

    @TempDir
    Path temp;

    @Test
    void our_importer_and_load_csv_write_the_same_graph_and_the_figures_are_written() throws Exception {
        wipe();
        Path bundle = temp.resolve("force");
        new ForceGenerator().generate(GeneratorSettings.defaults(300, 5, LocalDate.now()), bundle);
        Path md = temp.resolve("bench.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ImportBenchCommand.run(
                new String[] {
                    "import",
                    "--bundle",
                    bundle.toString(),
                    "--page-cache",
                    "64m",
                    "--work-dir",
                    temp.resolve("work").toString(),
                    "--initial",
                    "--out",
                    md.toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                settings -> settings.store().endsWith("store-initial")
                        ? InitialLoadIT.ownBackend(settings.store())
                        : new ImportBenchCommand.Backend() {
                            @Override
                            public BundleImporter importer() {
                                return importer;
                            }

                            @Override
                            public Driver driver() {
                                return driver;
                            }

                            @Override
                            public void close() {}
                        });

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("Same nodes per label and relationships per type in every store");
        assertThat(printed).contains("INVOLVED_IN").contains("CLASSIFIED_AS").contains("MENTIONS");
        assertThat(Files.readString(md))
                .contains("| Neo4j LOAD CSV")
                .contains("| Nexus importer")
                .contains("| Nexus initial load");
    }

    @Test
    void there_is_a_load_csv_statement_for_every_file_of_the_format() {
        assertThat(LoadCsvStatements.all().keySet())
                .containsExactlyElementsOf(
                        BundleSchema.files().stream().map(FileSpec::file).collect(Collectors.toList()));
    }
}
