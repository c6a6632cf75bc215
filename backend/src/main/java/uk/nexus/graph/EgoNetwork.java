package uk.nexus.graph;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsSubgraph;

/**
 * Ego networks: the subgraph induced by the vertices within {@code radius} hops of a focal vertex
 * (the ego), including the ego, like networkx {@code ego_graph(G, n, radius)} with
 * {@code undirected=True}. Hops ignore weights and, on directed graphs, direction (a contact is a
 * contact whoever called whom); the induced subgraph keeps the original edges and their direction.
 *
 * <p>Complexity: breadth-first search over the ball, {@code O(n_r + m_r)} for the {@code n_r}
 * vertices and {@code m_r} edges within the radius.
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class EgoNetwork<V, E> {

    private final Graph<V, E> graph;

    public EgoNetwork(Graph<V, E> graph) {
        this.graph = graph;
    }

    /** Vertices within {@code radius} hops of {@code ego}, mapped to their hop distance. */
    public Map<V, Integer> getDistances(V ego, int radius) {
        if (!graph.containsVertex(ego)) {
            throw new IllegalArgumentException("vertex not in graph: " + ego);
        }
        if (radius < 0) {
            throw new IllegalArgumentException("radius must be >= 0: " + radius);
        }
        Map<V, Integer> distance = new HashMap<>();
        ArrayDeque<V> queue = new ArrayDeque<>();
        distance.put(ego, 0);
        queue.add(ego);
        while (!queue.isEmpty()) {
            V u = queue.poll();
            int d = distance.get(u);
            if (d == radius) {
                continue;
            }
            for (E e : graph.edgesOf(u)) {
                V w = Graphs.getOppositeVertex(graph, e, u);
                if (!distance.containsKey(w)) {
                    distance.put(w, d + 1);
                    queue.add(w);
                }
            }
        }
        return distance;
    }

    /** The induced subgraph on the vertices within {@code radius} hops of {@code ego} (a live view). */
    public Graph<V, E> getEgoNetwork(V ego, int radius) {
        return new AsSubgraph<>(graph, getDistances(ego, radius).keySet());
    }
}
