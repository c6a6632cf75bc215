package uk.nexus.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Connected components (weakly connected components of a directed graph), largest first; ties in
 * size are ordered by the position of their first vertex in {@link Graph#vertexSet()}.
 *
 * <p>Reference: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
 * manipulation", CACM 16(6):372–378, 1973.
 *
 * <p>Complexity: {@code O(n + m)} by iterative breadth-first search.
 *
 * @param <V> vertex type
 */
public final class ConnectedComponents<V> {

    private final IndexedGraph<V> graph;
    private List<Set<V>> components;

    public ConnectedComponents(Graph<V, ?> graph) {
        this.graph = IndexedGraph.undirected(graph);
    }

    public ConnectedComponents(GraphSnapshot<V> snapshot) {
        this.graph = snapshot.undirected();
    }

    /** The components as unmodifiable sets in vertex-set order, largest component first. */
    public List<Set<V>> getComponents() {
        if (components == null) {
            Labels labels = label(graph.out, graph.n);
            List<Set<V>> sets = new ArrayList<>(labels.count());
            for (int c = 0; c < labels.count(); c++) {
                sets.add(new LinkedHashSet<>());
            }
            for (int v = 0; v < graph.n; v++) {
                sets.get(labels.component()[v]).add(graph.vertices.get(v));
            }
            sets.sort(Comparator.comparingInt(Set<V>::size).reversed());
            components =
                    sets.stream().map(java.util.Collections::unmodifiableSet).toList();
        }
        return components;
    }

    /** Component label of each vertex, numbered in order of first vertex. */
    record Labels(int[] component, int count) {}

    static Labels label(IndexedGraph.Csr adj, int n) {
        int[] component = new int[n];
        java.util.Arrays.fill(component, -1);
        int[] queue = new int[n];
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (component[root] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            component[root] = count;
            while (head < tail) {
                int u = queue[head++];
                for (int a = adj.start[u]; a < adj.start[u + 1]; a++) {
                    int w = adj.adj[a];
                    if (component[w] < 0) {
                        component[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            count++;
        }
        return new Labels(component, count);
    }
}
