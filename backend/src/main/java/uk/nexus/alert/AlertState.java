package uk.nexus.alert;

/** Where an alert stands in triage. */
public enum AlertState {
    /** Raised, nobody has looked at it yet (the inbox's unread count). */
    NEW,
    /** A user confirmed it needs action. */
    CONFIRMED,
    /** A user dismissed it, with a reason. */
    DISMISSED
}
