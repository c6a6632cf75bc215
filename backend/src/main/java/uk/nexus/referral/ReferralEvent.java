package uk.nexus.referral;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One recorded step in a referral's life.
 *
 * @param seq order within the referral, from 1
 * @param action CREATE, IMPORT, or one of {@link Action}
 * @param from state before (null for CREATE/IMPORT)
 * @param to state after
 * @param outcome the outcome recorded, for RECORD_OUTCOME
 * @param at when
 * @param by who
 * @param reason why (required for RETURN and REJECT, optional otherwise)
 */
public record ReferralEvent(
        int seq,
        String action,
        @Nullable String from,
        String to,
        @Nullable String outcome,
        ZonedDateTime at,
        String by,
        @Nullable String reason) {}
