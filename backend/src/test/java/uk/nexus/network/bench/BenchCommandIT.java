package uk.nexus.network.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench analysis} end to end on a small network: a real embedded Neo4j in a temporary
 * store, the driver projection, our measures and (where Debian's python3-igraph is installed) igraph.
 */
class BenchCommandIT {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run bench(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void projects_what_it_wrote_to_neo4j_and_times_every_measure() throws IOException {
        Path table = dir.resolve("bench.md");
        Run run = bench(
                "analysis",
                "--sizes",
                "1k",
                "--no-igraph",
                "--work-dir",
                dir.resolve("work").toString(),
                "--out",
                table.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String markdown = Files.readString(table);
        assertThat(markdown)
                .contains("| generate | 1k |")
                .contains("1,000 subjects, 10,000 links")
                .contains("1,000 vertices, 10,000 edges")
                .contains("| PageRank (weighted, α 0.85, tol 1e-12) | 1k |")
                .contains("| betweenness, exact (Brandes, hops) | 1k |")
                .containsPattern("max error vs exact \\d\\.\\d\\de-\\d\\d")
                .containsPattern("modularity 0\\.\\d{4}")
                .contains("| harm-style ranking");
        assertThat(dir.resolve("work/1k/neo4j")).doesNotExist();
    }

    @Test
    void compares_with_igraph_on_the_same_graph() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import igraph").start();
        assumeTrue(probe.waitFor() == 0, "Debian's python3-igraph is not installed");
        Path table = dir.resolve("bench.md");

        Run run = bench("analysis", "--sizes", "1k", "--out", table.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String markdown = Files.readString(table);
        // Same graph, same definitions: the values agree, not just the shapes of the tables.
        assertThat(markdown)
                .containsPattern(
                        "\\| PageRank [^\\n]*\\| \\d+\\.\\d+× \\| \\d+ iterations; max abs diff vs igraph \\d\\.\\de-(0[89]|[1-9]\\d)");
        assertThat(markdown)
                .containsPattern("\\| betweenness, exact [^\\n]*max abs diff vs igraph \\d\\.\\de-(1[3-9]|[2-9]\\d)");
        assertThat(markdown).containsPattern("igraph 0\\.\\d{4} \\(");
    }
}
