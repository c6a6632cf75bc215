package uk.nexus.analysis;

import java.util.List;

/**
 * A tie of a projection between two subjects, with the records it rests on.
 *
 * @param a one subject
 * @param b the other
 * @param weight tie strength (sum of the records' weights)
 * @param evidence the records behind it
 */
public record Tie(String a, String b, double weight, List<LinkEvidence> evidence) {}
