package uk.nexus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nexus.graph.Partition;
import uk.nexus.model.Provenance;

class SubnetworkAnalysisTest {

    private static final Provenance FACT = new Provenance("DOC-1", null, null, null, "FACT", null, null, null);

    private static Subnetwork.Node subject(String id) {
        return new Subnetwork.Node("Subject:" + id, "Subject", id, id, null, 1, false, 1, 0);
    }

    private static Subnetwork.Link link(String id, String a, String b, double weight) {
        return new Subnetwork.Link(id, "ASSOCIATE_OF", "Subject:" + a, "Subject:" + b, Map.of("weight", weight), FACT);
    }

    /** Two triangles A-B-C and D-E-F joined by C-D. */
    private static Subnetwork barbell() {
        List<Subnetwork.Node> nodes = new ArrayList<>();
        for (String id : List.of("A", "B", "C", "D", "E", "F")) {
            nodes.add(subject(id));
        }
        List<Subnetwork.Link> links = List.of(
                link("1", "A", "B", 1),
                link("2", "B", "C", 1),
                link("3", "A", "C", 1),
                link("4", "C", "D", 1),
                link("5", "D", "E", 1),
                link("6", "E", "F", 1),
                link("7", "D", "F", 1));
        return new Subnetwork("Subject:A", nodes, links, false);
    }

    @Test
    void louvain_finds_the_two_triangles_of_a_barbell() {
        Partition<String> p = new SubnetworkAnalysis(barbell()).communities();
        Map<String, Integer> m = p.membership();
        assertThat(m.get("Subject:A")).isEqualTo(m.get("Subject:B")).isEqualTo(m.get("Subject:C"));
        assertThat(m.get("Subject:D")).isEqualTo(m.get("Subject:E")).isEqualTo(m.get("Subject:F"));
        assertThat(m.get("Subject:A")).isNotEqualTo(m.get("Subject:D"));
        // Two triangles joined by one bridge: Q = 2 * (3/7 - (7/14)^2) = 5/14.
        assertThat(p.modularity()).isCloseTo(5.0 / 14, within(1e-9));
    }

    @Test
    void the_bridge_ends_have_the_highest_betweenness_and_degree() {
        SubnetworkAnalysis a = new SubnetworkAnalysis(barbell());
        Map<String, Double> betweenness = a.centrality(SubnetworkAnalysis.Centrality.BETWEENNESS);
        // C lies on the shortest paths of the 6 pairs {A,B} x {D,E,F}; normalised by (n-1)(n-2)/2 = 10.
        assertThat(betweenness.get("Subject:C")).isCloseTo(6.0 / 10, within(1e-9));
        assertThat(betweenness.get("Subject:A")).isZero();
        Map<String, Double> degree = a.centrality(SubnetworkAnalysis.Centrality.DEGREE);
        assertThat(degree.get("Subject:C")).isEqualTo(3.0);
        assertThat(degree.get("Subject:A")).isEqualTo(2.0);
        Map<String, Double> pageRank = a.centrality(SubnetworkAnalysis.Centrality.PAGERANK);
        assertThat(pageRank.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(pageRank.get("Subject:C")).isGreaterThan(pageRank.get("Subject:A"));
    }

    @Test
    void the_path_prefers_strong_ties_and_lists_its_links() {
        List<Subnetwork.Node> nodes = List.of(subject("A"), subject("B"), subject("C"), subject("D"));
        // A-D directly but weak (length 1/0.25 = 4); A-B-C-D strong (3 * 1/3 = 1).
        List<Subnetwork.Link> links = List.of(
                link("w", "A", "D", 0.25), link("1", "A", "B", 3), link("2", "B", "C", 3), link("3", "C", "D", 3));
        SubnetworkAnalysis.Path path =
                new SubnetworkAnalysis(new Subnetwork("Subject:A", nodes, links, false)).path("Subject:A", "Subject:D");
        assertThat(path).isNotNull();
        assertThat(path.nodes()).containsExactly("Subject:A", "Subject:B", "Subject:C", "Subject:D");
        assertThat(path.links()).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(path.length()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void no_path_between_disconnected_nodes() {
        List<Subnetwork.Node> nodes = List.of(subject("A"), subject("B"), subject("C"));
        Subnetwork n = new Subnetwork("Subject:A", nodes, List.of(link("1", "A", "B", 1)), false);
        assertThat(new SubnetworkAnalysis(n).path("Subject:A", "Subject:C")).isNull();
        assertThat(new SubnetworkAnalysis(n).path("Subject:A", "Subject:nobody"))
                .isNull();
    }

    /** People with their own places: hubs with many leaves, the shape that broke JGraphT's quadtree. */
    private static Subnetwork peopleAndPlaces(int people, int placesEach) {
        List<Subnetwork.Node> nodes = new ArrayList<>();
        List<Subnetwork.Link> links = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            nodes.add(subject("P" + i));
            if (i > 0) {
                // Everyone to the hub of their group of 25; the hubs to the first hub.
                int hub = i % 25 == 0 ? 0 : (i / 25) * 25;
                links.add(link("a" + i, "P" + i, "P" + hub, 1));
            }
            for (int k = 0; k < placesEach; k++) {
                String key = "Location:P" + i + "-" + k;
                nodes.add(new Subnetwork.Node(key, "Location", "P" + i + "-" + k, "place", null, 2, false, 0, 0));
                links.add(new Subnetwork.Link("l" + i + "-" + k, "LINKED_TO", "Subject:P" + i, key, Map.of(), FACT));
            }
        }
        return new Subnetwork("Subject:P0", nodes, links, false);
    }

    @Test
    void five_thousand_people_and_places_are_laid_out_apart_inside_the_area() {
        Subnetwork network = peopleAndPlaces(250, 19);
        Map<String, double[]> positions = new SubnetworkAnalysis(network).layout(7);
        assertThat(positions).hasSize(5_000);
        double side = 80 * Math.sqrt(5_000);
        assertThat(positions.values()).allSatisfy(p -> {
            assertThat(p[0]).isStrictlyBetween(0.0, side);
            assertThat(p[1]).isStrictlyBetween(0.0, side);
        });
        long distinct = positions.values().stream()
                .map(p -> Math.round(p[0]) + "," + Math.round(p[1]))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(4_500);
    }

    @Test
    void the_same_network_gets_the_same_picture() {
        Subnetwork network = peopleAndPlaces(30, 19);
        Map<String, double[]> first = new SubnetworkAnalysis(network).layout(7);
        Map<String, double[]> second = new SubnetworkAnalysis(network).layout(7);
        assertThat(first).hasSize(600);
        assertThat(first.get("Subject:P5")).containsExactly(second.get("Subject:P5"));
    }
}
