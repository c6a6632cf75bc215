package uk.nexus.resolution;

import java.util.List;

/**
 * Finds and scores the stored subjects an {@link IdentityClaim} may describe. Implementations read
 * only: they never merge or link anything, and they never use nationality, ethnicity or immigration
 * status as evidence of identity.
 */
public interface IdentityResolver {

    /**
     * The best candidates for the claim, best first, at most {@code limit}; only candidates scoring at
     * least the POSSIBLE threshold. Subjects merged into another resolve to the survivor.
     */
    List<MatchCandidate> candidates(IdentityClaim claim, int limit);
}
