package uk.nexus.ingest;

import java.time.Duration;
import java.util.Map;

/**
 * What an import did.
 *
 * @param runId the {@code (:ImportRun)} node recording it
 * @param rowsByFile rows read per file
 * @param entities rows that created or updated a node
 * @param links rows that created or updated a relationship
 * @param duration wall-clock time, validation and writing
 */
public record ImportReport(String runId, Map<String, Long> rowsByFile, long entities, long links, Duration duration) {

    /** Entities plus links per second over the whole run. */
    public double rowsPerSecond() {
        double seconds = Math.max(duration.toNanos(), 1) / 1e9;
        return (entities + links) / seconds;
    }
}
