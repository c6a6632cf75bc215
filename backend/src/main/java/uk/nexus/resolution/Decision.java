package uk.nexus.resolution;

/** A reviewer's decision on a pair of records. */
public enum Decision {
    /** One person: the records are merged (and can be unmerged). */
    SAME,
    /** Two people: the pair is never proposed again. */
    DISTINCT,
    /** Cannot tell: kept out of the open queue, listed under UNDECIDED. */
    UNDECIDED
}
