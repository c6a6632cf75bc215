package uk.nexus.network.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nexus.graph.ReferenceNetworks.numbers;
import static uk.nexus.graph.ScoreAssertions.assertScoresMatch;
import static uk.nexus.graph.ScoreAssertions.scaledToMaxOne;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nexus.graph.ReferenceNetworks;

/**
 * The {@code analyse} command end to end: its JSON against the networkx/igraph reference files of
 * the real networks in {@code seed-data/networks} (sources and citations in each dataset's
 * {@code SOURCE.md}, summarised in {@link ReferenceNetworks}), and its error handling.
 */
class AnalyseCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double TOLERANCE = 1e-6;

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    private static Run analyse(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AnalyseCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path copy(String network, String file) throws IOException {
        Path target = dir.resolve(network + "-" + file);
        try (InputStream in = ReferenceNetworks.open(network + "/" + file)) {
            Files.copy(in, target);
        }
        return target;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    static Stream<Arguments> referenceRuns() {
        return ReferenceNetworks.WITH_REFERENCE.stream().flatMap(network -> {
            boolean weighted = ReferenceNetworks.reference(network, "reference.json")
                    .path("input")
                    .path("weighted")
                    .asBoolean();
            return weighted
                    ? Stream.of(Arguments.of(network, false), Arguments.of(network, true))
                    : Stream.of(Arguments.of(network, false));
        });
    }

    @ParameterizedTest(name = "{0} weighted={1}")
    @MethodSource("referenceRuns")
    void analyse_output_equals_the_reference_on_every_reference_network(String network, boolean weighted)
            throws IOException {
        Path edges = copy(network, "edges.csv");
        Path nodes = copy(network, "nodes.csv");
        JsonNode reference = ReferenceNetworks.reference(network, "reference.json");
        JsonNode metrics = reference.path("metrics");

        Run run = weighted
                ? analyse("--edges", edges.toString(), "--nodes", nodes.toString(), "--weighted")
                : analyse("--edges", edges.toString(), "--nodes", nodes.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = run.json();
        JsonNode measures = result.path("measures");
        String path = weighted ? "w_inv" : "unweighted";
        String spectral = weighted ? "weighted" : "unweighted";
        assertThat(result.path("nodes").intValue())
                .isEqualTo(reference.path("basic").path("nodes").intValue());
        assertThat(result.path("edges").intValue())
                .isEqualTo(reference.path("basic").path("edges").intValue());
        assertScoresMatch(
                numbers(measures.path("degree")), numbers(metrics.path("degree").path("values")), 0);
        if (weighted) {
            assertScoresMatch(
                    numbers(measures.path("strength")),
                    numbers(metrics.path("strength").path("values")),
                    1e-9);
        }
        assertScoresMatch(
                numbers(measures.path("betweenness")),
                numbers(metrics.path("betweenness_normalized").path(path).path("values")),
                TOLERANCE);
        assertScoresMatch(
                numbers(measures.path("closeness")),
                numbers(metrics.path("closeness").path(path).path("values_reachable_only")),
                TOLERANCE);
        assertScoresMatch(
                numbers(measures.path("eigenvector")),
                scaledToMaxOne(
                        numbers(metrics.path("eigenvector").path(spectral).path("values"))),
                TOLERANCE);
        assertScoresMatch(
                numbers(measures.path("pagerank")),
                numbers(metrics.path("pagerank_alpha_0.85").path(spectral).path("values")),
                TOLERANCE);
        assertScoresMatch(
                numbers(measures.path("kcore")),
                numbers(metrics.path("k_core_number").path("values")),
                0);
        assertThat(strings(result.path("articulationPoints")))
                .isEqualTo(strings(metrics.path("articulation_points").path("nodes")));
        assertThat(pairs(result.path("bridges")))
                .isEqualTo(pairs(metrics.path("bridges").path("edges")));
        assertThat(result.path("communities").path("modularity").doubleValue())
                .isGreaterThanOrEqualTo(metrics.path("louvain")
                                .path(spectral)
                                .path("igraph")
                                .path("modularity")
                                .doubleValue()
                        - 0.01);
        assertThat(result.path("communities").path("membership").size())
                .isEqualTo(reference.path("basic").path("nodes").intValue());
        assertThat(strings(result.path("timingsMs").propertyNames()))
                .containsAll(AnalyseCommand.MEASURES)
                .contains("snapshot");
    }

    @Test
    void directed_weighted_analysis_equals_the_directed_reference_on_caviar() throws IOException {
        Path edges = copy("caviar", "edges_directed.csv");
        Path nodes = copy("caviar", "nodes.csv");
        JsonNode metrics =
                ReferenceNetworks.reference("caviar", "reference_directed.json").path("metrics");

        Run run = analyse("--edges", edges.toString(), "--nodes", nodes.toString(), "--directed", "--weighted");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode measures = run.json().path("measures");
        assertThat(measures.has("eigenvector")).isFalse();
        // networkx DiGraph degree is in+out; the reference stores it as degree_centrality = degree/(n-1)
        int n = 110;
        assertScoresMatch(
                numbers(measures.path("degree")),
                times(numbers(metrics.path("degree_centrality").path("values")), n - 1),
                1e-9);
        assertScoresMatch(
                numbers(measures.path("inDegree")),
                times(numbers(metrics.path("in_degree_centrality").path("values")), n - 1),
                1e-9);
        assertScoresMatch(
                numbers(measures.path("outDegree")),
                times(numbers(metrics.path("out_degree_centrality").path("values")), n - 1),
                1e-9);
        assertScoresMatch(
                numbers(measures.path("strength")),
                numbers(metrics.path("strength").path("values")),
                1e-9);
        assertScoresMatch(
                numbers(measures.path("betweenness")),
                numbers(metrics.path("betweenness_normalized").path("w_inv").path("values")),
                TOLERANCE);
        assertScoresMatch(
                numbers(measures.path("closeness")),
                numbers(metrics.path("closeness").path("w_inv").path("values_reachable_only")),
                TOLERANCE);
        assertScoresMatch(
                numbers(measures.path("pagerank")),
                numbers(metrics.path("pagerank_alpha_0.85").path("weighted").path("values")),
                TOLERANCE);
        assertScoresMatch(
                numbers(measures.path("kcore")),
                numbers(metrics.path("k_core_number").path("values")),
                0);
        assertThat(strings(run.json().path("articulationPoints")))
                .isEqualTo(strings(metrics.path("articulation_points").path("nodes")));
        assertThat(pairs(run.json().path("bridges")))
                .isEqualTo(pairs(metrics.path("bridges").path("edges")));
    }

    @Test
    void out_writes_the_json_to_a_file_and_nothing_to_stdout() throws IOException {
        Path edges = write("e.csv", "source,target,weight\na,b,2\nb,c,1\n");
        Path result = dir.resolve("result.json");

        Run run = analyse("--edges", edges.toString(), "--measures", "betweenness", "--out", result.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        JsonNode json = JSON.readTree(Files.readString(result));
        assertThat(json.path("measures").path("betweenness").path("b").doubleValue())
                .isEqualTo(1.0);
        assertThat(json.path("measures").has("degree")).isFalse();
    }

    @Test
    void reciprocal_rows_are_summed_and_self_loops_dropped() throws IOException {
        Path edges = write("e.csv", "source,target,weight\na,b,1\nb,a,2\na,a,5\n\nb,c,4\n");

        Run run = analyse("--edges", edges.toString(), "--weighted", "--measures", "degree");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("edges").intValue()).isEqualTo(2);
        assertThat(json.path("selfLoopsDropped").intValue()).isEqualTo(1);
        assertThat(json.path("measures").path("strength").path("a").doubleValue())
                .isEqualTo(3.0);
        assertThat(json.path("measures").path("degree").path("b").doubleValue()).isEqualTo(2.0);
    }

    @Test
    void weight_column_is_optional_and_nodes_file_adds_isolates() throws IOException {
        Path edges = write("e.csv", "source,target\na,b\n");
        Path nodes = write("n.csv", "id,role\na,x\nb,y\nlonely,z\n");

        Run run = analyse(
                "--edges", edges.toString(), "--nodes", nodes.toString(), "--weighted", "--measures", "degree,kcore");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("nodes").intValue()).isEqualTo(3);
        assertThat(json.path("measures").path("strength").path("a").doubleValue())
                .isEqualTo(1.0);
        assertThat(json.path("measures").path("kcore").path("lonely").intValue())
                .isZero();
    }

    @Test
    void help_prints_usage_and_succeeds() {
        Run run = analyse("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("usage: analyse --edges");
    }

    @Test
    void unknown_flag_is_a_usage_error() throws IOException {
        Path edges = write("e.csv", "source,target\na,b\n");

        Run run = analyse("--edges", edges.toString(), "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown option '--frobnicate'").hasLineCount(1);
    }

    @Test
    void missing_edges_option_and_missing_value_are_usage_errors() {
        assertThat(analyse("--weighted").exitCode()).isEqualTo(2);
        Run run = analyse("--edges");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--edges needs a value");
    }

    @Test
    void unknown_measure_is_a_usage_error() throws IOException {
        Path edges = write("e.csv", "source,target\na,b\n");

        Run run = analyse("--edges", edges.toString(), "--measures", "degree,charisma");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown measure 'charisma'").hasLineCount(1);
    }

    @Test
    void eigenvector_with_directed_is_refused_clearly() throws IOException {
        Path edges = write("e.csv", "source,target\na,b\n");

        Run run = analyse("--edges", edges.toString(), "--directed", "--measures", "pagerank,eigenvector");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("eigenvector is not supported with --directed")
                .hasLineCount(1);
    }

    @Test
    void missing_file_is_reported_with_its_name() {
        Path missing = dir.resolve("nope.csv");

        Run run = analyse("--edges", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(missing + ": no such file").hasLineCount(1);
    }

    @Test
    void row_with_too_few_fields_is_reported_with_file_line_and_value() throws IOException {
        Path edges = write("e.csv", "source,target,weight\na,b,1\nlonely\n");

        Run run = analyse("--edges", edges.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(edges + ":3:").contains("'lonely'").hasLineCount(1);
    }

    @Test
    void non_numeric_weight_is_reported_with_file_line_and_value() throws IOException {
        Path edges = write("e.csv", "source,target,weight\na,b,1\n\nb,c,heavy\n");

        Run run = analyse("--edges", edges.toString(), "--weighted");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(edges + ":4: weight 'heavy' is not a number")
                .hasLineCount(1);
    }

    @Test
    void non_positive_weights_are_rejected_with_file_and_line() throws IOException {
        for (String bad : List.of("0", "-2", "NaN")) {
            Path edges = write("e" + bad + ".csv", "source,target,weight\na,b," + bad + "\n");

            Run run = analyse("--edges", edges.toString());

            assertThat(run.exitCode()).as(bad).isEqualTo(1);
            assertThat(run.err())
                    .contains(edges + ":2: weight must be a finite number > 0")
                    .contains("'" + bad + "'");
        }
    }

    @Test
    void header_without_source_and_target_is_rejected() throws IOException {
        Path edges = write("e.csv", "from,to\na,b\n");

        Run run = analyse("--edges", edges.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(edges + ":1: header must name columns source,target");
    }

    private static Map<String, Double> times(Map<String, Double> values, double factor) {
        Map<String, Double> scaled = new TreeMap<>();
        values.forEach((k, v) -> scaled.put(k, v * factor));
        return scaled;
    }

    private static Set<String> strings(Iterable<?> values) {
        Set<String> set = new HashSet<>();
        for (Object v : values) {
            set.add(v instanceof JsonNode node ? node.asString() : v.toString());
        }
        return set;
    }

    private static Set<Set<String>> pairs(JsonNode edges) {
        Set<Set<String>> set = new HashSet<>();
        for (JsonNode e : edges.values()) {
            set.add(Set.of(e.get(0).asString(), e.get(1).asString()));
        }
        return set;
    }

    @Test
    void scores_are_listed_in_input_order() throws IOException {
        Path edges = write("e.csv", "source,target\nz,y\ny,x\n");

        JsonNode degree = analyse("--edges", edges.toString(), "--measures", "degree")
                .json()
                .path("measures")
                .path("degree");

        assertThat(List.copyOf(degree.propertyNames())).containsExactly("z", "y", "x");
        assertThat(new TreeMap<>(Map.of("y", degree.path("y").doubleValue()))).containsEntry("y", 2.0);
    }
}
