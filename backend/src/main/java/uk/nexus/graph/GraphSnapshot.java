package uk.nexus.graph;

import org.jgrapht.Graph;

/**
 * An immutable, index-based copy of a graph that several algorithms can share, so that a graph is
 * converted to primitive arrays once instead of once per measure (the conversion is {@code O(n + m)}
 * but dominates cheap measures such as coreness on large graphs). Every algorithm of this package
 * accepts either a JGraphT {@link Graph} or a snapshot; the results are identical. The snapshot
 * applies the package conventions (parallel edges summed, self-loops dropped, weight 1 if the
 * graph type is unweighted) and does not follow later changes to the graph.
 *
 * <p>Complexity: {@code O(n + m)} time and memory to build; the undirected projection of a directed
 * graph is built on first use, also in {@code O(n + m)}.
 *
 * @param <V> vertex type
 */
public final class GraphSnapshot<V> {

    private final IndexedGraph<V> graph;
    private IndexedGraph<V> undirected;

    private GraphSnapshot(IndexedGraph<V> graph) {
        this.graph = graph;
    }

    /** Snapshot of {@code graph}, keeping its direction and weights. */
    public static <V> GraphSnapshot<V> of(Graph<V, ?> graph) {
        return new GraphSnapshot<>(IndexedGraph.of(graph));
    }

    public int vertexCount() {
        return graph.n;
    }

    /** Number of edges (arcs if directed) after merging parallel edges and dropping self-loops. */
    public int edgeCount() {
        return graph.edgeCount();
    }

    public boolean isDirected() {
        return graph.directed;
    }

    IndexedGraph<V> asGiven() {
        return graph;
    }

    /** The graph itself if undirected, else its projection with reciprocal arcs merged (weights summed). */
    synchronized IndexedGraph<V> undirected() {
        if (!graph.directed) {
            return graph;
        }
        if (undirected == null) {
            undirected = graph.undirectedProjection();
        }
        return undirected;
    }

    IndexedGraph<V> requireUndirected(String measure) {
        if (graph.directed) {
            throw new IllegalArgumentException(measure + " is defined for undirected graphs only");
        }
        return graph;
    }
}
