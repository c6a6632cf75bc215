package uk.nexus.analysis;

import java.util.List;

/**
 * One path between two subjects.
 *
 * @param rank 1 = shortest
 * @param length Σ 1/strength over its ties (strong ties make short paths)
 * @param subjects the subjects along it, source first
 * @param names their names, in the same order
 * @param ties its ties in order, each with its evidence
 */
public record SubjectPath(int rank, double length, List<String> subjects, List<String> names, List<Tie> ties) {}
