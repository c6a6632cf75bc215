package uk.nexus.analysis;

import java.util.Locale;
import uk.nexus.web.BadRequestException;

/** What subjects can be ranked by. */
public enum Measure {
    /** Subject harm (design §4). */
    HARM,
    /** Harm of the people around the subject (decision 0304). */
    NETWORK_HARM,
    /** Number of ties. */
    DEGREE,
    /** Brandes betweenness on tie lengths 1/strength, normalised like networkx; sampled on large graphs. */
    BETWEENNESS,
    /** Closeness over the reachable subjects (distance 1/strength). */
    CLOSENESS,
    /** Harmonic closeness (distance 1/strength). */
    HARMONIC,
    /** Eigenvector centrality (weight = strength). */
    EIGENVECTOR,
    /** PageRank, damping 0.85 (weight = strength). */
    PAGERANK,
    /** k-core number. */
    KCORE;

    /** {@code network-harm}, {@code pagerank}, … (case and {@code -}/{@code _} ignored). */
    public static Measure parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Measure m : values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new BadRequestException(
                "measure",
                "must be one of harm, network-harm, degree, betweenness, closeness, harmonic, eigenvector,"
                        + " pagerank, kcore");
    }
}
