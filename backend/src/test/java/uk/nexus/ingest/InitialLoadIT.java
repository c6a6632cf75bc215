package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nexus.GraphIT;
import uk.nexus.NexusTestApplication;
import uk.nexus.neo4j.EmbeddedNeo4j;
import uk.nexus.neo4j.NexusNeo4jProperties;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GeneratorSettings;

/**
 * {@code import --initial} (decision 0603): Neo4j's offline importer, fed by the same core forms as
 * the transactional writer, writes exactly the graph the transactional import writes (every label,
 * property value and type, relationship and its properties), with the schema back in place, the
 * run recorded and the access log entry written; and it refuses, writing nothing, a store that holds
 * data, a bundle with errors, and a bundle it could not load exactly.
 */
class InitialLoadIT extends GraphIT {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @Test
    void writes_the_same_graph_as_the_transactional_import_and_refuses_a_store_with_data() throws Exception {
        Path bundle = temp.resolve("force");
        new ForceGenerator().generate(GeneratorSettings.defaults(1_000, 11, LocalDate.now()), bundle);
        Path store = temp.resolve("store");

        ImportReport report = InitialLoad.load(bundle, "initial", open(store), BundleImporter.Progress.NONE, out());
        // Loaded once: a second initial load is refused (the census below shows it changed nothing).
        assertThatThrownBy(() -> InitialLoad.load(bundle, "again", open(store), BundleImporter.Progress.NONE, out()))
                .isInstanceOf(InitialLoad.NotPossible.class)
                .hasMessageContaining("without loaded data");

        wipe();
        ImportReport transactional = importer.load(bundle, "transactional", BundleImporter.Progress.NONE);
        GraphCensus expected = GraphCensus.of(driver);
        List<String> expectedSchema = schema(driver);
        assertThat(report.entities()).isEqualTo(transactional.entities());
        assertThat(report.links()).isEqualTo(transactional.links());
        try (InitialLoad.Store s = open(store).get()) {
            assertThat(GraphCensus.of(s.driver())).isEqualTo(expected);
            assertThat(schema(s.driver())).containsExactlyInAnyOrderElementsOf(expectedSchema);
            var run = s.driver()
                    .session()
                    .run("MATCH (r:ImportRun) RETURN r.status AS status, r.mode AS mode, r.entities AS entities")
                    .single();
            assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(run.get("mode").asString()).isEqualTo("INITIAL");
            assertThat(run.get("entities").asLong()).isEqualTo(report.entities());
            long logged = s.driver()
                    .session()
                    .run("MATCH (e:AuditEntry {action: 'import.load'}) RETURN count(e) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(logged).isEqualTo(1);
            // The unique constraints are back: a second subject with a loaded id is refused.
            assertThatThrownBy(() -> s.driver()
                            .session()
                            .run("CREATE (:Subject {id: $id})", Map.of("id", firstSubject(bundle)))
                            .consume())
                    .hasMessageContaining("already exists");
        }
        assertThat(Files.exists(store.resolve("initial-load"))).isFalse();
    }

    @Test
    void a_bundle_with_errors_or_a_repeated_link_writes_nothing() throws Exception {
        Path store = temp.resolve("store");

        Path broken = temp.resolve("broken");
        copy(bundleDir("tiny"), broken);
        Files.writeString(
                broken.resolve("memberships.csv"),
                Files.readString(broken.resolve("memberships.csv")).replaceFirst("\nT1,", "\nNOPE1,"));
        // Through the command, as ./nexus import DIR --initial runs it.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = ImportCommand.runInitial(
                open(store),
                new String[] {broken.toString(), "--initial"},
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("nothing was written")
                .contains("memberships.csv:2:subject_id");
        assertThat(ImportCommand.usageError(new String[] {broken.toString(), "--initial", "--quarantine", "q"}))
                .contains("cannot be combined with --quarantine");

        Path repeated = temp.resolve("repeated");
        copy(bundleDir("tiny"), repeated);
        List<String> lines = Files.readAllLines(repeated.resolve("memberships.csv"));
        lines.add(lines.get(1));
        Files.write(repeated.resolve("memberships.csv"), lines);
        assertThatThrownBy(
                        () -> InitialLoad.load(repeated, "repeated", open(store), BundleImporter.Progress.NONE, out()))
                .isInstanceOf(InitialLoad.NotPossible.class)
                .hasMessageContaining("memberships.csv:" + lines.size())
                .hasMessageContaining("repeats a MEMBER_OF link")
                .hasMessageContaining("without --initial");

        try (InitialLoad.Store s = open(store).get()) {
            // The reference tables only, as a new store has them.
            assertThat(count(s.driver(), "MATCH (n) WHERE n:Subject OR n:Group OR n:ImportRun RETURN count(n)"))
                    .isZero();
            assertThat(count(s.driver(), "MATCH (o:Offence) RETURN count(o)")).isPositive();
        }
        assertThat(Files.exists(store.resolve("initial-load"))).isFalse();
    }

    private PrintStream out() {
        return new PrintStream(log, true, StandardCharsets.UTF_8);
    }

    /** The test application on its own embedded store, as {@code nexus import --initial} starts it. */
    private static Supplier<InitialLoad.Store> open(Path store) {
        return () -> ownBackend(store);
    }

    /** The test application started on a store of its own (the initial load stops and starts it). */
    static ImportBenchCommand.Backend ownBackend(Path store) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NexusTestApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run(
                        "--nexus.neo4j.embedded.data-directory=" + store.toAbsolutePath(),
                        "--nexus.neo4j.embedded.bolt-port=0",
                        "--nexus.demo.data=false",
                        "--logging.level.root=WARN");
        return new ImportBenchCommand.Backend() {
            @Override
            public BundleImporter importer() {
                return context.getBean(BundleImporter.class);
            }

            @Override
            public Driver driver() {
                return context.getBean(Driver.class);
            }

            @Override
            public EmbeddedNeo4j embedded() {
                return context.getBean(EmbeddedNeo4j.class);
            }

            @Override
            public String database() {
                return context.getBean(NexusNeo4jProperties.class).database();
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }

    private static List<String> schema(Driver driver) {
        try (var session = driver.session()) {
            List<String> all = new java.util.ArrayList<>(session.run("SHOW CONSTRAINTS YIELD createStatement")
                    .list(r -> r.get("createStatement").asString()));
            all.addAll(session.run("SHOW INDEXES YIELD type, state, createStatement WHERE state = 'ONLINE'"
                            + " RETURN type + ' ' + createStatement AS s")
                    .list(r -> r.get("s").asString()));
            return all;
        }
    }

    private static long count(Driver driver, String query) {
        try (var session = driver.session()) {
            return session.run(query).single().get(0).asLong();
        }
    }

    private static String firstSubject(Path bundle) throws Exception {
        return Files.readAllLines(bundle.resolve("subjects.csv")).get(1).split(",")[0];
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
