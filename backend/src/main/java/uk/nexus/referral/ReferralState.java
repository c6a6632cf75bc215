package uk.nexus.referral;

/**
 * Where a referral stands. DRAFT → SUBMITTED → APPROVED (four-eyes) → ACCEPTED onto the high-harm
 * tracker or REJECTED by immigration enforcement. A supervisor may return a submitted referral to
 * its author (back to DRAFT).
 */
public enum ReferralState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    ACCEPTED,
    REJECTED
}
