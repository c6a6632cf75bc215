package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class KeyPlayerFragmentationTest {

    /** Two stars (centres c1, c2, three leaves each) joined centre to centre. */
    private static Graph<String, DefaultWeightedEdge> twoStars() {
        return TestGraphs.undirected("c1-c2", "c1-a1", "c1-a2", "c1-a3", "c2-b1", "c2-b2", "c2-b3");
    }

    @Test
    void fragmentation_is_zero_when_connected_and_one_when_no_pair_is_connected() {
        assertThat(KeyPlayerFragmentation.fragmentation(TestGraphs.path(5))).isEqualTo(0.0);
        Graph<String, DefaultWeightedEdge> isolates = TestGraphs.undirected();
        isolates.addVertex("x");
        isolates.addVertex("y");
        assertThat(KeyPlayerFragmentation.fragmentation(isolates)).isEqualTo(1.0);
    }

    @Test
    void fragmentation_follows_borgattis_formula() {
        // components of sizes 3 and 2: F = 1 - (3*2 + 2*1) / (5*4) = 0.6
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("a-b", "b-c", "d-e");

        assertThat(KeyPlayerFragmentation.fragmentation(g)).isCloseTo(0.6, within(1e-15));
    }

    @Test
    void removing_one_star_centre_isolates_its_leaves() {
        KeyPlayerSet<String> result = new KeyPlayerFragmentation<>(twoStars(), 1).getKeyPlayers();

        // removing c1 leaves three isolates and a star of 4: F = 1 - 4*3 / (7*6) = 5/7
        assertThat(result.players()).containsExactly("c1");
        assertThat(result.fragmentationBefore()).isEqualTo(0.0);
        assertThat(result.fragmentationAfter()).isCloseTo(5.0 / 7.0, within(1e-15));
    }

    @Test
    void removing_both_centres_disconnects_everyone() {
        KeyPlayerSet<String> result = new KeyPlayerFragmentation<>(twoStars(), 2).getKeyPlayers();

        assertThat(result.players()).containsExactlyInAnyOrder("c1", "c2");
        assertThat(result.fragmentationAfter()).isEqualTo(1.0);
    }

    @Test
    void swaps_repair_the_greedy_choice_on_a_path() {
        // path 1..7: greedy takes 4 then 2 (F = 0.7); the best pair, e.g. {2,5}, gives F = 0.8
        KeyPlayerSet<String> result = new KeyPlayerFragmentation<>(TestGraphs.path(7), 2).getKeyPlayers();

        assertThat(result.fragmentationAfter()).isCloseTo(0.8, within(1e-15));
        assertThat(Set.copyOf(result.players())).isIn(Set.of("2", "5"), Set.of("3", "5"), Set.of("3", "6"));
    }

    @Test
    void finds_the_best_pair_of_the_cocaine_network_found_by_exhaustive_search() {
        // Natarajan (2006) NYC cocaine trafficking network, seed-data/networks/cocaine_natarajan/SOURCE.md
        Graph<String, DefaultWeightedEdge> g = ReferenceNetworks.load("cocaine_natarajan");
        List<String> vertices = new ArrayList<>(g.vertexSet());
        double best = 0;
        for (int i = 0; i < vertices.size(); i++) {
            for (int j = i + 1; j < vertices.size(); j++) {
                best = Math.max(best, fragmentationWithout(g, Set.of(vertices.get(i), vertices.get(j))));
            }
        }

        KeyPlayerSet<String> result = new KeyPlayerFragmentation<>(g, 2).getKeyPlayers();

        assertThat(result.fragmentationAfter()).isCloseTo(best, within(1e-12));
        assertThat(fragmentationWithout(g, Set.copyOf(result.players())))
                .isCloseTo(result.fragmentationAfter(), within(1e-12));
    }

    /** Independent F: JGraphT connected components of the graph minus {@code removed}. */
    private static double fragmentationWithout(Graph<String, DefaultWeightedEdge> g, Set<String> removed) {
        Set<String> kept = new java.util.HashSet<>(g.vertexSet());
        kept.removeAll(removed);
        long pairs = 0;
        for (Set<String> c : new ConnectivityInspector<>(new AsSubgraph<>(g, kept)).connectedSets()) {
            pairs += (long) c.size() * (c.size() - 1);
        }
        int n = kept.size();
        return 1.0 - pairs / ((double) n * (n - 1));
    }
}
