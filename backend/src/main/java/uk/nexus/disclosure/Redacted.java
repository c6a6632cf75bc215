package uk.nexus.disclosure;

import java.util.List;

/**
 * What may go to a recipient: the items released (restricted ones with their conditions attached) and
 * the redactions, to be shown in the disclosure and logged.
 *
 * @param recipient to whom
 * @param released items that go, each with {@code handlingConditions} filled in where restricted
 * @param redactions items withheld, without their content
 */
public record Redacted(Recipient recipient, List<DisclosureItem> released, List<Redaction> redactions) {}
