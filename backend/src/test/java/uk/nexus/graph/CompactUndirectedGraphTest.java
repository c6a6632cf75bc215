package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompactUndirectedGraphTest {

    @Test
    void parallel_and_reciprocal_edges_are_merged_with_weights_summed_and_self_loops_dropped() {
        CompactUndirectedGraph<String> g = CompactUndirectedGraph.fromEdges(
                List.of("a", "b", "c"),
                new int[] {0, 1, 0, 2, 2},
                new int[] {1, 0, 1, 2, 1},
                new double[] {1, 2, 0.5, 9, 4},
                5);
        assertThat(g.edgeSet()).hasSize(2);
        assertThat(g.getEdgeWeight(g.getEdge("b", "a"))).isEqualTo(3.5);
        assertThat(g.getEdgeWeight(g.getEdge("c", "b"))).isEqualTo(4.0);
        assertThat(g.getEdge("a", "c")).isNull();
        assertThat(g.degreeOf("b")).isEqualTo(2);
        assertThat(g.edgesOf("a")).hasSize(1);
        assertThat(g.containsVertex("d")).isFalse();
        assertThatThrownBy(() -> g.addVertex("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CompactUndirectedGraph.fromEdges(
                        List.of("a", "b"), new int[] {0}, new int[] {1}, new double[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The measures give the same answers on the compact graph as on JGraphT's own simple graph. */
    @ParameterizedTest
    @MethodSource("uk.nexus.graph.ReferenceNetworks#networks")
    void measures_agree_with_a_jgrapht_simple_weighted_graph(String network) {
        Graph<String, DefaultWeightedEdge> reference = ReferenceNetworks.load(network);
        CompactUndirectedGraph<String> compact = compactOf(reference);
        assertThat(compact.vertexSet()).containsExactlyElementsOf(reference.vertexSet());
        assertThat(compact.edgeSet()).hasSize(reference.edgeSet().size());
        GraphSnapshot<String> s = GraphSnapshot.of(compact);
        same(new PowerIterationPageRank<>(s).getScores(), new PowerIterationPageRank<>(reference).getScores());
        same(new BrandesBetweenness<>(s, true).getScores(), new BrandesBetweenness<>(reference, true).getScores());
        same(
                new Closeness<>(s, Closeness.Variant.REACHABLE_ONLY).getScores(),
                new Closeness<>(reference, Closeness.Variant.REACHABLE_ONLY).getScores());
        same(new PowerIterationEigenvector<>(s).getScores(), new PowerIterationEigenvector<>(reference).getScores());
        assertThat(new BatageljZaversnikCoreness<>(s).getScores())
                .isEqualTo(new BatageljZaversnikCoreness<>(reference).getScores());
        // JGraphT's own algorithms run on it too: paths over the Graph interface.
        List<String> vertices = new ArrayList<>(reference.vertexSet());
        String a = vertices.get(0);
        String b = vertices.get(vertices.size() - 1);
        var onCompact = new TieStrengthShortestPaths<>(compact).getPath(a, b);
        var onReference = new TieStrengthShortestPaths<>(reference).getPath(a, b);
        if (onReference == null) {
            assertThat(onCompact).isNull();
        } else {
            assertThat(onCompact.getWeight()).isCloseTo(onReference.getWeight(), within(1e-12));
        }
    }

    /** Each edge given as two half-weight records in opposite directions, plus a self-loop. */
    private static CompactUndirectedGraph<String> compactOf(Graph<String, DefaultWeightedEdge> g) {
        List<String> vertices = new ArrayList<>(g.vertexSet());
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int m = g.edgeSet().size();
        int[] from = new int[2 * m + 1];
        int[] to = new int[2 * m + 1];
        double[] w = new double[2 * m + 1];
        int k = 0;
        for (DefaultWeightedEdge e : g.edgeSet()) {
            int u = index.get(g.getEdgeSource(e));
            int v = index.get(g.getEdgeTarget(e));
            from[k] = u;
            to[k] = v;
            w[k++] = g.getEdgeWeight(e) / 2;
            from[k] = v;
            to[k] = u;
            w[k++] = g.getEdgeWeight(e) / 2;
        }
        from[k] = 0;
        to[k] = 0;
        w[k++] = 1;
        return CompactUndirectedGraph.fromEdges(vertices, from, to, w, k);
    }

    private static void same(Map<String, Double> actual, Map<String, Double> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((v, x) -> assertThat(actual.get(v)).as(v).isCloseTo(x, within(1e-9)));
    }
}
