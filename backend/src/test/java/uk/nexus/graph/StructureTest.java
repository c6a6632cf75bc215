package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.UnorderedPair;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Cut elements, cores, components and Louvain on small hand-checkable graphs. */
class StructureTest {

    /** Two 4-cliques joined by the single edge a4-b1. */
    private static Graph<String, DefaultWeightedEdge> twoCliques() {
        return TestGraphs.undirected(
                "a1-a2", "a1-a3", "a1-a4", "a2-a3", "a2-a4", "a3-a4", "b1-b2", "b1-b3", "b1-b4", "b2-b3", "b2-b4",
                "b3-b4", "a4-b1");
    }

    @Test
    void the_edge_between_two_cliques_is_the_only_bridge() {
        TarjanCutElements<String> cut = new TarjanCutElements<>(twoCliques());

        assertThat(cut.getBridges()).containsExactly(UnorderedPair.of("a4", "b1"));
        assertThat(cut.getArticulationPoints()).containsExactlyInAnyOrder("a4", "b1");
    }

    @Test
    void a_long_path_does_not_overflow_the_stack() {
        int n = 200_000;
        TarjanCutElements<String> cut = new TarjanCutElements<>(TestGraphs.path(n));

        assertThat(cut.getBridges()).hasSize(n - 1);
        assertThat(cut.getArticulationPoints()).hasSize(n - 2);
    }

    @Test
    void core_numbers_peel_the_pendant_vertex_first() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("a-b", "b-c", "c-a", "c-d");

        BatageljZaversnikCoreness<String> cores = new BatageljZaversnikCoreness<>(g);

        assertThat(cores.getScores())
                .containsEntry("a", 2)
                .containsEntry("c", 2)
                .containsEntry("d", 1);
        assertThat(cores.getDegeneracy()).isEqualTo(2);
    }

    @Test
    void components_are_listed_largest_first() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("x-y", "a-b", "b-c");
        g.addVertex("lonely");

        List<Set<String>> components = new ConnectedComponents<>(g).getComponents();

        assertThat(components).containsExactly(Set.of("a", "b", "c"), Set.of("x", "y"), Set.of("lonely"));
    }

    @Test
    void louvain_splits_two_cliques_and_reports_their_modularity() {
        // m = 13; each clique: 6 internal edges, degree sum 13: Q = 2 (6/13 − (13/26)²) = 12/13 − 1/2
        Partition<String> partition = new Louvain<>(twoCliques()).getPartition();

        assertThat(partition.communities())
                .containsExactlyInAnyOrder(Set.of("a1", "a2", "a3", "a4"), Set.of("b1", "b2", "b3", "b4"));
        assertThat(partition.modularity()).isCloseTo(12.0 / 13.0 - 0.5, within(1e-12));
        assertThat(partition.membership().get("a1"))
                .isNotEqualTo(partition.membership().get("b1"));
    }

    @Test
    void louvain_is_deterministic_for_a_seed() {
        Graph<String, DefaultWeightedEdge> g = ReferenceNetworks.load("london_gang");

        Partition<String> first = new Louvain<>(g, 7, 1.0).getPartition();

        assertThat(new Louvain<>(g, 7, 1.0).getPartition()).isEqualTo(first);
    }

    @Test
    void modularity_of_everything_in_one_community_is_zero() {
        Graph<String, DefaultWeightedEdge> g = twoCliques();
        java.util.Map<String, Integer> one = new java.util.HashMap<>();
        g.vertexSet().forEach(v -> one.put(v, 0));

        assertThat(Modularity.of(g, one)).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void every_measure_accepts_an_empty_graph() {
        Graph<String, DefaultWeightedEdge> empty = TestGraphs.undirected();

        assertThat(new BrandesBetweenness<>(empty).getScores()).isEmpty();
        assertThat(new Closeness<>(empty, Closeness.Variant.WASSERMAN_FAUST).getScores())
                .isEmpty();
        assertThat(new PowerIterationPageRank<>(empty).getScores()).isEmpty();
        assertThat(new PowerIterationEigenvector<>(empty).getScores()).isEmpty();
        assertThat(new BatageljZaversnikCoreness<>(empty).getScores()).isEmpty();
        assertThat(new TarjanCutElements<>(empty).getBridges()).isEmpty();
        assertThat(new Louvain<>(empty).getPartition().communities()).isEmpty();
        assertThat(new KeyPlayerFragmentation<>(empty, 0).getKeyPlayers().fragmentationAfter())
                .isEqualTo(1.0);
    }
}
