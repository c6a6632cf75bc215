package uk.nexus.graph;

import java.util.Map;
import org.jgrapht.Graph;

/**
 * Newman–Girvan modularity of a partition:
 * {@code Q = Σ_c [ L_c/m − γ (d_c / 2m)² ]}, where {@code m} is the total edge weight, {@code L_c}
 * the weight of edges inside community {@code c}, {@code d_c} the total strength of its vertices and
 * {@code γ} the resolution (1 = classic modularity, as networkx {@code modularity} and igraph). Uses
 * the undirected merged projection of the graph (weights summed, self-loops dropped, weight 1 if the
 * graph is unweighted). An edgeless graph has modularity 0.
 *
 * <p>Reference: M. E. J. Newman and M. Girvan, "Finding and evaluating community structure in
 * networks", Physical Review E 69:026113, 2004.
 *
 * <p>Complexity: {@code O(n + m)}.
 */
public final class Modularity {

    private Modularity() {}

    /** Modularity with resolution 1 of the partition given by {@code membership} (every vertex mapped). */
    public static <V> double of(Graph<V, ?> graph, Map<V, Integer> membership) {
        return of(graph, membership, 1.0);
    }

    public static <V> double of(Graph<V, ?> graph, Map<V, Integer> membership, double resolution) {
        IndexedGraph<V> g = IndexedGraph.undirected(graph);
        int[] community = new int[g.n];
        for (int v = 0; v < g.n; v++) {
            Integer c = membership.get(g.vertices.get(v));
            if (c == null || c < 0) {
                throw new IllegalArgumentException("no community for vertex " + g.vertices.get(v));
            }
            community[v] = c;
        }
        return compute(g.out, g.n, community, resolution);
    }

    static double compute(IndexedGraph.Csr adj, int n, int[] community, double resolution) {
        int communities = 0;
        for (int c : community) {
            communities = Math.max(communities, c + 1);
        }
        double[] internal = new double[communities];
        double[] total = new double[communities];
        double twoM = 0;
        for (int v = 0; v < n; v++) {
            for (int a = adj.start[v]; a < adj.start[v + 1]; a++) {
                double w = adj.weight[a];
                twoM += w;
                total[community[v]] += w;
                if (community[adj.adj[a]] == community[v]) {
                    internal[community[v]] += w;
                }
            }
        }
        if (twoM == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < communities; c++) {
            double share = total[c] / twoM;
            q += internal[c] / twoM - resolution * share * share;
        }
        return q;
    }
}
