package uk.nexus.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking the access log's hash chain from its first entry to its head.
 *
 * @param intact true when every entry's hash is right, each links to the one before, the sequence has
 *     no gap and the head points at the last entry (and the anchor, if given, is still there)
 * @param entries how many entries were checked
 * @param headSeq the sequence number of the last entry
 * @param headHash the hash of the last entry: write it down somewhere else (an anchor) to detect a
 *     later truncation of the log
 * @param firstBrokenSeq the first entry at fault, if any
 * @param problems what is wrong (at most 100 listed)
 * @param checkedAt when the check ran
 */
public record ChainVerification(
        boolean intact,
        long entries,
        long headSeq,
        String headHash,
        @Nullable Long firstBrokenSeq,
        List<String> problems,
        Instant checkedAt) {}
