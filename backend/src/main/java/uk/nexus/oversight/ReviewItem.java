package uk.nexus.oversight;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record waiting for a retention decision.
 *
 * @param kind Subject, Incident, IntelReport or Group
 * @param id its id
 * @param label what to show (a name, an incident, a report's grade)
 * @param reviewDate its MoPI review date
 * @param pastReview the review date has passed without a decision: the record is out of every score
 * @param reasons why it is in the queue: {@code PAST_REVIEW}, {@code ZERO_HARM} (a subject with no harm
 *     and no active referral, kept like the Gangs Matrix kept people)
 * @param lastDecision the previous decision, if any
 */
public record ReviewItem(
        ReviewKind kind,
        String id,
        String label,
        @Nullable LocalDate reviewDate,
        boolean pastReview,
        List<String> reasons,
        @Nullable Decision lastDecision) {

    /** A retain decision as recorded on the record. */
    public record Decision(String by, ZonedDateTime at, String reason) {}
}
