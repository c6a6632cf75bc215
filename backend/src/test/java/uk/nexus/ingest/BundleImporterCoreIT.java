package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessLog;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GeneratorSettings;

/**
 * The in-process writer (decision 0601) writes exactly the graph the Cypher writer writes: the same
 * nodes, labels, properties and relationships, for the tiny bundle, a generated force and an update of
 * records already loaded; and loading again changes nothing.
 */
class BundleImporterCoreIT extends GraphIT {

    /** The nodes a bundle writes (the run record, version counter, users and audit are not the bundle's). */
    private static final String BUNDLE_NODES =
            "n:Subject OR n:Alias OR n:Group OR n:Location OR n:Phone OR n:Vehicle OR n:Weapon OR n:Incident"
                    + " OR n:IntelReport OR n:Offence OR n:ReferralOriginator OR n:Conviction OR n:Check"
                    + " OR n:Referral";

    @Autowired
    AccessLog accessLog;

    @TempDir
    Path temp;

    private BundleImporter cypher;

    @BeforeEach
    void setUp() {
        wipe();
        cypher = new BundleImporter(driver, "neo4j", 5_000, accessLog, null);
    }

    @Test
    void the_bean_writes_in_process_on_the_embedded_database() {
        assertThat(importer.writesInProcess()).isEqualTo(!onServerTarget());
    }

    @Test
    void tiny_bundle_is_written_the_same_by_both_writers_and_again_changes_nothing() {
        assertSameGraph(bundleDir("tiny"));
    }

    @Test
    void a_generated_force_is_written_the_same_by_both_writers_and_again_changes_nothing() {
        Path dir = temp.resolve("force");
        new ForceGenerator().generate(GeneratorSettings.defaults(400, 7, LocalDate.now()), dir);
        assertSameGraph(dir);
    }

    @Test
    void an_import_cut_short_is_completed_by_running_it_again() throws IOException {
        Path dir = temp.resolve("force");
        new ForceGenerator().generate(GeneratorSettings.defaults(300, 11, LocalDate.now()), dir);
        cypher.load(dir, "test", BundleImporter.Progress.NONE);
        List<String> complete = snapshot();

        // What an interrupted run leaves: the first node files, half of the subjects, no links.
        wipe();
        Path partial = temp.resolve("partial");
        Files.createDirectories(partial);
        Files.copy(dir.resolve("manifest.json"), partial.resolve("manifest.json"));
        for (String file : List.of("originators.csv", "locations.csv", "phones.csv")) {
            Files.copy(dir.resolve(file), partial.resolve(file));
        }
        List<String> subjects = Files.readAllLines(dir.resolve("subjects.csv"), StandardCharsets.UTF_8);
        Files.write(partial.resolve("subjects.csv"), subjects.subList(0, subjects.size() / 2), StandardCharsets.UTF_8);
        importer.load(partial, "test", BundleImporter.Progress.NONE);
        assertThat(count("MATCH (s:Subject) RETURN count(s)")).isEqualTo(subjects.size() / 2 - 1);

        importer.load(dir, "test", BundleImporter.Progress.NONE);
        assertThat(snapshot()).isEqualTo(complete);
    }

    @Test
    void updating_loaded_records_gives_the_same_graph_with_both_writers() throws IOException {
        Path changed = copyOf("tiny");
        // I1 now classified as another offence and with no location (its old links must go); T2 loses
        // its borough (the property must go); a membership changes role.
        rewrite(
                changed.resolve("incidents.csv"),
                "I1,CRIME_REPORT,ROBBERY_PERSONAL,2023-05-01T22:15:00Z,L1,",
                "I1,CRIME_REPORT,WOUNDING_WITH_INTENT,2023-05-01T22:15:00Z,,");
        rewrite(changed.resolve("subjects.csv"), ",,,Northgate,,2029-01-01,CRIMS-2,", ",,,,,2029-01-01,CRIMS-2,");

        load("tiny");
        cypher.load(changed, "test", BundleImporter.Progress.NONE);
        List<String> byCypher = snapshot();
        assertThat(byCypher)
                .anyMatch(s ->
                        s.startsWith("(Incident I1)-[:CLASSIFIED_AS") && s.contains("(Offence WOUNDING_WITH_INTENT)"));
        assertThat(byCypher).noneMatch(s -> s.startsWith("(Incident I1)-[:OCCURRED_AT"));

        wipe();
        load("tiny");
        importer.load(changed, "test", BundleImporter.Progress.NONE);
        assertThat(snapshot()).isEqualTo(byCypher);
    }

