package uk.nexus.graph;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Exact shortest-path betweenness centrality by Brandes' algorithm.
 *
 * <p>Definition: {@code b(v) = Σ_{s≠v≠t} σ_st(v) / σ_st}, where {@code σ_st} is the number of
 * shortest s–t paths and {@code σ_st(v)} the number of those passing through {@code v}; for
 * undirected graphs each unordered pair is counted once. Normalised (the default) like networkx
 * {@code betweenness_centrality(normalized=True)}: divided by {@code (n-1)(n-2)/2} for undirected and
 * {@code (n-1)(n-2)} for directed graphs ({@code n > 2}). Path length is the number of edges for
 * unweighted graphs and {@code Σ 1/weight} for weighted ones (weight = tie strength), with exact
 * tie detection between different paths (see {@link ShortestPathDag}). Parallel edges and reciprocal
 * rows are merged as described in {@link IndexedGraph}.
 *
 * <p>Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177, 2001.
 *
 * <p>Complexity: {@code O(nm)} time unweighted, {@code O(nm + n² log n)} weighted; {@code O(n + m)}
 * memory per worker. Sources are split into a fixed number of blocks processed in parallel and
 * summed in block order, so results do not depend on the number of cores.
 *
 * @param <V> vertex type
 */
public final class BrandesBetweenness<V> implements VertexScoringAlgorithm<V, Double> {

    /** Blocks of sources; fixed so that the floating-point summation order is machine independent. */
    static final int BLOCKS = 8;

    private final IndexedGraph<V> graph;
    private final boolean normalized;
    private Map<V, Double> scores;

    /** Normalised betweenness of {@code graph} (weighted if the graph type is weighted). */
    public BrandesBetweenness(Graph<V, ?> graph) {
        this(graph, true);
    }

    /**
     * @param graph the graph; weighted if its type is weighted
     * @param normalized whether to normalise like networkx ({@code normalized=True}); if false,
     *     undirected values count each unordered pair once (networkx {@code normalized=False})
     */
    public BrandesBetweenness(Graph<V, ?> graph, boolean normalized) {
        this(GraphSnapshot.of(graph), normalized);
    }

    /** As {@link #BrandesBetweenness(Graph, boolean)} on a shared snapshot. */
    public BrandesBetweenness(GraphSnapshot<V> snapshot, boolean normalized) {
        this.graph = snapshot.asGiven();
        this.normalized = normalized;
    }

    @Override
    public Map<V, Double> getScores() {
        if (scores == null) {
            scores = graph.toMap(compute());
        }
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        graph.indexOf(v);
        return getScores().get(v);
    }

    private double[] compute() {
        int n = graph.n;
        int blockSize = (n + BLOCKS - 1) / BLOCKS;
        List<double[]> partial = IntStream.range(0, BLOCKS)
                .parallel()
                .mapToObj(b -> accumulate(b * blockSize, Math.min(n, (b + 1) * blockSize)))
                .toList();
        double[] total = new double[n];
        for (double[] block : partial) {
            for (int v = 0; v < n; v++) {
                total[v] += block[v];
            }
        }
        double scale = scale(n, graph.directed, normalized);
        for (int v = 0; v < n; v++) {
            total[v] *= scale;
        }
        return total;
    }

    static double scale(int n, boolean directed, boolean normalized) {
        if (normalized) {
            return n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        }
        return directed ? 1.0 : 0.5;
    }

    private double[] accumulate(int fromSource, int toSource) {
        int n = graph.n;
        double[] bc = new double[n];
        if (fromSource >= toSource) {
            return bc;
        }
        ShortestPathDag dag = new ShortestPathDag(graph.out, graph.in, graph.outToIn, graph.uniformWeights);
        double[] delta = new double[n];
        IndexedGraph.Csr in = graph.in;
        for (int s = fromSource; s < toSource; s++) {
            dag.run(s, -1);
            for (int i = dag.settledCount - 1; i >= 0; i--) {
                int w = dag.settled[i];
                double coefficient = (1.0 + delta[w]) / dag.sigma[w];
                for (int q = in.start[w], end = in.start[w + 1]; q < end; q++) {
                    if (dag.isPredecessorArc(q, w)) {
                        int v = in.adj[q];
                        delta[v] += dag.sigma[v] * coefficient;
                    }
                }
                if (w != s) {
                    bc[w] += delta[w];
                }
            }
            for (int i = 0; i < dag.settledCount; i++) {
                delta[dag.settled[i]] = 0;
            }
        }
        return bc;
    }
}
