package uk.nexus.graph;

import java.util.Set;
import org.jgrapht.alg.util.UnorderedPair;

/**
 * Finds the single points of failure of an undirected network: vertices (articulation points, cut
 * vertices) and edges (bridges) whose removal increases the number of connected components.
 *
 * @param <V> vertex type
 */
public interface CutElementsAlgorithm<V> {

    /** The articulation points (cut vertices). */
    Set<V> getArticulationPoints();

    /** The bridges, as unordered pairs of their end vertices. */
    Set<UnorderedPair<V, V>> getBridges();
}
