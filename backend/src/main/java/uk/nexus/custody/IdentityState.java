package uk.nexus.custody;

/** How the detainee of a custody event was identified. */
public enum IdentityState {
    /** Not yet: candidates (if any) wait for a user's decision. */
    UNRESOLVED,
    /** Resolved automatically: exactly one candidate scored MATCH. */
    MATCHED,
    /** A user confirmed a subject. */
    CONFIRMED,
    /** A user said "none of them": a new subject was created. */
    NEW_SUBJECT,
    /** Imported from another system already linked to its subject. */
    IMPORTED
}
