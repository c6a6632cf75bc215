package uk.nexus.analysis;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of subjects ranked by a measure, highest first (ties by id). Subjects recorded only as
 * victims or witnesses are never ranked; past-review subjects are not in any projection.
 *
 * @param measure the measure
 * @param projection the projection filter, in words
 * @param method how the scores were computed (algorithm, normalisation, weights)
 * @param errorBound for sampled betweenness, the additive error bound ε that holds with probability
 *     1 − δ ({@code method} states δ); {@code null} when exact
 * @param subjects subjects in the projection
 * @param links ties in the projection
 * @param computedAt when the projection was loaded
 * @param items this page
 * @param page zero-based page
 * @param size page size
 * @param total subjects ranked in all
 */
public record SubjectRanking(
        Measure measure,
        String projection,
        String method,
        @Nullable Double errorBound,
        int subjects,
        int links,
        Instant computedAt,
        List<RankedSubject> items,
        int page,
        int size,
        long total) {}
