package uk.nexus.custody;

/** What a check came back with. */
public enum CheckResult {
    /** Requested, no answer yet. */
    PENDING,
    /** Nothing held. */
    NO_TRACE,
    /** Something held (for ACRO: convictions abroad, entered with the result). */
    TRACE,
    /** The person is wanted. */
    WANTED
}
