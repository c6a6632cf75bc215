package uk.nexus.graph;

import java.util.List;

/**
 * Result of a key-player search.
 *
 * @param players the chosen vertices, in the order the search selected them
 * @param fragmentationBefore fragmentation of the intact network
 * @param fragmentationAfter fragmentation of the network without {@code players}
 * @param <V> vertex type
 */
public record KeyPlayerSet<V>(List<V> players, double fragmentationBefore, double fragmentationAfter) {

    public KeyPlayerSet {
        players = List.copyOf(players);
    }
}
