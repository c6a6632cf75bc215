package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

class BrandesBetweennessTest {

    @Test
    void middle_of_a_path_lies_on_the_only_path_between_the_ends() {
        Map<String, Double> scores = new BrandesBetweenness<>(TestGraphs.path(3)).getScores();

        assertThat(scores).containsEntry("1", 0.0).containsEntry("2", 1.0).containsEntry("3", 0.0);
    }

    @Test
    void unnormalised_undirected_betweenness_counts_each_pair_once() {
        // path 1-2-3-4: vertex 2 is inside pairs {1,3} and {1,4}
        Map<String, Double> scores = new BrandesBetweenness<>(TestGraphs.path(4), false).getScores();

        assertThat(scores.get("2")).isEqualTo(2.0);
        assertThat(scores.get("3")).isEqualTo(2.0);
    }

    @Test
    void directed_betweenness_follows_arc_direction() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.directed("a-b", "b-c");

        Map<String, Double> scores = new BrandesBetweenness<>(g).getScores();

        // only the ordered pair (a, c) passes b; normalised by (n-1)(n-2) = 2
        assertThat(scores.get("b")).isEqualTo(0.5);
    }

    @Test
    void weighted_paths_that_tie_exactly_share_the_pair_even_when_doubles_disagree() {
        // 1/10 + 1/15 == 1/6 exactly, but 0.1 + 0.0666… != 0.1666… in binary floating point
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("s-x:10", "x-t:15", "s-t:6");

        Map<String, Double> scores = new BrandesBetweenness<>(g, false).getScores();

        assertThat(scores.get("x")).isEqualTo(0.5);
        assertThat(scores.get("s")).isEqualTo(0.0);
    }

    @Test
    void non_integer_weights_tie_exactly_through_rational_arithmetic() {
        // 1/5 + 1/7.5 == 1/3 exactly, but 0.2 + 0.1333… = 0.33333333333333337 in doubles
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("s-x:5", "x-t:7.5", "s-t:3");

        Map<String, Double> scores = new BrandesBetweenness<>(g, false).getScores();

        assertThat(scores.get("x")).isEqualTo(0.5);
    }

    @Test
    void three_hop_path_ties_exactly_with_a_direct_edge() {
        // 1/2 + 1/3 + 1/6 == 1/1; a is inside {s,b} and half of {s,t}, b inside {a,t} and half of {s,t}
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("s-a:2", "a-b:3", "b-t:6", "s-t:1");

        Map<String, Double> scores = new BrandesBetweenness<>(g, false).getScores();

        assertThat(scores.get("a")).isEqualTo(1.5);
        assertThat(scores.get("b")).isEqualTo(1.5);
        assertThat(scores.get("s")).isEqualTo(0.0);
        assertThat(scores.get("t")).isEqualTo(0.0);
    }

    @Test
    void strong_ties_are_short_so_the_strong_detour_carries_the_traffic() {
        // direct weak tie a-c (length 1) versus strong detour a-b-c (length 1/4 + 1/4)
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("a-b:4", "b-c:4", "a-c:1");

        assertThat(new BrandesBetweenness<>(g).getScores().get("b")).isEqualTo(1.0);
        assertThat(new BrandesBetweenness<>(new AsUnweightedGraph<>(g))
                        .getScores()
                        .get("b"))
                .isEqualTo(0.0);
    }

    @Test
    void parallel_edges_are_merged_by_summing_weights_and_self_loops_ignored() {
        WeightedPseudograph<String, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (String v : new String[] {"a", "b", "c"}) {
            g.addVertex(v);
        }
        g.setEdgeWeight(g.addEdge("a", "b"), 2);
        g.setEdgeWeight(g.addEdge("a", "b"), 2);
        g.setEdgeWeight(g.addEdge("b", "c"), 4);
        g.setEdgeWeight(g.addEdge("a", "c"), 1);
        g.setEdgeWeight(g.addEdge("a", "a"), 9);

        // merged a-b has weight 4, so a-b-c (1/2) beats a-c (1)
        assertThat(new BrandesBetweenness<>(g).getScores().get("b")).isEqualTo(1.0);
        assertThat(new Strength<>(g).getScores().get("a")).isEqualTo(5.0);
        assertThat(new Degree<>(g).getScores().get("a")).isEqualTo(2.0);
    }

    @Test
    void unweighted_multigraph_counts_parallel_edges_once() {
        Pseudograph<String, DefaultWeightedEdge> g = new Pseudograph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.addEdge("a", "b");
        g.addEdge("a", "b");

        assertThat(new Strength<>(g).getScores().get("a")).isEqualTo(1.0);
    }

    @Test
    void non_positive_weights_are_rejected() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.undirected("a-b:0");

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new BrandesBetweenness<>(g))
                .withMessageContaining("> 0");
    }

    @Test
    void repeated_parallel_runs_give_bitwise_identical_scores() {
        Graph<String, DefaultWeightedEdge> g = ReferenceNetworks.load("noordin_top");

        Map<String, Double> first = new BrandesBetweenness<>(g).getScores();
        for (int run = 0; run < 5; run++) {
            assertThat(new BrandesBetweenness<>(g).getScores()).isEqualTo(first);
        }
    }
}
