package uk.nexus.graph;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.KShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.GraphWalk;

/**
 * Shortest and k-shortest loopless paths between two vertices where an edge's length is
 * {@code 1 / weight} (weight = tie strength; 1 on unweighted graphs, so lengths are hop counts):
 * strong ties make short paths. Delegates to JGraphT's Dijkstra and Yen implementations on a
 * length view of the graph; returned paths belong to the original graph and their weight is their
 * length {@code Σ 1/weight}. Paths of exactly equal length may come in any order; a reported path is
 * always a shortest (k-th shortest) one up to floating-point rounding of the length (see
 * {@code docs/decisions/0101-graph-weighted-path-ties.md}). Edges are followed in their direction on
 * directed graphs; parallel edges are distinct paths.
 *
 * <p>References: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische
 * Mathematik 1:269–271, 1959; J. Y. Yen, "Finding the k shortest loopless paths in a network",
 * Management Science 17(11):712–716, 1971.
 *
 * <p>Complexity: {@code O(m + n log n)} for one path; Yen {@code O(k n (m + n log n))}.
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class TieStrengthShortestPaths<V, E> implements KShortestPathAlgorithm<V, E> {

    private final Graph<V, E> graph;
    private final Graph<V, E> lengths;

    public TieStrengthShortestPaths(Graph<V, E> graph) {
        for (E e : graph.edgeSet()) {
            double w = graph.getEdgeWeight(e);
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("edge weight must be finite and > 0 (tie strength), got " + w);
            }
        }
        this.graph = graph;
        this.lengths = new AsWeightedGraph<>(graph, e -> 1.0 / graph.getEdgeWeight(e), true, false);
    }

    /** A shortest path from {@code source} to {@code sink}, or {@code null} if there is none. */
    public GraphPath<V, E> getPath(V source, V sink) {
        requireVertex(source);
        requireVertex(sink);
        GraphPath<V, E> path = new DijkstraShortestPath<>(lengths).getPath(source, sink);
        return path == null ? null : onOriginal(path);
    }

    /** Up to {@code k} shortest loopless paths, shortest first (Yen). */
    @Override
    public List<GraphPath<V, E>> getPaths(V source, V sink, int k) {
        requireVertex(source);
        requireVertex(sink);
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1: " + k);
        }
        return new YenKShortestPath<>(lengths)
                .getPaths(source, sink, k).stream().map(this::onOriginal).toList();
    }

    private GraphPath<V, E> onOriginal(GraphPath<V, E> path) {
        return new GraphWalk<>(
                graph,
                path.getStartVertex(),
                path.getEndVertex(),
                path.getVertexList(),
                path.getEdgeList(),
                path.getWeight());
    }

    private void requireVertex(V v) {
        if (!graph.containsVertex(v)) {
            throw new IllegalArgumentException("vertex not in graph: " + v);
        }
    }
}
