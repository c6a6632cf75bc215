package uk.nexus.graph;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Harmonic centrality: {@code H(v) = Σ_{u≠v} 1/d(u,v)}, with {@code 1/∞ = 0}, so it is well defined
 * on disconnected graphs. Unnormalised, with incoming distances on directed graphs, exactly as
 * networkx {@code harmonic_centrality}; divide by {@code n-1} for a value in [0, 1] on unweighted
 * graphs. Path length is hops, or {@code Σ 1/weight} on weighted graphs.
 *
 * <p>Reference: M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285:539–546,
 * 2000; P. Boldi and S. Vigna, "Axioms for centrality", Internet Mathematics 10, 2014.
 *
 * <p>Complexity: as {@link Closeness}, {@code O(nm)} unweighted, {@code O(nm + n² log n)} weighted.
 *
 * @param <V> vertex type
 */
public final class HarmonicCloseness<V> implements VertexScoringAlgorithm<V, Double> {

    private final IndexedGraph<V> graph;
    private Map<V, Double> scores;

    public HarmonicCloseness(Graph<V, ?> graph) {
        this(GraphSnapshot.of(graph));
    }

    public HarmonicCloseness(GraphSnapshot<V> snapshot) {
        this.graph = snapshot.asGiven();
    }

    @Override
    public Map<V, Double> getScores() {
        if (scores == null) {
            scores = graph.toMap(new DistanceSums(graph).reciprocalSum);
        }
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        graph.indexOf(v);
        return getScores().get(v);
    }
}
