package uk.nexus.audit;

/** Through what the operation came. */
public enum Channel {
    /** The Vaadin user interface. */
    UI,
    /** The REST API. */
    API,
    /** A command-line tool ({@code ./nexus import}, {@code ./nexus audit verify}). */
    CLI,
    /** Nexus itself, with no user (start-up tasks). */
    SYSTEM
}
