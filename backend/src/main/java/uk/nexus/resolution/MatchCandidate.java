package uk.nexus.resolution;

import java.util.List;

/**
 * A subject that may be the person an {@link IdentityClaim} describes.
 *
 * @param subjectId the stored subject
 * @param displayName the subject's recorded name ("SURNAME, Forenames")
 * @param score 0..1, how likely the claim is this subject
 * @param band what the score means for a user
 * @param reasons why, one line per piece of evidence ("PNC id matches", "date of birth day/month
 *     transposed", "alias NICKNAME 'Spider' matches", …)
 */
public record MatchCandidate(String subjectId, String displayName, double score, Band band, List<String> reasons) {

    public MatchCandidate {
        reasons = List.copyOf(reasons);
    }

    /** How a score is acted on. */
    public enum Band {
        /** Strong enough to treat the claim as this subject (a user can still correct it). */
        MATCH,
        /** Worth a human look: proposed, never acted on by itself. */
        POSSIBLE
    }
}
