package uk.nexus.graph;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Eigenvector centrality of an undirected graph, scaled so that the maximum score is 1.
 *
 * <p>Definition: the Perron eigenvector {@code x} of the adjacency matrix {@code A} ({@code A_uv}
 * = tie strength of the merged edge, or 1 when unweighted): {@code Ax = λ_max x}, {@code x ≥ 0}.
 * On a disconnected graph the leading eigenvector lives on the component(s) with the largest
 * leading eigenvalue; every other vertex scores 0 (as networkx {@code eigenvector_centrality_numpy}
 * and igraph). If several components share that eigenvalue (within a relative 1e-9), the
 * eigenspace has more than one dimension; each of them is then scaled to maximum 1. An edgeless
 * graph therefore scores 1 everywhere. Equal to networkx's values (unit L2 norm) up to a constant
 * factor, and to igraph {@code eigenvector_centrality(scale=True)}.
 *
 * <p>Method: power iteration on the shifted matrix {@code A + sI} ({@code s} = mean edge weight, 1
 * when unweighted, as networkx's power iteration), which has the same eigenvectors and, on a
 * connected graph, a strictly dominant eigenvalue {@code λ_max + s} even when the graph is
 * bipartite; each component is normalised separately. Stops when no score changes by more than
 * the tolerance.
 *
 * <p>Reference: P. Bonacich, "Factoring and weighting approaches to status scores and clique
 * identification", Journal of Mathematical Sociology 2(1):113–120, 1972.
 *
 * <p>Complexity: {@code O(m)} per iteration; the number of iterations grows like {@code
 * log(tol)/log(max(|λ₂+s|, |λ_n+s|)/(λ₁+s))}.
 *
 * @param <V> vertex type
 */
public final class PowerIterationEigenvector<V> implements VertexScoringAlgorithm<V, Double> {

    public static final double DEFAULT_TOLERANCE = 1e-13;
    public static final int DEFAULT_MAX_ITERATIONS = 1_000_000;
    private static final double EIGENVALUE_TIE = 1e-9;
    private static final int CHUNKS = 64;

    private final IndexedGraph<V> graph;
    private final double tolerance;
    private final int maxIterations;
    private Map<V, Double> scores;

    public PowerIterationEigenvector(Graph<V, ?> graph) {
        this(graph, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * @throws IllegalArgumentException if the graph is directed (the directed leading eigenvector
     *     is not unique unless the graph is strongly connected)
     */
    public PowerIterationEigenvector(Graph<V, ?> graph, double tolerance, int maxIterations) {
        this.graph = IndexedGraph.requireUndirected(graph, "eigenvector centrality");
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
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
        IndexedGraph.Csr adj = graph.out;
        ConnectedComponents.Labels labels = ConnectedComponents.label(adj, n);
        int[] component = labels.component();
        int components = labels.count();
        double shift = 1.0;
        if (adj.weight.length > 0) {
            shift = Arrays.stream(adj.weight).sum() / adj.weight.length;
        }
        double diagonal = shift;
        double[] x = new double[n];
        Arrays.fill(x, 1.0);
        double[] y = new double[n];
        double[] componentMax = new double[components];
        double[] componentChange = new double[components];
        int chunks = Math.max(1, Math.min(CHUNKS, n));
        int chunkSize = (n + chunks - 1) / chunks;
        boolean converged = n == 0;
        for (int iteration = 0; iteration < maxIterations && !converged; iteration++) {
            double[] current = x;
            double[] result = y;
            IntStream.range(0, chunks).parallel().forEach(c -> {
                for (int v = c * chunkSize, end = Math.min(n, (c + 1) * chunkSize); v < end; v++) {
                    double sum = diagonal * current[v];
                    for (int a = adj.start[v], aEnd = adj.start[v + 1]; a < aEnd; a++) {
                        sum += adj.weight[a] * current[adj.adj[a]];
                    }
                    result[v] = sum;
                }
            });
            Arrays.fill(componentMax, 0.0);
            Arrays.fill(componentChange, 0.0);
            for (int v = 0; v < n; v++) {
                componentMax[component[v]] = Math.max(componentMax[component[v]], result[v]);
            }
            for (int v = 0; v < n; v++) {
                int c = component[v];
                result[v] /= componentMax[c];
                componentChange[c] = Math.max(componentChange[c], Math.abs(result[v] - current[v]));
            }
            converged = true;
            for (double change : componentChange) {
                converged &= change < tolerance;
            }
            y = x;
            x = result;
        }
        if (!converged) {
            throw new IllegalStateException("eigenvector power iteration did not converge in " + maxIterations
                    + " iterations; raise maxIterations or tolerance");
        }
        // componentMax = λ + shift of each component at convergence (x has maximum 1 per component)
        double best = 0;
        for (double m : componentMax) {
            best = Math.max(best, m - shift);
        }
        for (int v = 0; v < n; v++) {
            double lambda = componentMax[component[v]] - shift;
            if (best - lambda > EIGENVALUE_TIE * best) {
                x[v] = 0;
            }
        }
        return x;
    }
}
