package uk.nexus.referral;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A referral in a list, inbox or the tracker.
 *
 * @param id referral id
 * @param subjectId the subject
 * @param subjectName SURNAME, Forenames
 * @param originator originator name
 * @param state where it stands
 * @param outcome the current outcome, once accepted and recorded
 * @param createdAt when drafted
 * @param createdBy who drafted it
 * @param updatedAt when last changed
 * @param nextReview the next tracker review
 * @param borough the borough
 * @param latestHarm the subject's harm today (the high-harm tracker shows it next to the outcome); null
 *     where it was not asked for
 */
public record ReferralListItem(
        String id,
        String subjectId,
        String subjectName,
        String originator,
        ReferralState state,
        @Nullable Outcome outcome,
        ZonedDateTime createdAt,
        String createdBy,
        @Nullable ZonedDateTime updatedAt,
        @Nullable LocalDate nextReview,
        @Nullable String borough,
        @Nullable Double latestHarm) {

    /** The same item with the subject's harm today. */
    public ReferralListItem withLatestHarm(double harm) {
        return new ReferralListItem(
                id,
                subjectId,
                subjectName,
                originator,
                state,
                outcome,
                createdAt,
                createdBy,
                updatedAt,
                nextReview,
                borough,
                harm);
    }
}
