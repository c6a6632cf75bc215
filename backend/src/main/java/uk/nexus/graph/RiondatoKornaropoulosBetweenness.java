package uk.nexus.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Approximate betweenness by shortest-path sampling with a uniform, a-priori error guarantee, for
 * graphs too large for {@link BrandesBetweenness}.
 *
 * <p>Algorithm: draw {@code r} ordered vertex pairs {@code (s, t)}, {@code s ≠ t}, uniformly at
 * random; for each, compute the shortest-path DAG from {@code s} (stopping at {@code t}), pick one
 * shortest s–t path uniformly at random (walking back from {@code t}, choosing predecessor
 * {@code u} of {@code w} with probability {@code σ_su/σ_sw}) and credit {@code 1/r} to each of its
 * inner vertices. Unreachable pairs credit nothing. Paths use the same lengths and exact tie rules as
 * {@link BrandesBetweenness}.
 *
 * <p>Guarantee (Riondato and Kornaropoulos, Theorem 2, via the VC dimension of shortest paths): with
 * {@code r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉}, {@code c = 0.5}, and {@code VD} an upper
 * bound on the number of vertices of any shortest path, with probability at least {@code 1 − δ}
 * every vertex's estimate is within {@code ε} of its betweenness as a fraction of ordered pairs,
 * {@code b(v) = Σ_{s≠t} σ_st(v)/σ_st / (n(n−1))}. Scores are reported in networkx's normalised scale
 * ({@code b(v)·n/(n−2)}, comparable with {@link BrandesBetweenness}), where the bound becomes
 * {@link #getErrorBound()} {@code = ε·n/(n−2)}. {@code VD} bound used: {@code 2·ecc(x) + 1} from one
 * breadth-first search per component on unweighted undirected graphs (capped by the component
 * size), otherwise the size of the largest weakly connected component. See
 * {@code docs/decisions/0102-graph-sampled-betweenness-bound.md}.
 *
 * <p>Reference: M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness centrality
 * through sampling", Data Mining and Knowledge Discovery 30(2):438–475, 2016.
 *
 * <p>Complexity: {@code O(r (m + n))} unweighted, {@code O(r (m + n log n))} weighted, independent of
 * {@code n²}; samples are split into fixed seeded blocks run in parallel, so results depend only on
 * the seed.
 *
 * @param <V> vertex type
 */
public final class RiondatoKornaropoulosBetweenness<V> implements VertexScoringAlgorithm<V, Double> {

    /** The universal constant {@code c} of the ε-approximation bound (Löffler and Phillips). */
    public static final double UNIVERSAL_CONSTANT = 0.5;

    private static final int BLOCKS = 16;

    private final IndexedGraph<V> graph;
    private final double epsilon;
    private final double delta;
    private final long seed;
    private final int vertexDiameterBound;
    private final int sampleSize;
    private Map<V, Double> scores;

    /**
     * @param epsilon additive error bound on the fraction-of-pairs scale, in (0, 1)
     * @param delta failure probability, in (0, 1)
     * @param seed random seed; equal seeds give equal results
     */
    public RiondatoKornaropoulosBetweenness(Graph<V, ?> graph, double epsilon, double delta, long seed) {
        this(GraphSnapshot.of(graph), epsilon, delta, seed);
    }

    public RiondatoKornaropoulosBetweenness(GraphSnapshot<V> snapshot, double epsilon, double delta, long seed) {
        if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("epsilon and delta must be in (0, 1)");
        }
        this.graph = snapshot.asGiven();
        this.epsilon = epsilon;
        this.delta = delta;
        this.seed = seed;
        this.vertexDiameterBound = vertexDiameterBound(this.graph);
        this.sampleSize = sampleSize(epsilon, delta, vertexDiameterBound);
    }

    /** {@code ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉} with {@code log₂} taken as 0 when VD < 4. */
    public static int sampleSize(double epsilon, double delta, int vertexDiameter) {
        int log2 = vertexDiameter - 2 >= 1 ? 31 - Integer.numberOfLeadingZeros(vertexDiameter - 2) : 0;
        double r = UNIVERSAL_CONSTANT / (epsilon * epsilon) * (log2 + 1 + Math.log(1 / delta));
        return (int) Math.ceil(r);
    }

    public int getSampleSize() {
        return sampleSize;
    }

    public int getVertexDiameterBound() {
        return vertexDiameterBound;
    }

    public double getEpsilon() {
        return epsilon;
    }

    public double getDelta() {
        return delta;
    }

    /** The guaranteed maximum absolute error (probability ≥ 1−δ) of the reported, networkx-normalised scores. */
    public double getErrorBound() {
        int n = graph.n;
        return n > 2 ? epsilon * n / (n - 2.0) : 0.0;
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
        double[] result = new double[n];
        if (n < 3) {
            return result;
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> randoms = new ArrayList<>(BLOCKS);
        for (int b = 0; b < BLOCKS; b++) {
            randoms.add(root.split());
        }
        List<long[]> counts = IntStream.range(0, BLOCKS)
                .parallel()
                .mapToObj(b -> sample(randoms.get(b), sampleSize / BLOCKS + (b < sampleSize % BLOCKS ? 1 : 0)))
                .toList();
        double scale = 1.0 / sampleSize * n / (n - 2.0);
        for (long[] block : counts) {
            for (int v = 0; v < n; v++) {
                result[v] += block[v];
            }
        }
        for (int v = 0; v < n; v++) {
            result[v] *= scale;
        }
        return result;
    }

    private long[] sample(SplittableRandom random, int samples) {
        int n = graph.n;
        long[] count = new long[n];
        if (samples == 0) {
            return count;
        }
        ShortestPathDag dag = new ShortestPathDag(graph.out, graph.in, graph.outToIn, graph.uniformWeights);
        IndexedGraph.Csr in = graph.in;
        for (int i = 0; i < samples; i++) {
            int s = random.nextInt(n);
            int t = random.nextInt(n - 1);
            if (t >= s) {
                t++;
            }
            dag.run(s, t);
            if (dag.sigma[t] == 0) {
                continue;
            }
            int w = t;
            while (w != s) {
                double target = random.nextDouble() * dag.sigma[w];
                int chosen = -1;
                double cumulative = 0;
                for (int q = in.start[w]; q < in.start[w + 1]; q++) {
                    if (dag.isPredecessorArc(q, w)) {
                        chosen = in.adj[q];
                        cumulative += dag.sigma[chosen];
                        if (cumulative > target) {
                            break;
                        }
                    }
                }
                if (chosen != s) {
                    count[chosen]++;
                }
                w = chosen;
            }
        }
        return count;
    }

    private static int vertexDiameterBound(IndexedGraph<?> graph) {
        int n = graph.n;
        IndexedGraph.Csr adj = graph.directed ? IndexedGraph.Csr.symmetric(graph.out, n) : graph.out;
        ConnectedComponents.Labels labels = ConnectedComponents.label(adj, n);
        int[] size = new int[labels.count()];
        for (int c : labels.component()) {
            size[c]++;
        }
        int bound = 0;
        if (graph.directed || !graph.uniformWeights) {
            for (int s : size) {
                bound = Math.max(bound, s);
            }
            return bound;
        }
        ShortestPathDag bfs = new ShortestPathDag(adj, null, null, true);
        boolean[] seen = new boolean[labels.count()];
        for (int v = 0; v < n; v++) {
            int c = labels.component()[v];
            if (seen[c]) {
                continue;
            }
            seen[c] = true;
            bfs.run(v, -1);
            int eccentricity = (int) bfs.dist[bfs.settled[bfs.settledCount - 1]];
            bound = Math.max(bound, Math.min(size[c], 2 * eccentricity + 1));
        }
        return bound;
    }
}
