package uk.nexus.oversight;

/** The kinds of record that carry a MoPI review date. */
public enum ReviewKind {
    Subject,
    Incident,
    IntelReport,
    Group
}
