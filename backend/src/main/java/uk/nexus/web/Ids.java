package uk.nexus.web;

/** The syntax of every id in Nexus, for validating path variables before they reach a query. */
public final class Ids {

    /** Letters, digits and {@code . _ : -}, at most 64, starting with a letter or digit. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    public static final String MESSAGE = "must be an id (letters, digits and . _ : - only, at most 64)";

    private Ids() {}
}
