package uk.nexus.referral;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nexus.harm.SubjectHarm;

/**
 * A referral with everything it carries.
 *
 * @param summary the list view of it
 * @param originatorId the originator's id
 * @param justification the written justification
 * @param rejectionReason why immigration enforcement rejected it
 * @param barrier the immigration barrier, when the outcome is un-actionable
 * @param eligibilityFlags what was flagged for checking when it was drafted
 * @param evidence the items disclosed with it
 * @param events every recorded step
 * @param version for optimistic concurrency: send it back with an action
 * @param approvedBy who approved it
 * @param submittedAt when it was submitted
 * @param outcomeAt when the current outcome was recorded
 * @param nextReview next tracker review
 * @param harmWhenReferred the subject's harm and its explanation as they stood when the referral was
 *     drafted (null for referrals loaded from elsewhere, which carry none)
 */
public record ReferralDetails(
        ReferralListItem summary,
        String originatorId,
        String justification,
        @Nullable String rejectionReason,
        @Nullable String barrier,
        List<Eligibility.Flag> eligibilityFlags,
        List<EvidenceItem> evidence,
        List<ReferralEvent> events,
        long version,
        @Nullable String approvedBy,
        @Nullable ZonedDateTime submittedAt,
        @Nullable ZonedDateTime outcomeAt,
        @Nullable LocalDate nextReview,
        @Nullable SubjectHarm harmWhenReferred) {}
