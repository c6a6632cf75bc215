package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class EgoNetworkTest {

    @Test
    void radius_counts_hops_from_the_ego() {
        EgoNetwork<String, DefaultWeightedEdge> ego = new EgoNetwork<>(TestGraphs.path(5));

        assertThat(ego.getEgoNetwork("3", 0).vertexSet()).containsExactly("3");
        assertThat(ego.getEgoNetwork("3", 1).vertexSet()).containsExactlyInAnyOrder("2", "3", "4");
        assertThat(ego.getEgoNetwork("3", 2).vertexSet()).containsExactlyInAnyOrder("1", "2", "3", "4", "5");
        assertThat(ego.getDistances("1", 3))
                .containsEntry("1", 0)
                .containsEntry("4", 3)
                .doesNotContainKey("5");
    }

    @Test
    void ego_network_is_induced_so_ties_between_alters_are_kept() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("e-a:3", "e-b", "a-b:7", "b-c");

        Graph<String, DefaultWeightedEdge> ego = new EgoNetwork<>(g).getEgoNetwork("e", 1);

        assertThat(ego.vertexSet()).containsExactlyInAnyOrder("e", "a", "b");
        assertThat(ego.edgeSet()).hasSize(3);
        assertThat(ego.getEdgeWeight(ego.getEdge("a", "b"))).isEqualTo(7.0);
    }

    @Test
    void directed_ego_network_includes_callers_and_callees() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.directed("caller-ego", "ego-callee", "callee-far");

        Graph<String, DefaultWeightedEdge> ego = new EgoNetwork<>(g).getEgoNetwork("ego", 1);

        assertThat(ego.vertexSet()).containsExactlyInAnyOrder("caller", "ego", "callee");
        assertThat(ego.containsEdge("caller", "ego")).isTrue();
        assertThat(ego.containsEdge("ego", "caller")).isFalse();
    }

    @Test
    void unknown_ego_and_negative_radius_are_rejected() {
        EgoNetwork<String, DefaultWeightedEdge> ego = new EgoNetwork<>(TestGraphs.path(2));

        assertThatIllegalArgumentException().isThrownBy(() -> ego.getEgoNetwork("x", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> ego.getEgoNetwork("1", -1));
    }
}
