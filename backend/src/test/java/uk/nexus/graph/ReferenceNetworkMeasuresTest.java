package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nexus.graph.ReferenceNetworks.numbers;
import static uk.nexus.graph.ScoreAssertions.assertScoresMatch;
import static uk.nexus.graph.ScoreAssertions.scaledToMaxOne;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.UnorderedPair;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every measure against the networkx 2.8.8 / igraph 0.10.2 reference values shipped with the eight
 * reference networks (see {@link ReferenceNetworks} for the datasets and their sources), unweighted
 * and — where the data are weighted — with tie strength as weight (path length 1/weight).
 */
class ReferenceNetworkMeasuresTest {

    private static final double TOLERANCE = 1e-6;

    private static JsonNode metric(ReferenceNetworks.Case c, String measure, String unweightedKey, String weightedKey) {
        return c.reference().path("metrics").path(measure).path(c.weighted() ? weightedKey : unweightedKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#cases")
    void degree_and_strength_match_networkx_on_every_reference_network(ReferenceNetworks.Case c) {
        Graph<String, DefaultWeightedEdge> graph = ReferenceNetworks.load(c.network());
        JsonNode metrics = c.reference().path("metrics");

        assertScoresMatch(
                new Degree<>(graph).getScores(), numbers(metrics.path("degree").path("values")), 0);
        assertScoresMatch(
                new Strength<>(graph).getScores(),
                numbers(metrics.path("strength").path("values")),
                1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#cases")
    void betweenness_matches_networkx_on_every_reference_network(ReferenceNetworks.Case c) {
        JsonNode expected = metric(c, "betweenness_normalized", "unweighted", "w_inv");

        Map<String, Double> actual = new BrandesBetweenness<>(c.graph()).getScores();

        assertScoresMatch(actual, numbers(expected.path("values")), TOLERANCE);
    }

    /**
     * Halving every tie strength doubles every path length, so betweenness is unchanged. The halved
     * weights are not all integers, which forces the floating-point-with-exact-rational-fallback tie
     * detection instead of the integer fast path used for the original integer weights.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#weightedCases")
    void weighted_betweenness_with_non_integer_tie_strengths_matches_networkx(ReferenceNetworks.Case c) {
        Graph<String, DefaultWeightedEdge> graph = ReferenceNetworks.load(c.network());
        Graph<String, DefaultWeightedEdge> halved =
                new org.jgrapht.graph.AsWeightedGraph<>(graph, e -> graph.getEdgeWeight(e) / 2, false, false);
        JsonNode expected = metric(c, "betweenness_normalized", "unweighted", "w_inv");

        assertScoresMatch(new BrandesBetweenness<>(halved).getScores(), numbers(expected.path("values")), TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#cases")
    void closeness_matches_networkx_in_both_conventions_on_every_reference_network(ReferenceNetworks.Case c) {
        JsonNode expected = metric(c, "closeness", "unweighted", "w_inv");

        assertScoresMatch(
                new Closeness<>(c.graph(), Closeness.Variant.WASSERMAN_FAUST).getScores(),
                numbers(expected.path("values")),
                TOLERANCE);
        assertScoresMatch(
                new Closeness<>(c.graph(), Closeness.Variant.REACHABLE_ONLY).getScores(),
                numbers(expected.path("values_reachable_only")),
                TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#cases")
    void eigenvector_matches_networkx_scaled_to_max_one_on_every_reference_network(ReferenceNetworks.Case c) {
        JsonNode expected = metric(c, "eigenvector", "unweighted", "weighted");

        Map<String, Double> actual = new PowerIterationEigenvector<>(c.graph()).getScores();

        assertScoresMatch(actual, scaledToMaxOne(numbers(expected.path("values"))), TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#cases")
    void pagerank_matches_networkx_on_every_reference_network(ReferenceNetworks.Case c) {
        JsonNode expected = metric(c, "pagerank_alpha_0.85", "unweighted", "weighted");

        Map<String, Double> actual = new PowerIterationPageRank<>(c.graph()).getScores();

        assertScoresMatch(actual, numbers(expected.path("values")), TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#networks")
    void core_numbers_match_networkx_on_every_reference_network(String network) {
        JsonNode expected = ReferenceNetworks.reference(network, "reference.json")
                .path("metrics")
                .path("k_core_number");
        BatageljZaversnikCoreness<String> coreness = new BatageljZaversnikCoreness<>(ReferenceNetworks.load(network));

        assertScoresMatch(coreness.getScores(), numbers(expected.path("values")), 0);
        assertThat(coreness.getDegeneracy()).isEqualTo(expected.path("max_core").intValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#networks")
    void articulation_points_and_bridges_match_networkx_on_every_reference_network(String network) {
        JsonNode metrics =
                ReferenceNetworks.reference(network, "reference.json").path("metrics");
        TarjanCutElements<String> cut = new TarjanCutElements<>(ReferenceNetworks.load(network));

        Set<String> expectedPoints = new HashSet<>();
        metrics.path("articulation_points").path("nodes").values().forEach(n -> expectedPoints.add(n.asString()));
        Set<UnorderedPair<String, String>> expectedBridges = new HashSet<>();
        metrics.path("bridges")
                .path("edges")
                .values()
                .forEach(e -> expectedBridges.add(
                        UnorderedPair.of(e.get(0).asString(), e.get(1).asString())));

        assertThat(cut.getArticulationPoints()).containsExactlyInAnyOrderElementsOf(expectedPoints);
        assertThat(cut.getArticulationPoints())
                .hasSize(metrics.path("articulation_points").path("count").intValue());
        assertThat(cut.getBridges()).containsExactlyInAnyOrderElementsOf(expectedBridges);
        assertThat(cut.getBridges())
                .hasSize(metrics.path("bridges").path("count").intValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#cases")
    void modularity_of_the_igraph_partition_equals_igraphs_value(ReferenceNetworks.Case c) {
        JsonNode igraph = metric(c, "louvain", "unweighted", "weighted").path("igraph");
        Map<String, Integer> membership = new HashMap<>();
        List<JsonNode> communities = List.copyOf(igraph.path("communities").values());
        for (int i = 0; i < communities.size(); i++) {
            for (JsonNode member : communities.get(i).values()) {
                membership.put(member.asString(), i);
            }
        }

        assertThat(Modularity.of(c.graph(), membership))
                .isCloseTo(igraph.path("modularity").doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.nexus.graph.ReferenceNetworks#cases")
    void louvain_modularity_is_at_least_igraphs_on_every_reference_network(ReferenceNetworks.Case c) {
        double igraphModularity = metric(c, "louvain", "unweighted", "weighted")
                .path("igraph")
                .path("modularity")
                .doubleValue();
        Graph<String, DefaultWeightedEdge> graph = c.graph();

        Partition<String> partition = new Louvain<>(graph).getPartition();

        assertThat(partition.modularity()).isGreaterThanOrEqualTo(igraphModularity - 0.01);
        assertThat(partition.modularity())
                .as("reported modularity is the partition's modularity")
                .isCloseTo(Modularity.of(graph, partition.membership()), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new TreeMap<>(partition.membership()).keySet())
                .isEqualTo(new TreeMap<>(new Degree<>(graph).getScores()).keySet());
    }
}
