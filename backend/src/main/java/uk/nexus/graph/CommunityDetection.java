package uk.nexus.graph;

/**
 * Partitions the vertices of a network into communities (densely connected groups).
 *
 * @param <V> vertex type
 */
public interface CommunityDetection<V> {

    /** The partition found, with its modularity on the input graph. */
    Partition<V> getPartition();
}
