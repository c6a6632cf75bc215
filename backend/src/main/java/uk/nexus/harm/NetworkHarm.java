package uk.nexus.harm;

import java.util.List;

/**
 * A subject's network harm and its explanation (decision 0304):
 *
 * <pre>NH(v) = Σ_{u ~ v} β·w(v,u)·H(u) + Σ_{x ~ v} Σ_{u ~ x, u ≠ v} β²·w(v,x)·w(x,u)·H(u)</pre>
 *
 * the harm of the people tied to {@code v} directly and through one intermediary, scaled by tie
 * strength {@code w} and a decay {@code β} per hop. Own harm is not part of it.
 *
 * @param subjectId the subject
 * @param networkHarm Σ contributions
 * @param beta decay per hop
 * @param contributions the neighbours' harm that adds up to it, largest first (at most
 *     {@code MAX_LISTED}; the rest are summed in {@code omittedContribution})
 * @param omitted how many smaller contributions are not listed
 * @param omittedContribution their sum, so that listed + omitted = networkHarm
 * @param projection the projection filter it was computed on
 */
public record NetworkHarm(
        String subjectId,
        double networkHarm,
        double beta,
        List<Contribution> contributions,
        int omitted,
        double omittedContribution,
        String projection) {

    /** The most contributions listed. */
    public static final int MAX_LISTED = 200;

    /**
     * One path of harm: {@code contribution = factor × harm}.
     *
     * @param subjectId whose harm it is
     * @param hops 1 (direct tie) or 2 (through {@code via})
     * @param via the intermediary on a two-hop path, else {@code null}
     * @param factor {@code β·w} or {@code β²·w·w'}
     * @param harm that subject's harm
     * @param contribution factor × harm
     */
    public record Contribution(
            String subjectId,
            int hops,
            @org.jspecify.annotations.Nullable String via,
            double factor,
            double harm,
            double contribution) {}
}
