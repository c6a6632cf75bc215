package uk.nexus.ingest;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an uploaded import has got ({@code GET /api/imports/{id}}).
 *
 * @param id the import's id (derived from the upload and the mode)
 * @param label the name given to the run
 * @param mode {@code all-or-nothing} or {@code quarantine}
 * @param phase QUEUED, VALIDATING, QUARANTINING, WRITING, then COMPLETED, REJECTED or FAILED
 * @param file the file being read or written
 * @param rowsDone rows validated so far (VALIDATING) or written so far (WRITING, COMPLETED)
 * @param rowsTotal rows in the bundle, known once it is validated
 * @param runId the {@code ImportRun} recording the load, once completed
 * @param entities nodes written
 * @param links relationships written
 * @param quarantinedRows rows left in the quarantine
 * @param errors the errors (all of them up to 1,000): of the bundle when REJECTED, of the quarantined
 *     rows when COMPLETED in quarantine mode; for a bundle sent as JSON the line is the row's array index
 *     + 2 (the header being line 1)
 * @param totalErrors how many errors there were in all
 * @param quarantine where to download the quarantine bundle, when there is one
 */
public record ImportStatus(
        String id,
        String label,
        String mode,
        ImportJobs.Phase phase,
        @Nullable String file,
        long rowsDone,
        @Nullable Long rowsTotal,
        @Nullable String runId,
        long entities,
        long links,
        long quarantinedRows,
        List<ImportError> errors,
        long totalErrors,
        @Nullable String quarantine,
        Instant submittedAt,
        @Nullable Instant finishedAt) {

    /** True once the import has stopped, one way or the other. */
    public boolean finished() {
        return finishedAt != null;
    }
}
