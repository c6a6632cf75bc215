package uk.nexus.referral;

/** What a user can do to a referral; each is one recorded transition. */
public enum Action {
    /** Author (or any drafting role) sends the draft for approval. */
    SUBMIT,
    /** A supervisor sends a submitted referral back to its author, with a reason. */
    RETURN,
    /** A supervisor who is neither author nor submitter approves (four-eyes). */
    APPROVE,
    /** The referral desk records that immigration enforcement accepted it onto the high-harm tracker. */
    ACCEPT,
    /** The referral desk records that immigration enforcement rejected it, with the reason. */
    REJECT,
    /** The referral desk records the outcome of an accepted referral (and may update it later). */
    RECORD_OUTCOME
}
