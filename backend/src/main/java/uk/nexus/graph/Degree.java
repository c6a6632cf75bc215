package uk.nexus.graph;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Degree centrality: the number of distinct neighbours of a vertex, after the merging of parallel
 * edges and the removal of self-loops described in {@link IndexedGraph}. For directed graphs it is
 * in-degree plus out-degree, as networkx {@code G.degree}. Divide by {@code n-1} for networkx
 * {@code degree_centrality}.
 *
 * <p>Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social
 * Networks 1(3):215–239, 1979.
 *
 * <p>Complexity: {@code O(n + m)}.
 *
 * @param <V> vertex type
 */
public final class Degree<V> implements VertexScoringAlgorithm<V, Double> {

    private final IndexedGraph<V> graph;
    private Map<V, Double> scores;

    public Degree(Graph<V, ?> graph) {
        this.graph = IndexedGraph.of(graph);
    }

    @Override
    public Map<V, Double> getScores() {
        if (scores == null) {
            double[] degree = new double[graph.n];
            for (int v = 0; v < graph.n; v++) {
                degree[v] = graph.out.degree(v) + (graph.directed ? graph.in.degree(v) : 0);
            }
            scores = graph.toMap(degree);
        }
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        graph.indexOf(v);
        return getScores().get(v);
    }
}
