package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nexus.graph.ReferenceNetworks.numbers;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiondatoKornaropoulosBetweennessTest {

    @Test
    void sample_size_follows_the_vc_dimension_bound() {
        // (0.5 / 0.1²) · (⌊log₂ 8⌋ + 1 + ln 10) = 50 · 6.3026 = 315.13
        assertThat(RiondatoKornaropoulosBetweenness.sampleSize(0.1, 0.1, 10)).isEqualTo(316);
        // VD = 3: ⌊log₂ 1⌋ = 0; (0.5 / 0.01²) · (1 + ln 20) = 5000 · 3.9957 = 19978.7
        assertThat(RiondatoKornaropoulosBetweenness.sampleSize(0.01, 0.05, 3)).isEqualTo(19979);
    }

    @Test
    void vertex_diameter_bound_on_a_path_is_twice_the_eccentricity_of_the_first_vertex_capped_by_size() {
        // BFS from vertex 1 of a 9-path: eccentricity 8, 2·8+1 = 17 > 9 vertices, so 9
        RiondatoKornaropoulosBetweenness<String> rk =
                new RiondatoKornaropoulosBetweenness<>(TestGraphs.path(9), 0.1, 0.1, 1);

        assertThat(rk.getVertexDiameterBound()).isEqualTo(9);
        assertThat(rk.getSampleSize()).isEqualTo(RiondatoKornaropoulosBetweenness.sampleSize(0.1, 0.1, 9));
    }

    /**
     * Estimates stay within the guaranteed bound of the exact networkx betweenness of real networks
     * (reference.json): Caviar (Morselli 2009) and Noordin Top (Roberts and Everton 2011), see their
     * SOURCE.md in seed-data/networks.
     */
    @ParameterizedTest(name = "{0} weighted={1} seed={2}")
    @CsvSource({
        "caviar, false, 1",
        "caviar, true, 2",
        "noordin_top, false, 3",
        "noordin_top, true, 4",
        "london_gang, true, 5"
    })
    void sampled_betweenness_is_within_its_error_bound_of_the_exact_reference(
            String network, boolean weighted, long seed) {
        Graph<String, DefaultWeightedEdge> g = ReferenceNetworks.load(network);
        Graph<String, DefaultWeightedEdge> graph = weighted ? g : new AsUnweightedGraph<>(g);
        Map<String, Double> exact = numbers(ReferenceNetworks.reference(network, "reference.json")
                .path("metrics")
                .path("betweenness_normalized")
                .path(weighted ? "w_inv" : "unweighted")
                .path("values"));

        RiondatoKornaropoulosBetweenness<String> rk = new RiondatoKornaropoulosBetweenness<>(graph, 0.01, 0.05, seed);
        Map<String, Double> estimate = rk.getScores();

        double worst = 0;
        for (Map.Entry<String, Double> e : exact.entrySet()) {
            worst = Math.max(worst, Math.abs(estimate.get(e.getKey()) - e.getValue()));
        }
        assertThat(worst).isLessThanOrEqualTo(rk.getErrorBound());
    }

    @Test
    void equal_seeds_give_equal_estimates() {
        Graph<String, DefaultWeightedEdge> g = ReferenceNetworks.load("siren");

        Map<String, Double> first = new RiondatoKornaropoulosBetweenness<>(g, 0.05, 0.1, 7).getScores();
        Map<String, Double> second = new RiondatoKornaropoulosBetweenness<>(g, 0.05, 0.1, 7).getScores();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void star_centre_is_estimated_near_one_and_leaves_exactly_zero() {
        Graph<String, DefaultWeightedEdge> star = TestGraphs.undirected("c-1", "c-2", "c-3", "c-4", "c-5", "c-6");

        RiondatoKornaropoulosBetweenness<String> rk = new RiondatoKornaropoulosBetweenness<>(star, 0.02, 0.01, 11);
        Map<String, Double> scores = rk.getScores();

        assertThat(scores.get("c")).isBetween(1 - rk.getErrorBound(), 1 + rk.getErrorBound());
        assertThat(scores.get("1")).isZero();
    }
}
