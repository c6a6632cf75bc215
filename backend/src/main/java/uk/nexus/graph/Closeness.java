package uk.nexus.graph;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Closeness centrality in the two conventions used by the reference data.
 *
 * <p>Definition: with {@code r(v)} the number of vertices that can reach {@code v} (excluding
 * {@code v}) and {@code D(v)} the sum of their shortest-path distances to {@code v}:
 *
 * <ul>
 *   <li>{@link Variant#REACHABLE_ONLY}: {@code r(v) / D(v)} — networkx
 *       {@code closeness_centrality(wf_improved=False)}, igraph {@code closeness(normalized=True)};
 *   <li>{@link Variant#WASSERMAN_FAUST}: {@code (r(v)/(n-1)) · r(v)/D(v)} — networkx
 *       {@code wf_improved=True}, which damps vertices in small components.
 * </ul>
 *
 * Vertices nobody reaches score 0. For directed graphs distances are incoming (networkx and igraph
 * {@code mode="in"}). Path length is hops, or {@code Σ 1/weight} on weighted graphs.
 *
 * <p>References: A. Bavelas, "Communication patterns in task-oriented groups", JASA 22(6), 1950;
 * S. Wasserman and K. Faust, Social Network Analysis, Cambridge University Press, 1994, p. 201.
 *
 * <p>Complexity: one shortest-path search per vertex, {@code O(nm)} unweighted and
 * {@code O(nm + n² log n)} weighted, run in parallel.
 *
 * @param <V> vertex type
 */
public final class Closeness<V> implements VertexScoringAlgorithm<V, Double> {

    /** Normalisation convention. */
    public enum Variant {
        /** {@code r/D}: networkx {@code wf_improved=False}, igraph {@code normalized=True}. */
        REACHABLE_ONLY,
        /** {@code (r/(n-1)) · r/D}: networkx {@code wf_improved=True} (its default). */
        WASSERMAN_FAUST
    }

    private final IndexedGraph<V> graph;
    private final Variant variant;
    private Map<V, Double> scores;

    public Closeness(Graph<V, ?> graph, Variant variant) {
        this(GraphSnapshot.of(graph), variant);
    }

    public Closeness(GraphSnapshot<V> snapshot, Variant variant) {
        this.graph = snapshot.asGiven();
        this.variant = variant;
    }

    @Override
    public Map<V, Double> getScores() {
        if (scores == null) {
            DistanceSums sums = new DistanceSums(graph);
            int n = graph.n;
            double[] c = new double[n];
            for (int v = 0; v < n; v++) {
                int r = sums.reachedBy[v];
                if (r == 0 || sums.distanceSum[v] <= 0) {
                    continue;
                }
                c[v] = r / sums.distanceSum[v];
                if (variant == Variant.WASSERMAN_FAUST) {
                    c[v] *= r / (n - 1.0);
                }
            }
            scores = graph.toMap(c);
        }
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        graph.indexOf(v);
        return getScores().get(v);
    }
}
