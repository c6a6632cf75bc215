package uk.nexus.referral;

import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Which referrals to list; every criterion optional.
 *
 * @param states any of these states
 * @param originator originator id
 * @param outcome current outcome
 * @param borough the referral's (or subject's) borough
 * @param from drafted on or after
 * @param to drafted on or before
 * @param subject subject id
 * @param createdBy drafted by this user
 * @param notCreatedBy not drafted by this user (a supervisor's approval inbox)
 */
public record ReferralFilter(
        @Nullable Collection<ReferralState> states,
        @Nullable String originator,
        @Nullable Outcome outcome,
        @Nullable String borough,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String subject,
        @Nullable String createdBy,
        @Nullable String notCreatedBy) {

    public static ReferralFilter all() {
        return new ReferralFilter(null, null, null, null, null, null, null, null, null);
    }
}
