package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Hand-computed values for closeness, harmonic, eigenvector and PageRank on tiny graphs. */
class CentralityTest {

    @Test
    void closeness_conventions_differ_on_small_components() {
        // components {a,b} and {c,d,e} (path); n = 5
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("a-b", "c-d", "d-e");

        Map<String, Double> reachable = new Closeness<>(g, Closeness.Variant.REACHABLE_ONLY).getScores();
        Map<String, Double> wf = new Closeness<>(g, Closeness.Variant.WASSERMAN_FAUST).getScores();

        assertThat(reachable.get("a")).isEqualTo(1.0);
        assertThat(wf.get("a")).isEqualTo(0.25);
        assertThat(reachable.get("d")).isEqualTo(1.0);
        assertThat(wf.get("d")).isEqualTo(0.5);
        assertThat(reachable.get("c")).isCloseTo(2.0 / 3.0, within(1e-15));
    }

    @Test
    void weighted_closeness_uses_inverse_tie_strength_as_distance() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("a-b:4", "b-c:2");

        // distances from b: 1/4 and 1/2
        assertThat(new Closeness<>(g, Closeness.Variant.REACHABLE_ONLY).getVertexScore("b"))
                .isCloseTo(2 / 0.75, within(1e-12));
    }

    @Test
    void directed_closeness_and_harmonic_use_incoming_distances() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.directed("a-b", "b-c");

        Map<String, Double> closeness = new Closeness<>(g, Closeness.Variant.REACHABLE_ONLY).getScores();
        Map<String, Double> harmonic = new HarmonicCloseness<>(g).getScores();

        assertThat(closeness.get("a")).isEqualTo(0.0);
        assertThat(closeness.get("c")).isCloseTo(2.0 / 3.0, within(1e-15));
        assertThat(harmonic.get("c")).isEqualTo(1.5);
        assertThat(harmonic.get("a")).isEqualTo(0.0);
    }

    @Test
    void harmonic_sums_reciprocal_distances() {
        Map<String, Double> scores = new HarmonicCloseness<>(TestGraphs.path(3)).getScores();

        assertThat(scores.get("2")).isEqualTo(2.0);
        assertThat(scores.get("1")).isEqualTo(1.5);
    }

    @Test
    void eigenvector_of_a_star_is_one_over_root_k_on_the_leaves() {
        // star with 4 leaves: λ = 2, x_leaf = x_centre / 2 (also exercises the bipartite case)
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("c-1", "c-2", "c-3", "c-4");

        Map<String, Double> scores = new PowerIterationEigenvector<>(g).getScores();

        assertThat(scores.get("c")).isCloseTo(1.0, within(1e-10));
        assertThat(scores.get("1")).isCloseTo(0.5, within(1e-10));
    }

    @Test
    void eigenvector_lives_on_the_component_with_the_largest_eigenvalue() {
        // triangle (λ = 2) and a separate edge (λ = 1)
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("a-b", "b-c", "c-a", "x-y");

        Map<String, Double> scores = new PowerIterationEigenvector<>(g).getScores();

        assertThat(scores.get("a")).isCloseTo(1.0, within(1e-10));
        assertThat(scores.get("x")).isEqualTo(0.0);
    }

    @Test
    void eigenvector_rejects_directed_graphs() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PowerIterationEigenvector<>(TestGraphs.directed("a-b")))
                .withMessageContaining("undirected");
    }

    @Test
    void pagerank_of_an_arc_spreads_the_dangling_target_uniformly() {
        // x_a = 0.85·x_b/2 + 0.15/2 and x_a + x_b = 1  =>  x_a = 0.5 / 1.425
        Graph<String, DefaultWeightedEdge> g = TestGraphs.directed("a-b");

        Map<String, Double> scores = new PowerIterationPageRank<>(g).getScores();

        assertThat(scores.get("a")).isCloseTo(0.5 / 1.425, within(1e-10));
        assertThat(scores.get("b")).isCloseTo(1 - 0.5 / 1.425, within(1e-10));
    }

    @Test
    void weighted_pagerank_follows_strong_ties() {
        // b splits its walk 3:1 between a and c, so a collects more rank than c
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("b-a:3", "b-c:1");

        Map<String, Double> scores = new PowerIterationPageRank<>(g).getScores();

        assertThat(scores.get("a")).isGreaterThan(scores.get("c"));
        assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
    }
}
