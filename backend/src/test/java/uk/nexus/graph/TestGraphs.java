package uk.nexus.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Small hand-built graphs for unit tests. */
final class TestGraphs {

    private TestGraphs() {}

    /** Undirected weighted graph from {@code "a-b:w"} or {@code "a-b"} (weight 1) specifications. */
    static Graph<String, DefaultWeightedEdge> undirected(String... edges) {
        return fill(new SimpleWeightedGraph<>(DefaultWeightedEdge.class), edges);
    }

    /** Directed weighted graph from {@code "a-b:w"} (arc a→b) specifications. */
    static Graph<String, DefaultWeightedEdge> directed(String... edges) {
        return fill(new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class), edges);
    }

    /** Undirected path {@code 1-2-...-n} with unit weights. */
    static Graph<String, DefaultWeightedEdge> path(int n) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 1; i <= n; i++) {
            g.addVertex(Integer.toString(i));
        }
        for (int i = 1; i < n; i++) {
            g.addEdge(Integer.toString(i), Integer.toString(i + 1));
        }
        return g;
    }

    private static Graph<String, DefaultWeightedEdge> fill(Graph<String, DefaultWeightedEdge> g, String... edges) {
        for (String spec : edges) {
            String[] weightSplit = spec.split(":");
            String[] ends = weightSplit[0].split("-");
            g.addVertex(ends[0]);
            g.addVertex(ends[1]);
            DefaultWeightedEdge e = g.addEdge(ends[0], ends[1]);
            g.setEdgeWeight(e, weightSplit.length > 1 ? Double.parseDouble(weightSplit[1]) : 1.0);
        }
        return g;
    }
}
