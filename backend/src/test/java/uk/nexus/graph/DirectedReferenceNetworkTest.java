package uk.nexus.graph;

import static uk.nexus.graph.ReferenceNetworks.numbers;
import static uk.nexus.graph.ScoreAssertions.assertScoresMatch;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Directed betweenness, incoming closeness and PageRank against {@code reference_directed.json}
 * (networkx 2.8.8 on {@code edges_directed.csv}) for the four reference networks that have directed
 * arcs; datasets and sources as in {@link ReferenceNetworks}.
 */
class DirectedReferenceNetworkTest {

    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#directedNetworks")
    void directed_betweenness_closeness_and_pagerank_match_networkx(String network) {
        JsonNode metrics =
                ReferenceNetworks.reference(network, "reference_directed.json").path("metrics");
        Graph<String, DefaultWeightedEdge> weighted = ReferenceNetworks.loadDirected(network);
        Graph<String, DefaultWeightedEdge> unweighted = new AsUnweightedGraph<>(weighted);
        boolean hasWeights = metrics.path("betweenness_normalized").has("w_inv");

        assertScoresMatch(
                new BrandesBetweenness<>(unweighted).getScores(),
                numbers(metrics.path("betweenness_normalized")
                        .path("unweighted")
                        .path("values")),
                TOLERANCE);
        assertScoresMatch(
                new Closeness<>(unweighted, Closeness.Variant.REACHABLE_ONLY).getScores(),
                numbers(metrics.path("closeness").path("unweighted").path("values_reachable_only")),
                TOLERANCE);
        assertScoresMatch(
                new Closeness<>(unweighted, Closeness.Variant.WASSERMAN_FAUST).getScores(),
                numbers(metrics.path("closeness").path("unweighted").path("values")),
                TOLERANCE);
        assertScoresMatch(
                new PowerIterationPageRank<>(unweighted).getScores(),
                numbers(metrics.path("pagerank_alpha_0.85").path("unweighted").path("values")),
                TOLERANCE);
        if (hasWeights) {
            assertScoresMatch(
                    new BrandesBetweenness<>(weighted).getScores(),
                    numbers(metrics.path("betweenness_normalized").path("w_inv").path("values")),
                    TOLERANCE);
            assertScoresMatch(
                    new Closeness<>(weighted, Closeness.Variant.REACHABLE_ONLY).getScores(),
                    numbers(metrics.path("closeness").path("w_inv").path("values_reachable_only")),
                    TOLERANCE);
            assertScoresMatch(
                    new PowerIterationPageRank<>(weighted).getScores(),
                    numbers(metrics.path("pagerank_alpha_0.85").path("weighted").path("values")),
                    TOLERANCE);
        }
    }
}
