package uk.nexus.graph;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Strength (weighted degree): the sum of the weights of the edges at a vertex, parallel edges and
 * reciprocal rows merged by summing (so it equals the sum of the raw rows), self-loops excluded. For
 * directed graphs it is in-strength plus out-strength. On an unweighted graph it equals
 * {@link Degree}.
 *
 * <p>Reference: A. Barrat et al., "The architecture of complex weighted networks", PNAS
 * 101(11):3747–3752, 2004.
 *
 * <p>Complexity: {@code O(n + m)}.
 *
 * @param <V> vertex type
 */
public final class Strength<V> implements VertexScoringAlgorithm<V, Double> {

    private final IndexedGraph<V> graph;
    private Map<V, Double> scores;

    public Strength(Graph<V, ?> graph) {
        this(GraphSnapshot.of(graph));
    }

    public Strength(GraphSnapshot<V> snapshot) {
        this.graph = snapshot.asGiven();
    }

    @Override
    public Map<V, Double> getScores() {
        if (scores == null) {
            double[] strength = new double[graph.n];
            for (int v = 0; v < graph.n; v++) {
                strength[v] = rowSum(graph.out, v) + (graph.directed ? rowSum(graph.in, v) : 0);
            }
            scores = graph.toMap(strength);
        }
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        graph.indexOf(v);
        return getScores().get(v);
    }

    static double rowSum(IndexedGraph.Csr csr, int v) {
        double sum = 0;
        for (int a = csr.start[v]; a < csr.start[v + 1]; a++) {
            sum += csr.weight[a];
        }
        return sum;
    }
}
