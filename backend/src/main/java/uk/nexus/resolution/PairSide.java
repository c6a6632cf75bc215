package uk.nexus.resolution;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record of a pair as a reviewer sees it, beside the other.
 *
 * @param survivorId the subject this record resolves to (itself unless merged)
 * @param alsoRecordedAs records merged into this one
 */
public record PairSide(
        String subjectId,
        String name,
        @Nullable LocalDate dob,
        @Nullable String gender,
        @Nullable String pncId,
        @Nullable String croNumber,
        @Nullable String passportNumber,
        @Nullable String borough,
        @Nullable String source,
        @Nullable String recordedAt,
        List<String> aliases,
        List<String> phones,
        List<String> addresses,
        long incidents,
        long convictions,
        String survivorId,
        List<CombinedIdentity.MergedRecord> alsoRecordedAs) {

    public PairSide {
        aliases = List.copyOf(aliases);
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
        alsoRecordedAs = List.copyOf(alsoRecordedAs);
    }
}