    private void assertSameGraph(Path bundle) {
        cypher.load(bundle, "test", BundleImporter.Progress.NONE);
        List<String> byCypher = snapshot();
        assertThat(byCypher).hasSizeGreaterThan(10);

        wipe();
        importer.load(bundle, "test", BundleImporter.Progress.NONE);
        List<String> inProcess = snapshot();
        assertThat(inProcess).isEqualTo(byCypher);

        importer.load(bundle, "test", BundleImporter.Progress.NONE);
        assertThat(snapshot()).as("loading again in process").isEqualTo(byCypher);
        cypher.load(bundle, "test", BundleImporter.Progress.NONE);
        assertThat(snapshot())
                .as("loading again with Cypher over what was written in process")
                .isEqualTo(byCypher);
    }

    /** Every bundle node and relationship as a line: labels, natural key, sorted properties. */
    private List<String> snapshot() {
        List<String> lines = new ArrayList<>();
        try (var session = driver.session()) {
            session.run(
                            "MATCH (n) WHERE " + BUNDLE_NODES
                                    + " RETURN n {labels: labels(n), key: coalesce(n.id, n.code, n.key), props: properties(n)} AS n")
                    .forEachRemaining(r -> lines.add(node(r.get("n"))));
            session.run("MATCH (a)-[r]->(b) WHERE (" + BUNDLE_NODES.replace("n:", "a:") + ") AND ("
                            + BUNDLE_NODES.replace("n:", "b:") + ")"
                            + " RETURN labels(a) AS al, coalesce(a.id, a.code, a.key) AS ak, type(r) AS t,"
                            + " properties(r) AS p, labels(b) AS bl, coalesce(b.id, b.code, b.key) AS bk")
                    .forEachRemaining(r -> lines.add(relationship(r)));
        }
        lines.sort(null);
        return lines;
    }

    private static String node(Value n) {
        return "("
                + String.join(
                        ":",
                        n.get("labels").asList(Value::asString).stream()
                                .sorted()
                                .toList()) + " " + n.get("key").asString() + ") "
                + new TreeMap<>(n.get("props").asMap(BundleImporterCoreIT::text));
    }

    private static String relationship(Record r) {
        return "("
                + r.get("al").asList(Value::asString).stream()
                        .sorted()
                        .findFirst()
                        .orElse("") + " "
                + r.get("ak").asString() + ")-[:" + r.get("t").asString() + " "
                + new TreeMap<>(r.get("p").asMap(BundleImporterCoreIT::text)) + "]->("
                + r.get("bl").asList(Value::asString).stream()
                        .sorted()
                        .findFirst()
                        .orElse("") + " "
                + r.get("bk").asString() + ")";
    }

    /** A value with its type, so a long 1 and a double 1.0, or a string and a date, do not compare equal. */
    private static String text(Value v) {
        return v.type().name() + ":" + v.asObject();
    }

    private static boolean onServerTarget() {
        return "server".equals(System.getProperty("nexus.test.neo4j", "embedded"));
    }

    private static void rewrite(Path file, String from, String to) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).contains(from);
        Files.writeString(file, content.replace(from, to), StandardCharsets.UTF_8);
    }

    private Path copyOf(String bundle) throws IOException {
        Path target = temp.resolve(bundle + "-copy");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(bundleDir(bundle))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }
}
