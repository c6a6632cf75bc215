package uk.nexus.graph;

import java.util.Map;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * PageRank by power iteration, matching networkx {@code pagerank} (2.8) with uniform teleportation.
 *
 * <p>Definition: the stationary distribution of the random surfer that with probability {@code α}
 * follows an out-arc chosen with probability proportional to its weight (tie strength; every edge
 * of an undirected graph is an arc in both directions) and otherwise jumps to a uniformly random
 * vertex. Dangling vertices (no out-arcs, e.g. isolates) jump uniformly, as networkx does with
 * {@code dangling=None}. Iteration {@code x ← α(xP + (Σ_dangling x)/n) + (1-α)/n} from
 * {@code x = 1/n} stops when {@code ‖x - x_prev‖₁ < n · tol}; the result is scaled to sum 1.
 *
 * <p>Reference: S. Brin and L. Page, "The anatomy of a large-scale hypertextual web search engine",
 * Computer Networks 30:107–117, 1998.
 *
 * <p>Complexity: {@code O(m)} per iteration, {@code O(log(n·tol)/log α)} iterations; the pull over
 * in-arcs is split over a fixed number of vertex ranges run in parallel, with reductions summed in
 * range order (deterministic).
 *
 * @param <V> vertex type
 */
public final class PowerIterationPageRank<V> implements VertexScoringAlgorithm<V, Double> {

    public static final double DEFAULT_DAMPING = 0.85;
    public static final double DEFAULT_TOLERANCE = 1e-12;
    public static final int DEFAULT_MAX_ITERATIONS = 10_000;
    private static final int CHUNKS = 64;

    private final IndexedGraph<V> graph;
    private final double damping;
    private final double tolerance;
    private final int maxIterations;
    private Map<V, Double> scores;
    private int iterations;

    /** PageRank with {@code α = 0.85} and networkx-style tolerance {@code 1e-12}. */
    public PowerIterationPageRank(Graph<V, ?> graph) {
        this(graph, DEFAULT_DAMPING, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    public PowerIterationPageRank(Graph<V, ?> graph, double damping, double tolerance, int maxIterations) {
        this(GraphSnapshot.of(graph), damping, tolerance, maxIterations);
    }

    /** PageRank with the default parameters on a shared snapshot. */
    public PowerIterationPageRank(GraphSnapshot<V> snapshot) {
        this(snapshot, DEFAULT_DAMPING, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    public PowerIterationPageRank(GraphSnapshot<V> snapshot, double damping, double tolerance, int maxIterations) {
        if (!(damping >= 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1): " + damping);
        }
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxIterations >= 1");
        }
        this.graph = snapshot.asGiven();
        this.damping = damping;
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

    /** Number of iterations the last computation took. */
    public int getIterations() {
        getScores();
        return iterations;
    }

    private double[] compute() {
        int n = graph.n;
        if (n == 0) {
            return new double[0];
        }
        IndexedGraph.Csr out = graph.out;
        IndexedGraph.Csr in = graph.in;
        double[] inverseOutStrength = new double[n];
        for (int u = 0; u < n; u++) {
            double s = Strength.rowSum(out, u);
            inverseOutStrength[u] = s > 0 ? 1.0 / s : 0.0;
        }
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        double[] next = new double[n];
        double[] share = new double[n];
        int chunks = Math.min(CHUNKS, n);
        int chunkSize = (n + chunks - 1) / chunks;
        double[] partial = new double[chunks];
        for (iterations = 1; iterations <= maxIterations; iterations++) {
            double[] current = x;
            IntStream.range(0, chunks).parallel().forEach(c -> {
                double dangling = 0;
                for (int u = c * chunkSize, end = Math.min(n, (c + 1) * chunkSize); u < end; u++) {
                    share[u] = current[u] * inverseOutStrength[u];
                    if (inverseOutStrength[u] == 0) {
                        dangling += current[u];
                    }
                }
                partial[c] = dangling;
            });
            double danglingMass = sum(partial, chunks);
            double base = (damping * danglingMass + (1 - damping)) / n;
            double[] result = next;
            IntStream.range(0, chunks).parallel().forEach(c -> {
                double error = 0;
                for (int v = c * chunkSize, end = Math.min(n, (c + 1) * chunkSize); v < end; v++) {
                    double pulled = 0;
                    for (int q = in.start[v], qEnd = in.start[v + 1]; q < qEnd; q++) {
                        pulled += share[in.adj[q]] * in.weight[q];
                    }
                    double value = damping * pulled + base;
                    result[v] = value;
                    error += Math.abs(value - current[v]);
                }
                partial[c] = error;
            });
            next = x;
            x = result;
            if (sum(partial, chunks) < n * tolerance) {
                double total = 0;
                for (double value : x) {
                    total += value;
                }
                for (int v = 0; v < n; v++) {
                    x[v] /= total;
                }
                return x;
            }
        }
        throw new IllegalStateException("PageRank did not converge in " + maxIterations + " iterations");
    }

    private static double sum(double[] values, int count) {
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += values[i];
        }
        return total;
    }
}
