package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class TieStrengthShortestPathsTest {

    /** a-c-d via strong ties (length 1/2 + 1/2), a-b-d via unit ties (2), and a weak direct a-d (2). */
    private static Graph<String, DefaultWeightedEdge> diamond() {
        return TestGraphs.undirected("a-b:1", "b-d:1", "a-c:2", "c-d:2", "a-d:0.5");
    }

    @Test
    void shortest_path_prefers_strong_ties() {
        Graph<String, DefaultWeightedEdge> g = diamond();

        GraphPath<String, DefaultWeightedEdge> path = new TieStrengthShortestPaths<>(g).getPath("a", "d");

        assertThat(path.getVertexList()).containsExactly("a", "c", "d");
        assertThat(path.getWeight()).isCloseTo(1.0, within(1e-15));
        assertThat(path.getGraph()).as("path belongs to the caller's graph").isSameAs(g);
    }

    @Test
    void unweighted_shortest_path_is_the_direct_edge() {
        Graph<String, DefaultWeightedEdge> g = new AsUnweightedGraph<>(diamond());

        GraphPath<String, DefaultWeightedEdge> path = new TieStrengthShortestPaths<>(g).getPath("a", "d");

        assertThat(path.getVertexList()).containsExactly("a", "d");
        assertThat(path.getWeight()).isEqualTo(1.0);
    }

    @Test
    void k_shortest_paths_are_loopless_and_ordered_by_length() {
        List<GraphPath<String, DefaultWeightedEdge>> paths =
                new TieStrengthShortestPaths<>(diamond()).getPaths("a", "d", 5);

        assertThat(paths).hasSize(3);
        assertThat(paths.get(0).getVertexList()).containsExactly("a", "c", "d");
        assertThat(paths.subList(1, 3).stream().map(GraphPath::getVertexList).toList())
                .containsExactlyInAnyOrder(List.of("a", "b", "d"), List.of("a", "d"));
        assertThat(paths.get(1).getWeight()).isCloseTo(2.0, within(1e-15));
        assertThat(paths.get(2).getWeight()).isCloseTo(2.0, within(1e-15));
        for (GraphPath<String, DefaultWeightedEdge> p : paths) {
            assertThat(p.getVertexList()).doesNotHaveDuplicates();
        }
    }

    @Test
    void directed_paths_follow_arcs_and_unreachable_targets_have_none() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.directed("a-b", "b-c", "c-a");
        g.addVertex("z");
        TieStrengthShortestPaths<String, DefaultWeightedEdge> paths = new TieStrengthShortestPaths<>(g);

        assertThat(paths.getPath("a", "c").getVertexList()).containsExactly("a", "b", "c");
        assertThat(paths.getPath("c", "b").getVertexList()).containsExactly("c", "a", "b");
        assertThat(paths.getPath("a", "z")).isNull();
        assertThat(paths.getPaths("a", "z", 3)).isEmpty();
    }

    @Test
    void unknown_vertices_and_bad_k_are_rejected() {
        TieStrengthShortestPaths<String, DefaultWeightedEdge> paths = new TieStrengthShortestPaths<>(diamond());

        assertThatIllegalArgumentException().isThrownBy(() -> paths.getPath("a", "nobody"));
        assertThatIllegalArgumentException().isThrownBy(() -> paths.getPaths("a", "d", 0));
    }
}
