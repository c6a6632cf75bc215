package uk.nexus.network.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's parsers and bookkeeping: sizes, options, igraph's output, the harm-style sort. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void sizes_read_with_k_and_m_suffixes() {
        assertThat(BenchCommand.parseSize("10k")).isEqualTo(10_000);
        assertThat(BenchCommand.parseSize("100K")).isEqualTo(100_000);
        assertThat(BenchCommand.parseSize("1m")).isEqualTo(1_000_000);
        assertThat(BenchCommand.parseSize(" 2500 ")).isEqualTo(2_500);
        assertThatThrownBy(() -> BenchCommand.parseSize("10x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> BenchCommand.parseSize("999")).hasMessageContaining("between 1k and 10m");
        assertThatThrownBy(() -> BenchCommand.parseSize("11m")).hasMessageContaining("between 1k and 10m");
        assertThat(BenchCommand.label(10_000)).isEqualTo("10k");
        assertThat(BenchCommand.label(1_000_000)).isEqualTo("1m");
        assertThat(BenchCommand.label(2_500)).isEqualTo("2500");
    }

    @Test
    void options_are_parsed_and_mistakes_refused_with_exit_2() {
        BenchCommand.Options o = BenchCommand.Options.parse(new String[] {
            "analysis", "--sizes", "10k,2m", "--epsilon=0.05", "--no-igraph", "--seed", "-3", "--out", "x.md"
        });
        assertThat(o.sizes).containsExactly(10_000, 2_000_000);
        assertThat(o.epsilon).isEqualTo(0.05);
        assertThat(o.igraph).isFalse();
        assertThat(o.seed).isEqualTo(-3);
        assertThat(o.out).isEqualTo(Path.of("x.md"));

        assertThat(run("analysis", "--sizes")).contains("--sizes needs a value");
        assertThat(run("analysis", "--frobnicate", "1")).contains("unknown option '--frobnicate'");
        assertThat(run("graphs")).contains("unknown benchmark 'graphs'");
        assertThat(run()).contains("name what to benchmark");
        assertThat(run("analysis", "--epsilon", "2")).contains("--epsilon must be in (0, 1)");
        assertThat(run("analysis", "--no-igraph=yes")).contains("takes no value");
    }

    private static String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchCommand.run(
                args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void igraph_output_is_its_last_line_of_json_with_the_timings() {
        var json = IgraphRunner.parseTimings(
                "a warning\n{\"pagerankMs\": 12.5, \"louvainMs\": 3, \"modularity\": 0.61}\n");
        assertThat(json.get("pagerankMs").asDouble()).isEqualTo(12.5);
        assertThatThrownBy(() -> IgraphRunner.parseTimings("Traceback ...\nImportError"))
                .hasMessageContaining("printed no JSON");
        assertThatThrownBy(() -> IgraphRunner.parseTimings("{\"pagerankMs\": 1, \"louvainMs\": \"x\"}"))
                .hasMessageContaining("louvainMs");
    }

    @Test
    void score_vectors_must_have_one_value_per_vertex() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "0.5\n1e-3\n\n2\n");
        assertThat(IgraphRunner.readVector(file, 3)).containsExactly(0.5, 0.001, 2.0);
        assertThatThrownBy(() -> IgraphRunner.readVector(file, 4)).hasMessageContaining("3 values, expected 4");
        assertThatThrownBy(() -> IgraphRunner.readVector(file, 2)).hasMessageContaining("more than 2");
    }

    @Test
    void the_exported_edge_list_is_the_graph_in_subject_indices() throws IOException {
        SyntheticNetwork network = SyntheticNetwork.generate(200, 5, 3);
        Graph<String, DefaultWeightedEdge> graph = BenchCommand.InMemory.graph(network);
        Path edges = dir.resolve("e.txt");
        Path weights = dir.resolve("w.txt");
        IgraphRunner.export(graph, edges, weights);
        List<String> lines = Files.readAllLines(edges);
        List<String> strengths = Files.readAllLines(weights);
        assertThat(lines).hasSize(1_000);
        assertThat(strengths).hasSize(1_000);
        for (int e = 0; e < lines.size(); e++) {
            String[] ends = lines.get(e).split(" ");
            DefaultWeightedEdge edge = graph.getEdge(
                    SyntheticNetwork.id(Integer.parseInt(ends[0])), SyntheticNetwork.id(Integer.parseInt(ends[1])));
            assertThat(edge).isNotNull();
            assertThat(Double.parseDouble(strengths.get(e))).isEqualTo(graph.getEdgeWeight(edge));
        }
    }

    @Test
    void ranking_sorts_from_highest_score_ties_by_index() {
        assertThat(HarmStyleRanking.sortDescending(new double[] {1, 5, 3, 5, 0}))
                .containsExactly(1, 3, 2, 0, 4);
        assertThat(HarmStyleRanking.sortDescending(new double[0])).isEmpty();
        SplittableRandom random = new SplittableRandom(5);
        double[] score = new double[10_001];
        for (int i = 0; i < score.length; i++) {
            score[i] = random.nextInt(300) / 7.0;
        }
        int[] expected = IntStream.range(0, score.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        assertThat(HarmStyleRanking.sortDescending(score)).containsExactly(expected);
    }

    @Test
    void ratio_is_ours_over_igraph_and_absent_without_igraph() {
        assertThat(new BenchCommand.Row("m", "10k", 300.0, 150.0, "").ratio()).isEqualTo(2.0);
        assertThat(new BenchCommand.Row("m", "10k", 300.0, null, "").ratio()).isNull();
        assertThat(BenchCommand.seconds(1234.0)).isEqualTo("1.234 s");
        assertThat(BenchCommand.seconds(123_456.0)).isEqualTo("123.5 s");
    }
}
