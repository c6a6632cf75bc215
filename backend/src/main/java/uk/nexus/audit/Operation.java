package uk.nexus.audit;

/** What was done to records, in the terms of the Data Protection Act 2018 s.62(1). */
public enum Operation {
    /** Records were read: a subject viewed, a search, a network opened, a report run. */
    CONSULTATION,
    /** Records left the system: an export, a referral, a download. */
    DISCLOSURE,
    /** Records were changed: a review decision, an edit. */
    ALTERATION,
    /** Records were combined: two subjects merged into one. */
    COMBINATION,
    /** Records were collected: an import. */
    COLLECTION,
    /** Records were deleted. The entry holds what was deleted by kind and id, never its content. */
    ERASURE
}
