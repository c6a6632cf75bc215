package uk.nexus.graph;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Core number (coreness) of every vertex: the largest {@code k} such that the vertex belongs to the
 * k-core, the maximal subgraph in which every vertex has at least {@code k} neighbours. Computed on
 * the undirected simple projection (distinct neighbours; direction, weights and self-loops
 * ignored), as networkx {@code core_number} on the reference data.
 *
 * <p>Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
 * networks", arXiv:cs/0310049, 2003.
 *
 * <p>Complexity: {@code O(n + m)} (bucket sort by degree, peeling in increasing degree order).
 *
 * @param <V> vertex type
 */
public final class BatageljZaversnikCoreness<V> implements VertexScoringAlgorithm<V, Integer> {

    private final IndexedGraph<V> graph;
    private Map<V, Integer> scores;
    private int degeneracy;

    public BatageljZaversnikCoreness(Graph<V, ?> graph) {
        this.graph = IndexedGraph.undirected(graph);
    }

    public BatageljZaversnikCoreness(GraphSnapshot<V> snapshot) {
        this.graph = snapshot.undirected();
    }

    @Override
    public Map<V, Integer> getScores() {
        if (scores == null) {
            int[] core = compute(graph.out, graph.n);
            for (int c : core) {
                degeneracy = Math.max(degeneracy, c);
            }
            scores = graph.toMap(i -> core[i]);
        }
        return scores;
    }

    @Override
    public Integer getVertexScore(V v) {
        graph.indexOf(v);
        return getScores().get(v);
    }

    /** The maximum core number (the graph's degeneracy). */
    public int getDegeneracy() {
        getScores();
        return degeneracy;
    }

    static int[] compute(IndexedGraph.Csr adj, int n) {
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = adj.degree(v);
            maxDegree = Math.max(maxDegree, degree[v]);
        }
        int[] binStart = new int[maxDegree + 1];
        for (int v = 0; v < n; v++) {
            binStart[degree[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++) {
            int count = binStart[d];
            binStart[d] = start;
            start += count;
        }
        int[] position = new int[n];
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            position[v] = binStart[degree[v]]++;
            order[position[v]] = v;
        }
        for (int d = maxDegree; d > 0; d--) {
            binStart[d] = binStart[d - 1];
        }
        binStart[0] = 0;
        for (int i = 0; i < n; i++) {
            int v = order[i];
            for (int a = adj.start[v]; a < adj.start[v + 1]; a++) {
                int u = adj.adj[a];
                if (degree[u] > degree[v]) {
                    int du = degree[u];
                    int pu = position[u];
                    int pw = binStart[du];
                    int w = order[pw];
                    if (u != w) {
                        position[u] = pw;
                        order[pu] = w;
                        position[w] = pu;
                        order[pw] = u;
                    }
                    binStart[du]++;
                    degree[u]--;
                }
            }
        }
        return degree;
    }
}
