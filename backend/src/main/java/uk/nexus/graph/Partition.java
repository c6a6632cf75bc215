package uk.nexus.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A partition of the vertices into communities.
 *
 * @param membership community index of every vertex ({@code 0..communities.size()-1})
 * @param communities the communities, largest first (ties by first vertex in vertex-set order)
 * @param modularity Newman–Girvan modularity of the partition on the graph it was computed for
 * @param <V> vertex type
 */
public record Partition<V>(Map<V, Integer> membership, List<Set<V>> communities, double modularity) {

    public Partition {
        membership = Map.copyOf(membership);
        communities = List.copyOf(communities);
    }
}
