package uk.nexus.oversight;

import java.util.List;
import java.util.Map;

/**
 * What a delete decision removed, and who had received copies.
 *
 * @param kind what was deleted
 * @param id its id
 * @param removed how many of each went with it ({@code Alias}, {@code Conviction}, {@code links}…)
 * @param disclosures earlier disclosures that carried the record (access-log entry, recipient,
 *     reference): copies a deletion here cannot reach; ask those recipients to delete theirs
 */
public record DeletionReport(ReviewKind kind, String id, Map<String, Long> removed, List<PriorDisclosure> disclosures) {

    /**
     * A disclosure that carried the deleted record.
     *
     * @param seq its access-log entry
     * @param at when
     * @param recipient to whom
     * @param reference the disclosure reference (or the action, for disclosures without one)
     */
    public record PriorDisclosure(long seq, String at, String recipient, String reference) {}
}
