package uk.nexus.graph;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;

/**
 * Key-player search for Borgatti's KPP-Neg: the {@code k} vertices whose removal maximises the
 * fragmentation of the remaining network,
 *
 * <pre>F = 1 − Σ_c s_c (s_c − 1) / (n (n − 1))</pre>
 *
 * where {@code s_c} are the component sizes and {@code n} the number of vertices of the network the
 * measure is taken on (after removal: the {@code n − k} remaining vertices). {@code F = 0} for a
 * connected network, 1 when no two vertices are connected (also by convention for fewer than two
 * vertices). Computed on the undirected simple projection: direction and weights are ignored.
 *
 * <p>Search: greedy (add the vertex whose removal raises F most), then improvement swaps (Borgatti's
 * procedure): for each chosen vertex, try every outside vertex in its place and keep the best swap
 * if it strictly raises F; passes repeat until none improves. The effect of deleting every candidate
 * is obtained from one depth-first search with low-points (component sizes after deleting {@code v}
 * are the sizes of the DFS subtrees that {@code v} separates plus the rest of its component), so a
 * greedy step or one swap position costs {@code O(n + m)} instead of {@code O(n (n + m))}. Ties are
 * broken by the lower position in {@link Graph#vertexSet()}, so the result is deterministic. The
 * result is a local optimum; exhaustive search is exponential in {@code k}.
 *
 * <p>Reference: S. P. Borgatti, "Identifying sets of key players in a social network", Computational
 * and Mathematical Organization Theory 12:21–34, 2006.
 *
 * <p>Complexity: {@code O(k (n + m))} for the greedy phase and per swap pass; at most
 * {@value #MAX_SWAP_PASSES} passes.
 *
 * @param <V> vertex type
 */
public final class KeyPlayerFragmentation<V> implements KeyPlayerAlgorithm<V> {

    static final int MAX_SWAP_PASSES = 100;

    private final IndexedGraph<V> graph;
    private final int k;
    private KeyPlayerSet<V> result;

    /**
     * @param k number of key players to choose, {@code 0 <= k <= n}
     */
    public KeyPlayerFragmentation(Graph<V, ?> graph, int k) {
        this(IndexedGraph.undirected(graph), k);
    }

    public KeyPlayerFragmentation(GraphSnapshot<V> snapshot, int k) {
        this(snapshot.undirected(), k);
    }

    private KeyPlayerFragmentation(IndexedGraph<V> graph, int k) {
        this.graph = graph;
        if (k < 0 || k > this.graph.n) {
            throw new IllegalArgumentException("k must be between 0 and the number of vertices: " + k);
        }
        this.k = k;
    }

    /** Fragmentation F of the graph as it is (undirected projection). */
    public static <V> double fragmentation(Graph<V, ?> graph) {
        IndexedGraph<V> g = IndexedGraph.undirected(graph);
        return fragmentation(new Lowpoints(g.out, g.n, null).connectedPairs, g.n);
    }

    static double fragmentation(long connectedPairs, int remaining) {
        if (remaining < 2) {
            return 1.0;
        }
        return 1.0 - connectedPairs / ((double) remaining * (remaining - 1));
    }

    @Override
    public KeyPlayerSet<V> getKeyPlayers() {
        if (result == null) {
            result = search();
        }
        return result;
    }

    private KeyPlayerSet<V> search() {
        int n = graph.n;
        boolean[] removed = new boolean[n];
        double before = fragmentation(new Lowpoints(graph.out, n, removed).connectedPairs, n);
        int[] chosen = new int[k];
        for (int i = 0; i < k; i++) {
            Lowpoints lp = new Lowpoints(graph.out, n, removed);
            chosen[i] = bestRemoval(lp, removed);
            removed[chosen[i]] = true;
        }
        long pairs = new Lowpoints(graph.out, n, removed).connectedPairs;
        for (int pass = 0; pass < MAX_SWAP_PASSES && k > 0 && k < n; pass++) {
            boolean improved = false;
            for (int i = 0; i < k; i++) {
                removed[chosen[i]] = false;
                Lowpoints lp = new Lowpoints(graph.out, n, removed);
                int candidate = bestRemoval(lp, removed);
                long candidatePairs = lp.connectedPairsWithout(candidate);
                if (candidate != chosen[i] && candidatePairs < pairs) {
                    chosen[i] = candidate;
                    pairs = candidatePairs;
                    improved = true;
                }
                removed[chosen[i]] = true;
            }
            if (!improved) {
                break;
            }
        }
        List<V> players = new ArrayList<>(k);
        for (int v : chosen) {
            players.add(graph.vertices.get(v));
        }
        return new KeyPlayerSet<>(players, before, fragmentation(pairs, n - k));
    }

    /** The non-removed vertex whose deletion leaves the fewest connected ordered pairs. */
    private static int bestRemoval(Lowpoints lp, boolean[] removed) {
        int best = -1;
        long bestPairs = Long.MAX_VALUE;
        for (int v = 0; v < removed.length; v++) {
            if (removed[v]) {
                continue;
            }
            long pairs = lp.connectedPairsWithout(v);
            if (pairs < bestPairs) {
                best = v;
                bestPairs = pairs;
            }
        }
        return best;
    }
}
