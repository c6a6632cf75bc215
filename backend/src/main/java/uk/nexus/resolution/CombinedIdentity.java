package uk.nexus.resolution;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a subject is once merges are taken into account.
 *
 * @param subjectId the subject asked about
 * @param survivorId the subject it resolves to (itself unless merged into another)
 * @param alsoRecordedAs the records merged into the survivor ("also recorded as S… from source …")
 */
public record CombinedIdentity(String subjectId, String survivorId, List<MergedRecord> alsoRecordedAs) {

    public CombinedIdentity {
        alsoRecordedAs = List.copyOf(alsoRecordedAs);
    }

    /** A record merged into another, with the merge's provenance. */
    public record MergedRecord(
            String subjectId,
            String name,
            @Nullable String source,
            String pairId,
            @Nullable String by,
            @Nullable String at) {}
}
