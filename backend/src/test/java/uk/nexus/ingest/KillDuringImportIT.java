package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nexus.ingest.internal.NodeKind;
import uk.nexus.neo4j.EmbeddedNeo4j;
import uk.nexus.seed.GenerateCommand;

/**
 * kill -9 in the middle of an import: a child JVM imports a generated force into its own embedded
 * Neo4j and is killed ({@link Process#destroyForcibly()}, SIGKILL on Linux) once batches are being
 * written. The store must then open, hold its constraints and have no half-written node, the run must
 * be RUNNING; importing the same bundle again must complete and give exactly the graph of a clean
 * import (decision 0005, issue 6).
 */
class KillDuringImportIT {

    private static final Logger log = LoggerFactory.getLogger(KillDuringImportIT.class);
    private static final String PASSWORD = "test-password-1";
    /** Rows per write transaction in the child (-Dnexus.kill-test.batch). */
    private static final int BATCH = Integer.getInteger("nexus.kill-test.batch", 1_000);

    /** Size of the generated force (-Dnexus.kill-test.subjects): big enough to take several seconds to write. */
    private static final int SUBJECTS = Integer.getInteger("nexus.kill-test.subjects", 3_000);

    /** Write progress reports (one per batch) seen before the kill (-Dnexus.kill-test.batches). */
    private static final int KILL_AFTER = Integer.getInteger("nexus.kill-test.batches", 15);

    @TempDir
    Path temp;

    @Test
    void an_import_killed_mid_write_leaves_a_consistent_store_and_running_it_again_completes_it() throws Exception {
        Path bundle = temp.resolve("force");
        assertThat(GenerateCommand.run(
                        new String[] {"--out", bundle.toString(), "--subjects", String.valueOf(SUBJECTS), "--seed", "7"
                        },
                        new PrintStream(PrintStream.nullOutputStream()),
                        System.err))
                .isZero();

        Path cleanStore = temp.resolve("clean");
        Child clean = Child.start(cleanStore, bundle);
        assertThat(clean.process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(clean.lines).anyMatch(l -> l.startsWith("DONE "));
        long[] constraints = {0};
        GraphCensus expected = inStore(cleanStore, driver -> {
            constraints[0] = count(driver, "SHOW CONSTRAINTS YIELD name RETURN count(*)");
            return GraphCensus.of(driver);
        });
        log.info("clean import: {} ({} write batches)", expected, clean.writes());

        Path store = temp.resolve("killed");
        Child killed = Child.start(store, bundle);
        long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        // Killed once memberships.csv is written and the next file has started (so subjects, aliases and
        // memberships exist: nodes and relationships to check), at least KILL_AFTER batches in, with the
        // incidents and every later file still to come.
        while ((killed.writes() < KILL_AFTER || !killed.writingAfter("memberships.csv"))
                && killed.process.isAlive()
                && System.nanoTime() < waitUntil) {
            Thread.sleep(20);
        }
        assertThat(killed.process.isAlive()).as("still importing when killed").isTrue();
        killed.process.destroyForcibly();
        assertThat(killed.process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(killed.process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(killed.lines).noneMatch(l -> l.startsWith("DONE "));

        inStore(store, driver -> {
            GraphCensus partial = GraphCensus.of(driver);
            log.info("after kill -9 at {} write batches: {}", killed.writes(), partial);
            assertThat(partial.nodes())
                    .as("killed in the middle of writing")
                    .isGreaterThan(count(driver, "MATCH (o:Offence) RETURN count(o)"))
                    .isLessThan(expected.nodes() + expected.relationships());
            assertThat(partial).isNotEqualTo(expected);
            assertThat(partial.relationships()).as("links were being written").isPositive();
            assertThat(count(driver, "MATCH (r:ImportRun {status: 'RUNNING'}) RETURN count(r)"))
                    .isEqualTo(1);
            assertThat(count(driver, "MATCH (r:ImportRun {status: 'COMPLETED'}) RETURN count(r)"))
                    .isZero();
            for (NodeKind kind : NodeKind.values()) {
                assertThat(count(
                                driver,
                                "MATCH (n:%s) WHERE n.%s IS NULL RETURN count(n)".formatted(kind.label(), kind.key())))
                        .as("%s nodes without their key", kind.label())
                        .isZero();
            }
            assertThat(count(
                            driver,
                            "MATCH ()-[r]->() WHERE r.source IS NULL OR r.recordedAt IS NULL OR r.basis IS NULL"
                                    + " RETURN count(r)"))
                    .as("half-written relationships (no provenance)")
                    .isZero();
            assertThat(count(driver, "SHOW CONSTRAINTS YIELD name RETURN count(*)"))
                    .isPositive()
                    .isEqualTo(constraints[0]);
            String someone = driver.session()
                    .run("MATCH (s:Subject) RETURN s.id AS id LIMIT 1")
                    .single()
                    .get("id")
                    .asString();
            assertThatThrownBy(() -> driver.session()
                            .run("CREATE (:Subject {id: $id})", java.util.Map.of("id", someone))
                            .consume())
                    .as("the key constraint still holds")
                    .isInstanceOf(ClientException.class);
            return null;
        });

        Child again = Child.start(store, bundle);
        assertThat(again.process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(again.process.exitValue()).isZero();
        assertThat(again.lines).anyMatch(l -> l.startsWith("DONE "));

        inStore(store, driver -> {
            assertThat(GraphCensus.of(driver)).isEqualTo(expected);
            assertThat(count(driver, "MATCH (r:ImportRun {status: 'COMPLETED'}) RETURN count(r)"))
                    .isEqualTo(1);
            return null;
        });
    }

    private static long count(Driver driver, String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private static <T> T inStore(Path store, Function<Driver, T> work) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, "127.0.0.1", 0, PASSWORD, "64m");
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", PASSWORD))) {
            return work.apply(driver);
        }
    }

    /** An {@link ImportChild} JVM and the lines it printed. */
    private record Child(Process process, List<String> lines) {

        static Child start(Path store, Path bundle) throws IOException {
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx768m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            ImportChild.class.getName(),
                            store.toString(),
                            bundle.toString(),
                            String.valueOf(BATCH))
                    .redirectErrorStream(true)
                    .start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread.ofVirtual().start(() -> {
                try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lines.add(line);
                        if (!line.startsWith("PROGRESS")) {
                            log.info("child: {}", line);
                        }
                    }
                } catch (IOException e) {
                    // the child was killed
                }
            });
            return new Child(process, lines);
        }

        long writes() {
            return lines.stream().filter(l -> l.startsWith("PROGRESS write")).count();
        }

        /** True once the child reported writing {@code file} and then another file. */
        boolean writingAfter(String file) {
            boolean seen = false;
            for (String line : lines) {
                if (line.startsWith("PROGRESS write " + file + " ")) {
                    seen = true;
                } else if (seen && line.startsWith("PROGRESS write ")) {
                    return true;
                }
            }
            return false;
        }
    }
}
