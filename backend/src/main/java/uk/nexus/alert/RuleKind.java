package uk.nexus.alert;

/** What a saved alert rule looks for (decision 0642). */
public enum RuleKind {
    /** A subject on the rule's watch list in a custody event recorded after the rule was saved. */
    WATCHED_IN_CUSTODY,
    /** A subject on the high-harm tracker (referral accepted) in a custody event after the rule was saved. */
    TRACKED_IN_CUSTODY,
    /** A subject whose harm is at or above the rule's threshold. */
    HARM_THRESHOLD,
    /**
     * An association recorded after the rule was saved between a subject whose harm is at or above the
     * threshold and a current member of an OCG (rivalry excluded).
     */
    HIGH_HARM_OCG_LINK,
    /** A check with result WANTED, or a European Arrest Warrant check that traced a warrant. */
    WANTED
}
