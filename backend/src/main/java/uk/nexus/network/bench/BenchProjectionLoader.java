package uk.nexus.network.bench;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The benchmark's own projection: streams subjects and their {@code ASSOCIATE_OF} ties from Neo4j
 * with the raw driver (fetch size 10,000, no entity mapping) into a JGraphT graph, ties merged into
 * one undirected edge whose weight is the sum of the tie strengths, RIVAL ties left out (they are
 * hostile, never association strength). Every subject is a vertex, with ties or without.
 *
 * <p>A stand-in for the production projection service (issue 3 item 1): when that lands, the
 * benchmark should time it instead of this class.
 */
final class BenchProjectionLoader {

    private static final String SUBJECTS = "MATCH (s:Subject) RETURN s.id AS id";

    private static final String TIES = """
            MATCH (a:Subject)-[r:ASSOCIATE_OF]->(b:Subject)
            WHERE r.kind <> 'RIVAL'
            RETURN a.id AS a, b.id AS b, r.weight AS weight
            """;

    private final Driver driver;

    BenchProjectionLoader(Driver driver) {
        this.driver = driver;
    }

    Graph<String, DefaultWeightedEdge> load() {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        SessionConfig config = SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(10_000)
                .build();
        try (Session session = driver.session(config)) {
            // Auto-commit queries: records stream in batches of the fetch size as they are consumed.
            Result subjects = session.run(SUBJECTS);
            while (subjects.hasNext()) {
                graph.addVertex(subjects.next().get(0).asString());
            }
            Result ties = session.run(TIES, Map.of());
            while (ties.hasNext()) {
                Record tie = ties.next();
                String a = tie.get(0).asString();
                String b = tie.get(1).asString();
                if (a.equals(b)) {
                    continue;
                }
                double weight = tie.get(2).isNull() ? 1.0 : tie.get(2).asDouble();
                DefaultWeightedEdge edge = graph.addEdge(a, b);
                if (edge == null) {
                    edge = graph.getEdge(a, b);
                    graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + weight);
                } else {
                    graph.setEdgeWeight(edge, weight);
                }
            }
        }
        return graph;
    }
}
