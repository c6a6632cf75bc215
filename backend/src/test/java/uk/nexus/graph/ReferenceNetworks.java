package uk.nexus.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the real criminal networks of {@code seed-data/networks} (packaged on the classpath under
 * {@code nexus/networks/}) and their {@code reference.json} metrics computed by networkx 2.8.8 and
 * python-igraph 0.10.2. Provenance and citations of each dataset are in its {@code SOURCE.md}:
 *
 * <ul>
 *   <li>caviar — Morselli (2009), Inside Criminal Networks, Springer; Project Caviar wiretaps;
 *   <li>cocaine_natarajan — Natarajan (2006), J. Quantitative Criminology 22(2); NYC cocaine wiretaps;
 *   <li>london_gang — Grund and Densley (2015); London street gang co-offending;
 *   <li>madrid_train_bombing — Hayes (2006) / Rodríguez (2005); 2004 Madrid bombing network;
 *   <li>montagna_phonecalls — Calderoni et al. (2020); Sicilian Mafia phone calls (Operation Montagna);
 *   <li>montreal_street_gangs — Descormiers and Morselli (2011); Montreal gang alliances;
 *   <li>noordin_top — Roberts and Everton (2011); Noordin Top terrorist network;
 *   <li>siren — Morselli and Petit (2007); Project Siren auto-theft network.
 * </ul>
 *
 * Graphs follow the reference conventions: undirected duplicate/reciprocal rows summed, self-loops
 * dropped, isolates taken from {@code nodes.csv}.
 */
public final class ReferenceNetworks {

    /** The datasets that carry a {@code reference.json}. */
    public static final List<String> WITH_REFERENCE = List.of(
            "caviar",
            "cocaine_natarajan",
            "london_gang",
            "madrid_train_bombing",
            "montagna_phonecalls",
            "montreal_street_gangs",
            "noordin_top",
            "siren");

    /** The datasets that also carry a {@code reference_directed.json}. */
    public static final List<String> WITH_DIRECTED_REFERENCE =
            List.of("caviar", "cocaine_natarajan", "montagna_phonecalls", "montreal_street_gangs");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReferenceNetworks() {}

    /** One case per dataset and weighting for which the reference has values. */
    record Case(String network, boolean weighted) {
        @Override
        public String toString() {
            return network + (weighted ? " (weighted)" : " (unweighted)");
        }

        Graph<String, DefaultWeightedEdge> graph() {
            Graph<String, DefaultWeightedEdge> g = load(network);
            return weighted ? g : new AsUnweightedGraph<>(g);
        }

        JsonNode reference() {
            return ReferenceNetworks.reference(network, "reference.json");
        }
    }

    /** Every (dataset, weighting) pair: unweighted always, weighted where the data are weighted. */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String network : WITH_REFERENCE) {
            cases.add(Arguments.of(new Case(network, false)));
            if (reference(network, "reference.json")
                    .path("input")
                    .path("weighted")
                    .asBoolean()) {
                cases.add(Arguments.of(new Case(network, true)));
            }
        }
        return cases.stream();
    }

    /** The weighted (dataset, weighting) pairs only. */
    static Stream<Arguments> weightedCases() {
        return cases().filter(a -> ((Case) a.get()[0]).weighted());
    }

    static Stream<Arguments> networks() {
        return WITH_REFERENCE.stream().map(Arguments::of);
    }

    static Stream<Arguments> directedNetworks() {
        return WITH_DIRECTED_REFERENCE.stream().map(Arguments::of);
    }

    public static JsonNode reference(String network, String file) {
        try (InputStream in = open(network + "/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Graph<String, DefaultWeightedEdge> load(String network) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        readInto(g, network, "edges.csv");
        return g;
    }

    static Graph<String, DefaultWeightedEdge> loadDirected(String network) {
        SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> g =
                new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        readInto(g, network, "edges_directed.csv");
        return g;
    }

    private static void readInto(Graph<String, DefaultWeightedEdge> g, String network, String edgesFile) {
        for (CSVRecord row : records(network + "/nodes.csv")) {
            g.addVertex(row.get(0));
        }
        for (CSVRecord row : records(network + "/" + edgesFile)) {
            String source = row.get("source");
            String target = row.get("target");
            double weight = row.isMapped("weight") && !row.get("weight").isBlank()
                    ? Double.parseDouble(row.get("weight"))
                    : 1.0;
            g.addVertex(source);
            g.addVertex(target);
            if (source.equals(target)) {
                continue;
            }
            DefaultWeightedEdge e = g.getEdge(source, target);
            if (e == null) {
                g.setEdgeWeight(g.addEdge(source, target), weight);
            } else {
                g.setEdgeWeight(e, g.getEdgeWeight(e) + weight);
            }
        }
    }

    private static List<CSVRecord> records(String resource) {
        try (InputStream in = open(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream open(String resource) {
        InputStream in = ReferenceNetworks.class.getClassLoader().getResourceAsStream("nexus/networks/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource nexus/networks/" + resource);
        }
        return in;
    }

    /** The {@code {"id": number}} object {@code values} as a sorted map. */
    public static Map<String, Double> numbers(JsonNode values) {
        if (values.isMissingNode() || values.size() == 0) {
            throw new IllegalArgumentException("reference values missing");
        }
        Map<String, Double> map = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            map.put(e.getKey(), e.getValue().doubleValue());
        }
        return map;
    }
}
