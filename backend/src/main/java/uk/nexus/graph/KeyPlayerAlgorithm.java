package uk.nexus.graph;

/**
 * Chooses a set of key players: vertices whose removal disrupts the network most (Borgatti's
 * KPP-Neg problem).
 *
 * @param <V> vertex type
 */
public interface KeyPlayerAlgorithm<V> {

    /** The chosen set together with the network's fragmentation before and after removing it. */
    KeyPlayerSet<V> getKeyPlayers();
}
