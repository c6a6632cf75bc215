package uk.nexus.resolution;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pair of subject records that may be one person, with the evidence and the decision so far.
 *
 * @param id the pair id: both subject ids, smaller first, joined by a colon ({@code S000123:S005012})
 * @param score 0..1
 * @param band MATCH or POSSIBLE (as scored)
 * @param reasons one line per piece of evidence, with its weight
 * @param status OPEN, SAME, DISTINCT or UNDECIDED
 * @param survivorId for a merged pair, the record that survives
 */
public record ReviewPair(
        String id,
        double score,
        String band,
        List<String> reasons,
        String status,
        @Nullable String decidedBy,
        @Nullable String decidedAt,
        @Nullable String decisionReason,
        @Nullable String survivorId,
        PairSide left,
        PairSide right) {

    public ReviewPair {
        reasons = List.copyOf(reasons);
    }
}
