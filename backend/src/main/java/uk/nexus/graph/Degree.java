package uk.nexus.graph;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Degree centrality: the number of distinct neighbours of a vertex, after the merging of parallel
 * edges and the removal of self-loops described in {@link IndexedGraph}. For directed graphs it is
 * in-degree plus out-degree by default, as networkx {@code G.degree}, or either of them alone
 * ({@link Direction}). Divide by {@code n-1} for networkx {@code degree_centrality} (and
 * {@code in_degree_centrality}, {@code out_degree_centrality}).
 *
 * <p>Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social
 * Networks 1(3):215–239, 1979.
 *
 * <p>Complexity: {@code O(n + m)}.
 *
 * @param <V> vertex type
 */
public final class Degree<V> implements VertexScoringAlgorithm<V, Double> {

    /** Which arcs of a directed graph count; irrelevant for undirected graphs. */
    public enum Direction {
        IN,
        OUT,
        BOTH
    }

    private final IndexedGraph<V> graph;
    private final Direction direction;
    private Map<V, Double> scores;

    /** Degree; in-degree plus out-degree on directed graphs. */
    public Degree(Graph<V, ?> graph) {
        this(graph, Direction.BOTH);
    }

    public Degree(Graph<V, ?> graph, Direction direction) {
        this(GraphSnapshot.of(graph), direction);
    }

    public Degree(GraphSnapshot<V> snapshot, Direction direction) {
        this.graph = snapshot.asGiven();
        this.direction = direction;
    }

    @Override
    public Map<V, Double> getScores() {
        if (scores == null) {
            double[] degree = new double[graph.n];
            for (int v = 0; v < graph.n; v++) {
                if (!graph.directed) {
                    degree[v] = graph.out.degree(v);
                } else {
                    int in = direction == Direction.OUT ? 0 : graph.in.degree(v);
                    int out = direction == Direction.IN ? 0 : graph.out.degree(v);
                    degree[v] = in + out;
                }
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
