package uk.nexus.resolution;

/**
 * What a scan for duplicates did.
 *
 * @param records survivors compared (merged records folded into theirs)
 * @param candidatePairs distinct pairs that shared a blocking key and were scored
 * @param skippedBlocks blocking keys held by too many records to be useful, skipped
 * @param match pairs found at MATCH
 * @param possible pairs found at POSSIBLE
 * @param alreadyDecided pairs found that a user had already decided on (not asked again)
 * @param open pairs waiting for a decision after the scan
 * @param millis how long it took
 */
public record ScanReport(
        int records,
        long candidatePairs,
        int skippedBlocks,
        int match,
        int possible,
        int alreadyDecided,
        long open,
        long millis) {}
